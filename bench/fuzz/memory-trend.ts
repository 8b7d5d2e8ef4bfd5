/** One reading of the bot's memory during the fuzz run, after `updates` updates were handled. */
export interface MemorySample {
  updates: number;
  rssMb: number;
  heapMb: number;
}

export interface MemoryTrend {
  /** Growth of the resident set over the second half of the run, in MB per 1,000 updates. */
  rssMbPer1000: number;
  /** Growth of the heap's low points (after collections) over the second half, in MB per 1,000 updates. */
  heapMbPer1000: number;
}

/** Least-squares slope of y over x; 0 when x does not vary. */
export function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

/**
 * How memory moves over the second half of the run (the first half is warm-up: caches, JIT,
 * the database's pages). The heap saws up and down with every collection, so its trend is taken
 * through its lowest reading in each of `windows` stretches: a leak raises the low points, garbage
 * waiting for the collector does not.
 */
export function memoryTrend(samples: readonly MemorySample[], windows = 5): MemoryTrend {
  const last = samples.at(-1)?.updates ?? 0;
  const second = samples.filter((s) => s.updates >= last / 2);
  const per1000 = (perUpdate: number) => perUpdate * 1000;
  // Stretches of near-equal length (never a short one at the end, whose low point would be high).
  const count = Math.min(windows, second.length);
  const lows: Array<[number, number]> = [];
  for (let w = 0; w < count; w++) {
    const stretch = second.slice(
      Math.floor((w * second.length) / count),
      Math.floor(((w + 1) * second.length) / count),
    );
    const low = stretch.reduce((a, b) => (b.heapMb < a.heapMb ? b : a));
    lows.push([low.updates, low.heapMb]);
  }
  return {
    rssMbPer1000: per1000(slope(second.map((s) => [s.updates, s.rssMb] as const))),
    heapMbPer1000: per1000(slope(lows)),
  };
}
