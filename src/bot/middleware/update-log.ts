import type { Context, MiddlewareFn } from 'telegraf';
import type { Logger } from 'pino';

/** The kind of an update: its one payload field besides update_id (message, callback_query, …). */
export function updateKind(update: object): string {
  return Object.keys(update).find((key) => key !== 'update_id') ?? 'unknown';
}

/** One log line per handled update, with its kind and latency; no message text (privacy). */
export function updateLogMiddleware(log: Logger, now: () => number): MiddlewareFn<Context> {
  return async (ctx, next) => {
    const started = now();
    try {
      await next();
    } finally {
      log.info(
        { update_id: ctx.update.update_id, kind: updateKind(ctx.update), chat_type: ctx.chat?.type, ms: now() - started },
        'update handled',
      );
    }
  };
}
