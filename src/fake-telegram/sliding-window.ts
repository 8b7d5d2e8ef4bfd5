/** Counts events in the last `windowMs` and says how long until one more would fit under `limit`. */
export class SlidingWindow {
  private stamps: number[] = [];

  constructor(
    private readonly windowMs: number,
    private readonly limit: number,
  ) {}

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
