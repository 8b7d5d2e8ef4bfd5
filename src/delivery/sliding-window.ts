/**
 * Counts events in a sliding window: a new event at `t` is allowed when fewer than
 * `limit` events happened in (t - windowMs, t]. Unlike a token bucket it never lets a
 * burst exceed the limit inside any window, which is how Telegram counts.
 */
export interface SlidingWindow {
  /** Earliest time >= now at which one more event is allowed. */
  freeAt(now: number): number;
  record(at: number): void;
  /** Most recent recorded event, or -Infinity. */
  lastAt(): number;
}

export function createSlidingWindow(limit: number, windowMs: number): SlidingWindow {
  if (!(limit >= 1)) throw new RangeError(`sliding window limit must be >= 1, got ${limit}`);
  // Only the newest `limit` events can ever decide the answer.
  const times: number[] = [];
  return {
    freeAt(now) {
      if (times.length < limit) return now;
      const decisive = times[times.length - limit] as number;
      return Math.max(now, decisive + windowMs);
    },
    record(at) {
      times.push(at);
      if (times.length > limit) times.shift();
    },
    lastAt() {
      return times.length === 0 ? -Infinity : (times[times.length - 1] as number);
    },
  };
}
