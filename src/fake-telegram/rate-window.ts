/** How many events (`limit`) a rate window admits in any `windowMs`. */
export interface RateWindowLimit {
  limit: number;
  windowMs: number;
}

/**
 * The fake Bot API's side of a rate limit: counts events in the last `windowMs` and says how long
 * until one more would fit under `limit`. (The bot's own pacing is delivery/sliding-window.ts.)
 */
export class RateWindow {
  private stamps: number[] = [];
  private readonly limit: number;
  private readonly windowMs: number;

  constructor({ limit, windowMs }: RateWindowLimit) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  /** 0 when an event at `now` fits, else the ms until it would. */
  waitMs(now: number): number {
    this.stamps = this.stamps.filter((t) => t > now - this.windowMs);
    if (this.stamps.length < this.limit) return 0;
    const oldestToExpire = this.stamps[this.stamps.length - this.limit] ?? now;
    return Math.max(1, oldestToExpire + this.windowMs - now);
  }

  record(now: number): void {
    this.stamps.push(now);
  }
}
