import type { Logger } from 'pino';
import type { MiddlewareFn } from 'telegraf';
import type { BotContext } from '../context.js';
import { leadingCommand } from '../command-match.js';
import { replyText } from '../reply-text.js';

export type PacingVerdict = 'answer' | 'busy' | 'covered';

/**
 * What to do with a command in a group whose replies are paced to Telegram's per-group limit:
 * answer it (its reply queues for a slot) while less than a minute's worth of replies wait;
 * beyond that, one short "busy" notice answers every later asker at once, until it has gone out.
 */
export function pacingVerdict(waiting: number, perMinute: number, noticePending: boolean): PacingVerdict {
  if (waiting < perMinute) return 'answer';
  return noticePending ? 'covered' : 'busy';
}

export interface GroupPacingDeps {
  /** Replies waiting for a slot in the group. */
  pending: (chatId: number) => number;
  /** SEND_PER_GROUP_PER_MINUTE. */
  perMinute: number;
  log: Logger;
}

/** Commands in groups and channels: answered while the group's reply queue is under a minute long, else the busy notice. */
export function groupPacingMiddleware(deps: GroupPacingDeps): MiddlewareFn<BotContext> {
  const noticePending = new Set<number>();
  return async (ctx, next) => {
    const chat = ctx.chat;
    const message = ctx.message;
    if (!chat || chat.type === 'private' || !message || !leadingCommand(message)) return next();
    const verdict = pacingVerdict(deps.pending(chat.id), deps.perMinute, noticePending.has(chat.id));
    if (verdict === 'answer') return next();
    if (verdict === 'covered') return;
    deps.log.warn(
      { chat_id: chat.id, waiting: deps.pending(chat.id) },
      'group replies over a minute behind, answering busy',
    );
    noticePending.add(chat.id);
    try {
      await replyText(ctx, ctx.t.groupBusy);
    } finally {
      noticePending.delete(chat.id);
    }
  };
}
