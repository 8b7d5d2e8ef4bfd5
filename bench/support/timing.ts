/** Runs `work` once and returns how long it took, in ms, on the monotonic clock. */
export async function timeMs(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Items per second for `count` items handled in `ms`. */
export function perSecond(count: number, ms: number): number {
  return (count * 1000) / ms;
}
