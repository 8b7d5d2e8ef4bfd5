import type { Context, MiddlewareFn } from 'telegraf';
import type { Logger } from 'pino';
import type { Metrics } from '../../metrics/metrics.js';

/** The kind of an update: its one payload field besides update_id (message, callback_query, …). */
export function updateKind(update: object): string {
  return Object.keys(update).find((key) => key !== 'update_id') ?? 'unknown';
}

/** One log line (and metric) per handled update, with its kind and latency; no message text (privacy). */
export function updateLogMiddleware(
  log: Logger,
  now: () => number,
  metrics?: Pick<Metrics, 'updateHandled'>,
): MiddlewareFn<Context> {
  return async (ctx, next) => {
    const started = now();
    try {
      await next();
    } finally {
      const kind = updateKind(ctx.update);
      const ms = now() - started;
      // Built only when written: at a quieter level the fields (a getter walk for the chat) are waste.
      if (log.isLevelEnabled('info'))
        log.info({ update_id: ctx.update.update_id, kind, chat_type: ctx.chat?.type, ms }, 'update handled');
      metrics?.updateHandled(kind, ms / 1000);
    }
  };
}
