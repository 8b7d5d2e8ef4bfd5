/** A clock whose time only moves when the test says so; sleeps resolve in time order. */
export interface VirtualClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Advances from timer to timer until `promise` settles; throws if nothing can move it. */
  runUntil<T>(promise: Promise<T>, limitMs?: number): Promise<T>;
}

export function createVirtualClock(startAt = 0): VirtualClock {
  let current = startAt;
  let timers: Array<{ at: number; seq: number; resolve: () => void }> = [];
  let seq = 0;

  // Lets promise chains woken by a timer run to their next wait before time moves again.
  const flush = async () => {
    for (let i = 0; i < 5; i++) await new Promise<void>((r) => setImmediate(r));
  };

  async function fireDue(): Promise<boolean> {
    const due = timers.filter((t) => t.at <= current).sort((a, b) => a.at - b.at || a.seq - b.seq);
    if (due.length === 0) return false;
    timers = timers.filter((t) => t.at > current);
    for (const t of due) t.resolve();
    await flush();
    return true;
  }

  return {
    now: () => current,
    sleep(ms) {
      return new Promise<void>((resolve) =>
        timers.push({ at: current + Math.max(0, ms), seq: seq++, resolve }),
      );
    },
    async runUntil(promise, limitMs = 24 * 3600_000) {
      let settled = false;
      const result = promise.finally(() => {
        settled = true;
      });
      const deadline = current + limitMs;
      await flush();
      while (!settled) {
        if (await fireDue()) continue;
        const next = timers.reduce<number | null>(
          (min, t) => (min === null || t.at < min ? t.at : min),
          null,
        );
        if (next === null) throw new Error(`virtual clock stuck at ${current}: nothing scheduled`);
        if (next > deadline) throw new Error(`virtual clock passed its limit at ${current}`);
        current = next;
      }
      return result;
    },
  };
}
