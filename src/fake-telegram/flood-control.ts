import { tooManyRequests } from './api-error.js';
import { SendRateLimiter } from './send-rate-limiter.js';
import type { RateLimits } from './types.js';

/**
 * Decides 429s for send calls. After any 429 with retry_after (from the limits or injected), every
 * send before it runs out, to any chat, is refused again; it is a violation when the request
 * arrived after the 429 was given (requests already on the wire then could not have known), by more
 * than the limits' allowance for arrival jitter.
 */
export class FloodControl {
  private readonly limiter: SendRateLimiter | undefined;
  private floodWaitUntil = Number.NEGATIVE_INFINITY;
  private floodGivenAt = Number.NEGATIVE_INFINITY;
  violations = 0;

  private readonly jitterMs: number;

  constructor(limits: RateLimits | undefined) {
    this.jitterMs = limits?.jitterMs ?? 0;
    this.limiter = limits === undefined ? undefined : new SendRateLimiter(limits);
  }

  /** Throws 429 (counting a violation) while an earlier retry_after is running. */
  refuseDuringFloodWait(now: number, arrivedAt: number): void {
    if (now >= this.floodWaitUntil) return;
    if (arrivedAt >= this.floodGivenAt + this.jitterMs) this.violations += 1;
    throw tooManyRequests(Math.max(1, Math.ceil((this.floodWaitUntil - now) / 1000)));
  }

  /** Counts a send against the limits, or throws 429 and starts a flood wait. */
  acquire(chatId: number, now: number): void {
    const retryAfter = this.limiter?.acquire(chatId, now) ?? 0;
    if (retryAfter === 0) return;
    this.startFloodWait(now, retryAfter);
    throw tooManyRequests(retryAfter);
  }

  startFloodWait(now: number, retryAfterSeconds: number): void {
    this.floodWaitUntil = Math.max(this.floodWaitUntil, now + retryAfterSeconds * 1000);
    this.floodGivenAt = now;
  }
}
