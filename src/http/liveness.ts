/**
 * Measures how late a repeating timer fires: when the event loop is blocked (a runaway synchronous
 * loop, a huge JSON parse), the lag grows and /healthz says so, even if it still answers.
 */
export interface LivenessProbe {
  start(): void;
  stop(): void;
  /** The lag of the last sample, in ms. */
  lagMs(): number;
  alive(): boolean;
}

export function createLivenessProbe(options: {
  now: () => number;
  intervalMs?: number;
  maxLagMs?: number;
}): LivenessProbe {
  const intervalMs = options.intervalMs ?? 500;
  const maxLagMs = options.maxLagMs ?? 2_000;
  let timer: NodeJS.Timeout | undefined;
  let expected = 0;
  let lag = 0;
  return {
    start() {
      expected = options.now() + intervalMs;
      timer = setInterval(() => {
        const now = options.now();
        lag = Math.max(0, now - expected);
        expected = now + intervalMs;
      }, intervalMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
    },
    lagMs: () => lag,
    alive: () => lag < maxLagMs,
  };
}
