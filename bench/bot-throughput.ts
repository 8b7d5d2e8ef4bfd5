/**
 * Updates per second the Mawjaz bot handles for /summary and /incidents against the fake Bot API,
 * as a ratio to a bare telegraf echo bot measured in the same run against the same fake, and the
 * process's peak memory. Kinds alternate round by round and each reports its median, so that noise
 * (GC, a busy neighbour) spreads over all of them instead of landing on one.
 *
 *   npx tsx bench/bot-throughput.ts [updates=400]
 *
 * Each measurement gets a fresh fake and a freshly started bot; start-up, a short warm-up per run and
 * a whole first round are not timed. The fake runs in this process, so the figures include its cost
 * (the same for every kind). The bot's database lives under os.tmpdir() and is synced on every
 * commit, so the disk shows in the Mawjaz figures: TMPDIR=/dev/shm takes it out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Telegraf } from 'telegraf';
import { message } from 'telegraf/filters';
import type { Chat, User } from 'telegraf/types';
import { buildApp, startApp } from '../src/app.js';
import { parseConfig } from '../src/config/schema.js';
import { startFakeBotApi, type FakeBotApi } from '../src/fake-telegram/server.js';
import { createLogger } from '../src/log/logger.js';
import { rate, ratio } from './support/format.js';
import { peakRssMiB, rssMiB } from './support/memory.js';
import { median } from './support/stats.js';
import { perSecond, timeMs } from './support/timing.js';

const DEFAULT_UPDATES = 400;
const ROUNDS = 5;
/** Untimed updates at the start of every run: a fresh bot opens its connections and prepares its statements. */
const WARMUP_UPDATES = 50;
/** Updates per kind in the untimed first round, which lets the JIT settle before anything is compared. */
const WARMUP_ROUND_UPDATES = 100;
const HANDLED_TIMEOUT_MS = 300_000;
const TOKEN = '123456:bench-throughput-token-0123456789';

/** Private chats with users in both languages, so no single chat row or language path dominates. */
const USERS: User[] = Array.from({ length: 8 }, (_, i) => ({
  id: 910_000 + i,
  is_bot: false,
  first_name: `Reader ${i + 1}`,
  language_code: i % 2 === 0 ? 'ar' : 'en',
}));
const chatOf = (user: User): Chat.PrivateChat => ({
  id: user.id,
  type: 'private',
  first_name: user.first_name,
});

const KINDS = ['echo', '/summary', '/incidents'] as const;
type Kind = (typeof KINDS)[number];

/** A started bot; resolves once it stopped polling. */
type StopBot = () => Promise<void>;

async function startEchoBot(fake: FakeBotApi): Promise<StopBot> {
  const bot = new Telegraf(fake.token, { telegram: { apiRoot: fake.apiRoot } });
  bot.on(message('text'), (ctx) => ctx.reply(ctx.message.text));
  let polling!: Promise<void>;
  await new Promise<void>((started, failed) => {
    polling = bot.launch(started);
    polling.catch(failed);
  });
  return async () => {
    bot.stop('bench done');
    await polling;
  };
}

async function startMawjazBot(fake: FakeBotApi, databasePath: string): Promise<StopBot> {
  const parsed = parseConfig({
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_PATH: databasePath,
    CONTENT_DIR: 'content',
    LOG_LEVEL: 'silent',
    // A benchmark is one heavy user per chat: lift the per-user command limit.
    USER_RATE_LIMIT: '10000',
    // Replies share the overall send limit; lift it to Telegram's highest so the handlers are measured.
    SEND_PER_SECOND: '1000',
  });
  if (!parsed.ok) throw new Error(parsed.error);
  const log = createLogger({ level: 'silent', secrets: [fake.token] });
  const app = await startApp(await buildApp(parsed.config, { log, now: Date.now, sleep: (ms) => sleep(ms) }));
  if (app.content.size === 0)
    throw new Error(`no articles loaded from ${parsed.config.contentDir}: /summary would only say so`);
  return () => app.stop('bench done');
}

function sentMessages(fake: FakeBotApi): { ok: number; failed: number } {
  const sends = fake.calls.filter((call) => call.method === 'sendMessage');
  const ok = sends.filter((call) => call.ok).length;
  return { ok, failed: sends.length - ok };
}

/** Pushes `count` texts round-robin over the users and waits until the bot confirmed the last one. */
async function pushAndWait(fake: FakeBotApi, text: string, count: number): Promise<void> {
  let last = 0;
  for (let i = 0; i < count; i++) {
    const from = USERS[i % USERS.length]!;
    last = fake.sendText({ chat: chatOf(from), from, text });
  }
  await fake.waitHandled(last, HANDLED_TIMEOUT_MS);
}

/** One timed run of `updates` updates of one kind, in updates per second. */
async function measure(kind: Kind, updates: number, databasePath: string): Promise<number> {
  const fake = await startFakeBotApi({ token: TOKEN });
  try {
    const stop = kind === 'echo' ? await startEchoBot(fake) : await startMawjazBot(fake, databasePath);
    try {
      const text = kind === 'echo' ? 'ما هو موجز اليوم؟ What is in today’s briefing?' : kind;
      await pushAndWait(fake, text, WARMUP_UPDATES);
      const before = sentMessages(fake);
      const ms = await timeMs(() => pushAndWait(fake, text, updates));
      const after = sentMessages(fake);
      // Every update must have been answered with one message, or the rate measures failures.
      const replies = after.ok - before.ok;
      const failed = after.failed - before.failed;
      if (replies !== updates || failed > 0) {
        throw new Error(
          `${kind}: ${updates} updates got ${replies} replies and ${failed} failed sendMessage calls`,
        );
      }
      return perSecond(updates, ms);
    } finally {
      await stop();
    }
  } finally {
    await fake.close();
  }
}

function parseUpdates(arg: string | undefined): number {
  if (arg === undefined) return DEFAULT_UPDATES;
  const updates = Number(arg);
  if (!Number.isSafeInteger(updates) || updates < 1)
    throw new Error(`updates must be a positive integer, got ${arg}`);
  return updates;
}

const updates = parseUpdates(process.argv[2]);
/** What the process holds before any bot runs (node, tsx, the loaded modules), to read the peak against. */
const startRss = rssMiB();
const dir = mkdtempSync(join(tmpdir(), 'mawjaz-bench-'));
try {
  const databasePath = join(dir, 'bench.db');
  for (const kind of KINDS) await measure(kind, WARMUP_ROUND_UPDATES, databasePath);
  const rates = new Map<Kind, number[]>(KINDS.map((kind) => [kind, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const kind of KINDS) rates.get(kind)!.push(await measure(kind, updates, databasePath));
  }
  console.log(
    `bot-throughput: ${updates} updates per run, ${ROUNDS} rounds, median per kind, database under ${tmpdir()}`,
  );
  const echo = median(rates.get('echo')!);
  for (const kind of KINDS) {
    const value = median(rates.get(kind)!);
    const runs = rates.get(kind)!.map(rate).join(', ');
    const comparison = kind === 'echo' ? '(baseline)' : `= ${ratio(value, echo)} echo`;
    console.log(`bot-throughput: ${kind} ${rate(value)} updates/s ${comparison}  [runs: ${runs}]`);
  }
  console.log(
    `bot-throughput: peak RSS ${peakRssMiB().toFixed(0)} MiB (${startRss.toFixed(0)} MiB before the first bot started)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
