/**
 * A bounded least-recently-used cache of derived values that belong to one content version: asking
 * with a newer version empties it first, so nothing rendered from an article outlives a reload.
 * Pure (no clock, no I/O): the caller hands in the version and how to build a missing value.
 */
export interface VersionedCache<V> {
  /** The value under `key` for `version`, built (and kept) on a miss. */
  get(version: number, key: string, build: () => V): V;
  readonly size: number;
}

export function createVersionedCache<V>(maxEntries: number): VersionedCache<V> {
  if (!Number.isSafeInteger(maxEntries) || maxEntries < 1)
    throw new RangeError(`maxEntries must be a positive integer, got ${maxEntries}`);
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recent first.
  const entries = new Map<string, V>();
  let filledFor: number | undefined;
  return {
    get(version, key, build) {
      if (version !== filledFor) {
        entries.clear();
        filledFor = version;
      }
      if (entries.has(key)) {
        const hit = entries.get(key) as V;
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const value = build();
      entries.set(key, value);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}
