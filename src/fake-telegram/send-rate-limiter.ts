import { RateWindow } from './rate-window.js';
import type { RateLimits } from './types.js';

/** Telegram's send limits as sliding windows: overall per second, per chat per second, per group per minute. */
export class SendRateLimiter {
  private readonly overall: RateWindow | undefined;
  private readonly perChat = new Map<number, RateWindow>();
  private readonly perGroup = new Map<number, RateWindow>();

  constructor(private readonly limits: RateLimits) {
    this.overall =
      limits.perSecond === undefined
        ? undefined
        : new RateWindow({ limit: limits.perSecond, windowMs: this.second() });
  }

  /** Records a send at `now` and returns 0, or returns the whole seconds to wait without recording. */
  acquire(chatId: number, now: number): number {
    const windows = this.windowsFor(chatId);
    const waitMs = Math.max(0, ...windows.map((w) => w.waitMs(now)));
    if (waitMs > 0) return Math.ceil(waitMs / 1000);
    for (const window of windows) window.record(now);
    return 0;
  }

  private second(): number {
    return 1000 - (this.limits.jitterMs ?? 0);
  }

  private windowsFor(chatId: number): RateWindow[] {
    const { perChatPerSecond, perGroupPerMinute } = this.limits;
    const windows: RateWindow[] = [];
    if (this.overall) windows.push(this.overall);
    if (perChatPerSecond !== undefined)
      windows.push(windowOf(this.perChat, chatId, this.second(), perChatPerSecond));
    if (perGroupPerMinute !== undefined && chatId < 0) {
      windows.push(windowOf(this.perGroup, chatId, 60_000 - (this.limits.jitterMs ?? 0), perGroupPerMinute));
    }
    return windows;
  }
}

function windowOf(map: Map<number, RateWindow>, chatId: number, windowMs: number, limit: number): RateWindow {
  let window = map.get(chatId);
  if (!window) {
    window = new RateWindow({ limit, windowMs });
    map.set(chatId, window);
  }
  return window;
}
