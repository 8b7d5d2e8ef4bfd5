export interface BenchSelection {
  /** File names to run, sorted. */
  files: string[];
  /** Requested names that match no bench file. */
  unknown: string[];
}

/** A bench's name is its file name without `.ts`: `bot-throughput` and `bot-throughput.ts` both select it. */
export function benchName(file: string): string {
  return file.replace(/\.ts$/, '');
}

/** The `.ts` files among `fileNames` except the runner, sorted; an empty `requested` selects them all. */
export function selectBenches(
  fileNames: readonly string[],
  runner: string,
  requested: readonly string[],
): BenchSelection {
  const all = fileNames.filter((name) => name.endsWith('.ts') && name !== runner).sort();
  if (requested.length === 0) return { files: all, unknown: [] };
  const wanted = new Set(requested.map(benchName));
  const known = new Set(all.map(benchName));
  return {
    files: all.filter((file) => wanted.has(benchName(file))),
    unknown: [...wanted].filter((name) => !known.has(name)),
  };
}
