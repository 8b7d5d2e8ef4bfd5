import { Telegraf, type MiddlewareFn, type Telegram } from 'telegraf';
import { adminCatalogue } from '../i18n/admin.js';
import { floodControlMiddleware } from './middleware/flood-control.js';
import { Feature } from './feature.js';
import type { Logger } from 'pino';
import type { ContentRepository } from '../content/repository.js';
import type { Language } from '../content/schema.js';
import { catalogue } from '../i18n/catalogue.js';
import type { BotContext } from './context.js';
import { articleViewsFeature } from './features/article-views.js';
import { articlesFeature } from './features/articles.js';
import { chartFeature } from './features/chart.js';
import { mapFeature } from './features/map.js';
import type { PictureService } from '../pictures/picture-service.js';
import { chatMigrationFeature } from './features/chat-migration.js';
import { fallbackFeature } from './features/fallback.js';
import { followFeature } from './features/follow.js';
import { languageFeature } from './features/language.js';
import { settingsFeature } from './features/settings.js';
import { startFeature } from './features/start.js';
import { subscriptionsFeature } from './features/subscriptions.js';
import { groupPacingMiddleware } from './middleware/group-pacing.js';
import { languageMiddleware } from './middleware/language.js';
import { updateKind, updateLogMiddleware } from './middleware/update-log.js';
import type { ChatStore } from '../store/store.js';
import { chatRecordMiddleware } from './middleware/chat-record.js';
import type { DigestSchedule } from './schedule-text.js';
import { replyContextType } from './reply-telegram.js';
import { replyText } from './reply-text.js';
import type { Metrics } from '../metrics/metrics.js';
import { errorText } from '../delivery/error-text.js';
import { BotApiFailure } from '../telegram/bot-api-failure.js';

export interface BotDependencies {
  /** The app's one Telegram client (BotApiClient): the bot's own calls and every update's replies go through it. */
  telegram: Telegram;
  defaultLanguage: Language;
  content: ContentRepository;
  chats: ChatStore;
  /** /map, /chart and the 🗺 button: pictures drawn once and re-sent by file_id. */
  pictures: PictureService;
  /** Digest slot names, as the digest run passes them to `chats.subscribers({ slot })`: "08:00", "20:00". */
  slotNames: readonly string[];
  /** DIGEST_SCHEDULE and its zone, described to users in /subscribe and /settings. */
  schedule: DigestSchedule;
  /** The admin commands behind their guard (adminFeature); installed before the catch-all. */
  admin: MiddlewareFn<BotContext>;
  /** USER_RATE_LIMIT. */
  userRateLimit: number;
  /** A slot of the overall send limit and of a group's, shared with the bulk sender (Sender.reserveSlot). */
  reserveSendSlot: (chatId?: number) => Promise<void>;
  /** Telegram answered a reply with 429: pauses every send (Sender.pauseAll). */
  onRateLimited?: (retryAfterMs: number) => void;
  /** Replies waiting for a slot in a group (Sender.pendingReplies). */
  pendingReplies: (chatId: number) => number;
  /** SEND_PER_GROUP_PER_MINUTE: a minute's worth of replies in one group. */
  groupRepliesPerMinute: number;
  log: Logger;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Updates, replies and Bot API errors, counted. */
  metrics?: Metrics;
}

/** Builds the bot: middleware first, one feature per command family, the catch-all last. */
export function createBot(deps: BotDependencies): Telegraf<BotContext> {
  const { log } = deps;
  const bot = new Telegraf<BotContext>(deps.telegram.token, {
    telegram: deps.telegram.options,
    handlerTimeout: 60_000,
    // Replies pace themselves against the bulk sender and wait out a short 429.
    contextType: replyContextType(deps.telegram, {
      log,
      sleep: deps.sleep,
      reserveSendSlot: deps.reserveSendSlot,
      ...(deps.onRateLimited && { onRateLimited: deps.onRateLimited }),
      maxRetryAfterSeconds: 30,
      maxAttempts: 3,
      ...(deps.metrics && { metrics: deps.metrics }),
    }),
  });
  // telegraf builds a client of its own from the options; the bot's calls (getMe, polling) go
  // through the app's one client instead.
  bot.telegram = deps.telegram;

  // One flat chain (src/bot/feature.ts): an update walks past the features that cannot take it
  // without a frame or a promise for each.
  const chain = new Feature<BotContext>().use(
    updateLogMiddleware(log, deps.now, deps.metrics),
    chatRecordMiddleware(deps.chats),
    languageMiddleware(deps.defaultLanguage),
    // Our buttons are on our messages: a press without one (an inline message, which the bot never
    // sends, or a message too old to be attached) cannot be acted on, but its spinner must still stop.
    (ctx, next) => {
      const query = ctx.callbackQuery;
      if (!query || ('message' in query && query.message)) return next();
      return ctx.answerCbQuery(ctx.t.buttonExpired, { show_alert: true });
    },
    floodControlMiddleware({
      limit: deps.userRateLimit,
      now: deps.now,
      notice: (ctx) => adminCatalogue(ctx.lang).floodNotice,
      log,
    }),
    groupPacingMiddleware({ pending: deps.pendingReplies, perMinute: deps.groupRepliesPerMinute, log }),
    startFeature(),
    articleViewsFeature(deps.content),
    articlesFeature(deps.content),
    mapFeature({ content: deps.content, pictures: deps.pictures }),
    chartFeature({ content: deps.content, pictures: deps.pictures }),
    languageFeature(deps.chats),
    chatMigrationFeature(deps.chats, log),
    subscriptionsFeature({ chats: deps.chats, schedule: deps.schedule }),
    settingsFeature({ chats: deps.chats, slotNames: deps.slotNames, schedule: deps.schedule }),
    followFeature({ chats: deps.chats, content: deps.content }),
    deps.admin,
    fallbackFeature(),
  );
  bot.use(chain);

  bot.catch(async (error, ctx) => {
    // A button on a message that is gone or too old to edit: the press is stale, not a fault of ours.
    if (ctx.callbackQuery && error instanceof BotApiFailure && error.kind === 'message-gone') {
      log.warn(
        { update_id: ctx.update.update_id, error: errorText(error) },
        'button on a message that can no longer be edited',
      );
      const t = ctx.t ?? catalogue(deps.defaultLanguage);
      await ctx.answerCbQuery(t.buttonExpired, { show_alert: true }).catch(() => undefined);
      return;
    }
    const context =
      error instanceof BotApiFailure
        ? { method: error.method, chat_id: error.chatId, code: error.code, failure: error.kind }
        : {};
    log.error(
      { err: error, update_id: ctx.update.update_id, kind: updateKind(ctx.update), ...context },
      'update failed',
    );
    // When Telegram itself refused a call, another message would most likely fail the same way.
    if (error instanceof BotApiFailure) return;
    const t = ctx.t ?? catalogue(deps.defaultLanguage);
    try {
      if (ctx.callbackQuery) await ctx.answerCbQuery(t.somethingWentWrong, { show_alert: true });
      else if (ctx.chat?.type === 'private') await replyText(ctx, t.somethingWentWrong);
    } catch (replyError) {
      log.warn(
        { error: errorText(replyError), update_id: ctx.update.update_id },
        'could not report failure to user',
      );
    }
  });

  return bot;
}
