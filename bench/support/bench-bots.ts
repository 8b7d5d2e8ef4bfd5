/**
 * The two bots the CPU-per-update benches compare, each against a fake Bot API in a process of its
 * own: a bare telegraf bot that echoes the text back, and Mawjaz as `src/app.ts` builds it.
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Telegraf } from 'telegraf';
import { message } from 'telegraf/filters';
import { buildApp, startApp } from '../../src/app.js';
import { encodeAction } from '../../src/bot/callback-data.js';
import { parseConfig } from '../../src/config/schema.js';
import { createLogger } from '../../src/log/logger.js';
import { FakeChild } from './fake-child.js';

export const BENCH_TOKEN = '123456:bench-throughput-token-0123456789';
export const KINDS = ['echo', '/summary', '/incidents', '/figures', '/articles', 'button'] as const;
export type Kind = (typeof KINDS)[number];
export const MODES = ['polling', 'webhook'] as const;
export type Mode = (typeof MODES)[number];

/**
 * A bot under measurement: its fake, and how to stop it. `failedCalls`: the Bot API calls the bot
 * itself counted as failed so far (mawjaz_telegram_errors_total), which include calls that never
 * reached the fake, so a missing answer says what became of it.
 */
export type Running = {
  fake: FakeChild;
  stop: () => Promise<void>;
  articleId?: string;
  failedCalls?: () => Promise<number>;
};

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

export async function startEcho(mode: Mode): Promise<Running> {
  const fake = await FakeChild.start(BENCH_TOKEN);
  // No webhook reply: the fake ignores answers in the webhook response, and ours calls over HTTP too.
  const bot = new Telegraf(BENCH_TOKEN, { telegram: { apiRoot: fake.apiRoot, webhookReply: false } });
  bot.on(message('text'), (ctx) => ctx.reply(ctx.message.text));
  if (mode === 'webhook') {
    const server = createServer(await bot.createWebhook({ domain: 'echo.bench', path: '/echo' }));
    await fake.route('echo.bench', await listen(server));
    return {
      fake,
      stop: async () => {
        await new Promise((resolve) => server.close(resolve));
        await fake.close();
      },
    };
  }
  let polling!: Promise<void>;
  await new Promise<void>((started, failed) => {
    polling = bot.launch(started);
    polling.catch(failed);
  });
  return {
    fake,
    stop: async () => {
      bot.stop('bench done');
      await polling;
      await fake.close();
    },
  };
}

/** Mawjaz with its database in `dir`, its send limits at their highest: the handler is measured, not a limit. */
export async function startMawjaz(mode: Mode, databasePath: string): Promise<Running> {
  const fake = await FakeChild.start(BENCH_TOKEN);
  const parsed = parseConfig({
    TELEGRAM_BOT_TOKEN: BENCH_TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_PATH: databasePath,
    CONTENT_DIR: 'content',
    LOG_LEVEL: 'silent',
    // One heavy user per chat and the send limits at their highest: the handler is measured, not a limit.
    USER_RATE_LIMIT: '10000',
    SEND_PER_SECOND: '1000',
    SEND_PER_CHAT_PER_SECOND: '100',
    ...(mode === 'webhook' && { WEBHOOK_URL: 'https://mawjaz.bench/telegram', PORT: '0', HOST: '127.0.0.1' }),
  });
  if (!parsed.ok) throw new Error(parsed.error);
  const log = createLogger({ level: 'silent', secrets: [BENCH_TOKEN] });
  const app = await startApp(await buildApp(parsed.config, { log, now: Date.now, sleep: (ms) => sleep(ms) }));
  const latest = app.content.latest();
  if (!latest) throw new Error(`no articles loaded from ${parsed.config.contentDir}`);
  if (mode === 'webhook') await fake.route('mawjaz.bench', `http://127.0.0.1:${app.httpPort}`);
  return {
    fake,
    articleId: latest.briefing.id,
    failedCalls: async () => {
      const counted = await app.metrics.registry.getSingleMetric('mawjaz_telegram_errors_total')?.get();
      return (counted?.values ?? []).reduce((sum, { value }) => sum + value, 0);
    },
    stop: async () => {
      await app.stop('bench done');
      await fake.close();
    },
  };
}

/** A database file name in `dir` not used before in this process. */
export function databaseIn(dir: string): string {
  return join(dir, `bench-${databases++}.db`);
}
let databases = 0;

/** What each user sends for `kind`: presses alternate between two views, so every press changes the message. */
export function updateFor(kind: Kind, bot: Running, round: number): { text: string } | { press: string } {
  const view = round % 2 === 0 ? 'incidents' : 'summary';
  return kind === 'button'
    ? { press: encodeAction({ kind: 'view', view, lang: 'en', page: 0, articleId: bot.articleId ?? '' }) }
    : { text: kind === 'echo' ? 'ما هو موجز اليوم؟ What is in today’s briefing?' : kind };
}
