import type { Logger } from 'pino';
import type { MiddlewareFn } from 'telegraf';
import type { BotContext } from '../context.js';
import { commandForBot } from '../command-match.js';
import { replyText } from '../reply-text.js';

export type FloodVerdict = 'allow' | 'notify' | 'ignore';

export interface FloodCounter {
  /** Counts one command by `userId` at `now`: allowed, over the limit for the first time (notify), or ignored. */
  hit(userId: number, now: number): FloodVerdict;
}

/**
 * Users tracked at most. A window is dropped when it is over, or, beyond this many users in one
 * window's time, the oldest window first: that user may then start a fresh window early, which only
 * ever lets a flooder through sooner, never blocks anyone. More distinct users a minute than this
 * could not all be answered anyway (30 messages/s is 1,800 a minute), so memory stays bounded
 * (about 100 bytes a user) where it would otherwise grow with every chat that writes.
 */
export const MAX_TRACKED_USERS = 10_000;

/**
 * Pure counting: each user gets `limit` commands per window, the window starting at their first
 * command. The first command over the limit is answered with a notice, the rest are ignored until
 * the window is over. Memory is bounded: windows are kept in the order they started, so the ones
 * over are always at the front and are dropped as new ones start (a few per command at most).
 */
export function createFloodCounter(
  limit: number,
  windowMs = 60_000,
  maxUsers = MAX_TRACKED_USERS,
): FloodCounter & { readonly size: number } {
  // Insertion order is start order: a window that starts anew is deleted and inserted again.
  const windows = new Map<number, { start: number; count: number }>();
  return {
    hit(userId, now) {
      for (const [id, w] of windows) {
        if (now - w.start < windowMs && windows.size < maxUsers) break;
        windows.delete(id);
      }
      let window = windows.get(userId);
      if (!window || now - window.start >= windowMs) {
        windows.delete(userId);
        window = { start: now, count: 0 };
        windows.set(userId, window);
      }
      window.count++;
      return window.count <= limit ? 'allow' : window.count === limit + 1 ? 'notify' : 'ignore';
    },
    get size() {
      return windows.size;
    },
  };
}

/**
 * Who a message counts against. Anonymous group admins all arrive as GroupAnonymousBot and channel
 * posts as Channel_Bot, whatever the chat: such a message is counted against the chat it was sent
 * as (sender_chat, a negative id, so never a user's), not one window shared by every group.
 */
export function floodKey(ctx: Pick<BotContext, 'from' | 'message'>): number | undefined {
  const message = ctx.message;
  const senderChat = message && 'sender_chat' in message ? message.sender_chat : undefined;
  return senderChat?.id ?? ctx.from?.id;
}

export interface FloodControlDeps {
  /** USER_RATE_LIMIT: commands per user per minute. */
  limit: number;
  now: () => number;
  /** The polite notice, in the user's language (needs ctx.lang: install after the language middleware). */
  notice: (ctx: BotContext) => string;
  log: Logger;
}

/**
 * Flood control for everyone, admins included (a runaway admin script floods Telegram just the same,
 * and 20 commands a minute is far above what a person types). Only commands meant for this bot
 * count; buttons and plain text do not.
 */
export function floodControlMiddleware(deps: FloodControlDeps): MiddlewareFn<BotContext> {
  const counter = createFloodCounter(deps.limit);
  return async (ctx, next) => {
    const senderId = floodKey(ctx);
    const forUs = ctx.message !== undefined && commandForBot(ctx.message, ctx.me) !== undefined;
    if (senderId === undefined || !forUs) return next();
    const verdict = counter.hit(senderId, deps.now());
    if (verdict === 'allow') return next();
    if (verdict === 'notify') {
      deps.log.warn({ sender_id: senderId, limit: deps.limit }, 'user over the command rate limit');
      await replyText(ctx, deps.notice(ctx));
    }
  };
}
