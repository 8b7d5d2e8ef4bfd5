import type { Entry, GazetteerEntry } from './types.js';

/** Looks entries up by id and walks their parents. */
export interface Hierarchy {
  byId: ReadonlyMap<string, Entry>;
  /** The governorate a governorate, district or town lies in. */
  governorateOf(entry: GazetteerEntry): GazetteerEntry | undefined;
  /** The district a district or town lies in; undefined for a governorate or a town placed directly under one. */
  districtOf(entry: GazetteerEntry): GazetteerEntry | undefined;
}

export function isAdmin(entry: Entry): entry is GazetteerEntry {
  return entry.kind === 'governorate' || entry.kind === 'district' || entry.kind === 'town';
}

export function buildHierarchy(entries: readonly Entry[]): Hierarchy {
  const byId = new Map<string, Entry>(entries.map((e) => [e.id, e]));
  const ancestor = (entry: GazetteerEntry, kind: GazetteerEntry['kind']): GazetteerEntry | undefined => {
    let current: Entry | undefined = entry;
    for (let depth = 0; current !== undefined && depth < 4; depth++) {
      if (!isAdmin(current)) return undefined;
      if (current.kind === kind) return current;
      current = current.parent === null ? undefined : byId.get(current.parent);
    }
    return undefined;
  };
  return {
    byId,
    governorateOf: (entry) => ancestor(entry, 'governorate'),
    districtOf: (entry) => (entry.kind === 'governorate' ? undefined : ancestor(entry, 'district')),
  };
}
