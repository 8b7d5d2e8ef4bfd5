/**
 * Updates per second the Mawjaz bot handles for /summary in webhook mode (the fake POSTs each update
 * to the bot's HTTP server, up to WEBHOOK_MAX_CONNECTIONS at once), as a ratio to long polling
 * measured in the same run against the same fake. Modes alternate round by round and each reports
 * its median.
 *
 *   npx tsx bench/webhook-throughput.ts [updates=300]
 *
 * Each measurement gets a fresh fake and a freshly started bot; start-up, a short warm-up per run and
 * a whole first round are not timed. The fake runs in this process, so the figures include its cost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Chat, User } from 'telegraf/types';
import { buildApp, startApp } from '../src/app.js';
import { parseConfig } from '../src/config/schema.js';
import { startFakeBotApi, type FakeBotApi } from '../src/fake-telegram/server.js';
import { createLogger } from '../src/log/logger.js';
import { rate, ratio } from './support/format.js';
import { median } from './support/stats.js';
import { perSecond, timeMs } from './support/timing.js';

const DEFAULT_UPDATES = 300;
const ROUNDS = 3;
const WARMUP_UPDATES = 50;
const HANDLED_TIMEOUT_MS = 300_000;
const TOKEN = '123456:bench-webhook-token-0123456789';
const WEBHOOK_HOST = 'bot.example.org';

const USERS: User[] = Array.from({ length: 8 }, (_, i) => ({
  id: 920_000 + i,
  is_bot: false,
  first_name: `Reader ${i + 1}`,
  language_code: i % 2 === 0 ? 'ar' : 'en',
}));
const chatOf = (user: User): Chat.PrivateChat => ({
  id: user.id,
  type: 'private',
  first_name: user.first_name,
});

const MODES = ['polling', 'webhook'] as const;
type Mode = (typeof MODES)[number];

async function startBot(fake: FakeBotApi, mode: Mode, databasePath: string): Promise<() => Promise<void>> {
  const parsed = parseConfig({
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_PATH: databasePath,
    CONTENT_DIR: 'content',
    LOG_LEVEL: 'silent',
    USER_RATE_LIMIT: '10000',
    SEND_PER_SECOND: '1000',
    ...(mode === 'webhook' && {
      WEBHOOK_URL: `https://${WEBHOOK_HOST}/telegram`,
      PORT: '0',
      HOST: '127.0.0.1',
    }),
  });
  if (!parsed.ok) throw new Error(parsed.error);
  const log = createLogger({ level: 'silent', secrets: [fake.token] });
  const app = await startApp(await buildApp(parsed.config, { log, now: Date.now, sleep: (ms) => sleep(ms) }));
  if (mode === 'webhook') fake.routeWebhook(WEBHOOK_HOST, `http://127.0.0.1:${app.httpPort}`);
  return () => app.stop('bench done');
}

/** Pushes `count` /summary updates round-robin over the users and waits until each is confirmed. */
async function pushAndWait(fake: FakeBotApi, count: number): Promise<void> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const from = USERS[i % USERS.length]!;
    ids.push(fake.sendText({ chat: chatOf(from), from, text: '/summary' }));
  }
  // A webhook confirms updates out of order (several connections): wait for every one.
  await Promise.all(ids.map((id) => fake.waitHandled(id, HANDLED_TIMEOUT_MS)));
}

const repliesSent = (fake: FakeBotApi) => fake.calls.filter((c) => c.method === 'sendMessage' && c.ok).length;

async function measure(mode: Mode, updates: number, databasePath: string): Promise<number> {
  const fake = await startFakeBotApi({ token: TOKEN });
  try {
    const stop = await startBot(fake, mode, databasePath);
    try {
      await pushAndWait(fake, WARMUP_UPDATES);
      const before = repliesSent(fake);
      const ms = await timeMs(() => pushAndWait(fake, updates));
      // Confirmed is not answered in webhook mode past the answer deadline: check every reply went out.
      const replies = repliesSent(fake) - before;
      if (replies !== updates) throw new Error(`${mode}: ${updates} updates got ${replies} replies`);
      return perSecond(updates, ms);
    } finally {
      await stop();
    }
  } finally {
    await fake.close();
  }
}

const arg = process.argv[2];
const updates = arg === undefined ? DEFAULT_UPDATES : Number(arg);
if (!Number.isSafeInteger(updates) || updates < 1)
  throw new Error(`updates must be a positive integer, got ${arg}`);
const dir = mkdtempSync(join(tmpdir(), 'mawjaz-bench-webhook-'));
try {
  let run = 0;
  // Each run its own database: update ids restart with every fake, and a webhook drops ids it has seen.
  const database = () => join(dir, `bench-${run++}.db`);
  for (const mode of MODES) await measure(mode, WARMUP_UPDATES, database());
  const rates = new Map<Mode, number[]>(MODES.map((mode) => [mode, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of MODES) rates.get(mode)!.push(await measure(mode, updates, database()));
  }
  console.log(
    `webhook-throughput: ${updates} /summary updates per run, ${ROUNDS} rounds, median per mode, 40 webhook connections`,
  );
  const polling = median(rates.get('polling')!);
  for (const mode of MODES) {
    const value = median(rates.get(mode)!);
    const runs = rates.get(mode)!.map(rate).join(', ');
    const comparison = mode === 'polling' ? '(baseline)' : `= ${ratio(value, polling)} polling`;
    console.log(`webhook-throughput: ${mode} ${rate(value)} updates/s ${comparison}  [runs: ${runs}]`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
