import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { startFakeBotApi, type FakeBotApi } from '../../src/fake-telegram/server.js';
import { startBotProcess, type BotProcess } from './bot-process.js';
import { memoryTrend, type MemorySample, type MemoryTrend } from './memory-trend.js';
import { randomUpdates } from './random-updates.js';

/**
 * Random and hostile updates against the real compiled bot, a child process, fed by the fake Bot
 * API in this process through getUpdates. Afterwards: no error-level line in the bot's log, no
 * call the fake refused, every button press answered, memory flat, and a clean stop.
 */
export interface FuzzReport {
  updates: number;
  /** The bot's log lines at level error or fatal, as JSON. */
  errorLines: string[];
  /** Bot API calls the fake refused (method: code description), 429s included. */
  refused: string[];
  unansweredCallbacks: number;
  /** Edits Telegram answered "message is not modified" (two presses of one button at once). */
  doubleTaps: number;
  /** The bot's memory read from its /metrics as the run went. */
  samples: MemorySample[];
  trend: MemoryTrend;
  /** The bot's exit code after SIGTERM at the end (0: a clean stop). */
  exitCode: number | null;
  seconds: number;
}

export interface FuzzOptions {
  count: number;
  seed?: number;
  /** A copy of the briefings to serve: the admin's random articles become drafts written beside them. */
  contentDir: string;
  /**
   * How the bot is started, in the project's folder. By default `node dist/main.js` (built
   * beforehand) with collect-on-signal.cjs preloaded: each memory reading then follows a full
   * collection. Another command's readings are taken as they come.
   */
  command?: readonly string[];
  /** The bot's memory is read every this many updates (default 100). */
  sampleEvery?: number;
  /**
   * The bot's replies per chat per second and per group per minute, the latter enforced by the fake
   * too (default Telegram's, 1 and 20). A run waits mostly on these: a second reply into one group
   * waits 3 s at 20 a minute, and each batch of updates waits for its slowest reply.
   */
  pace?: { perChatPerSecond: number; perGroupPerMinute: number };
  /** The run is over when the bot has made no Bot API call for this long (default 3 s). */
  quietMs?: number;
}

const TOKEN = '4242:FUZZ-token-for-the-fake-api-00000';
const BOT = { id: 4242, username: 'mawjaz_bot', first_name: 'Mawjaz' };
const ADMIN = 9001;
/** Updates in flight at once, as Telegram hands a busy bot a batch per getUpdates. */
const BATCH = 25;
/** Telegram's own pace: one message a second into a chat, 20 a minute into a group. */
const TELEGRAM_PACE = { perChatPerSecond: 1, perGroupPerMinute: 20 };

const COLLECTED = 'fuzz: collected';
const COMPILED_BOT = [
  process.execPath,
  '--expose-gc',
  '--require',
  fileURLToPath(new URL('./collect-on-signal.cjs', import.meta.url)),
  'dist/main.js',
];

/** Asks the bot (started with collect-on-signal.cjs) for a full collection and waits for it. */
async function collectGarbage(bot: BotProcess): Promise<void> {
  const collections = () => bot.stderr().split(COLLECTED).length;
  const before = collections();
  bot.kill('SIGUSR2');
  for (let waited = 0; collections() === before; waited += 10) {
    if (waited > 10_000) throw new Error('the bot did not collect its garbage within 10 s of SIGUSR2');
    await sleep(10);
  }
}

async function readMemory(port: number, updates: number): Promise<MemorySample> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const value = (name: string) => {
    const match = new RegExp(`^mawjaz_${name} (\\S+)$`, 'm').exec(text);
    if (!match) throw new Error(`no ${name} in the bot's /metrics`);
    return Number(match[1]) / 2 ** 20;
  };
  return {
    updates,
    rssMb: value('process_resident_memory_bytes'),
    heapMb: value('nodejs_heap_size_used_bytes'),
  };
}

/** Waits until the bot has made no call for `quietMs`: its queued replies and jobs have gone out. */
async function quiet(fake: FakeBotApi, quietMs: number): Promise<void> {
  let seen = -1;
  while (seen !== fake.calls.length) {
    seen = fake.calls.length;
    await sleep(quietMs);
  }
}

/** An article as an admin sends one to be drafted: it loads the intake pipeline. */
const WARM_UP_ARTICLE = [
  '2023-03-13',
  'Roadside bomb wounds two soldiers near Tikrit',
  '',
  'Two Iraqi soldiers were wounded on Saturday when a roadside bomb struck their patrol near the town of Tikrit in Salahuddin province, security sources said on Monday. No group claimed the attack.',
].join('\n');

/**
 * Everything the bot loads once, on first use (the map's borders and the rasteriser's fonts, the
 * chart, a digest job, the intake pipeline), before memory is measured: a one-time load is no leak.
 */
async function warmUp(fake: FakeBotApi, quietMs: number): Promise<void> {
  const from = { id: ADMIN, is_bot: false, first_name: 'Admin', language_code: 'en' };
  const chat = { id: ADMIN, type: 'private' as const, first_name: 'Admin' };
  const texts = [
    '/summary',
    '/incidents',
    '/map',
    '/chart',
    '/articles',
    '/stats',
    '/digest_now',
    WARM_UP_ARTICLE,
  ];
  for (const text of texts) await fake.waitHandled(fake.sendText({ chat, from, text }), 120_000);
  await quiet(fake, quietMs);
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const pace = options.pace ?? TELEGRAM_PACE;
  const quietMs = options.quietMs ?? 3_000;
  const fake = await startFakeBotApi({
    token: TOKEN,
    bot: BOT,
    limits: {
      perSecond: 200,
      perChatPerSecond: 1_000,
      perGroupPerMinute: pace.perGroupPerMinute,
      jitterMs: 100,
    },
  });
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-fuzz-'));
  // A copy of the briefings: drafts the admin's random articles become are written beside them.
  const { contentDir } = options;
  const bot = startBotProcess(options.command ?? COMPILED_BOT, {
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_PATH: join(dir, 'fuzz.db'),
    CONTENT_DIR: contentDir,
    ADMIN_IDS: String(ADMIN),
    SEND_PER_SECOND: '150',
    SEND_PER_CHAT_PER_SECOND: String(pace.perChatPerSecond),
    SEND_PER_GROUP_PER_MINUTE: String(pace.perGroupPerMinute),
    USER_RATE_LIMIT: '1000',
    DIGEST_SCHEDULE: '0 0 1 1 *',
    LOG_LEVEL: 'info',
    PORT: '0',
    HOST: '127.0.0.1',
  });
  try {
    const port = Number((await bot.waitForLog('http server listening')).port);
    await bot.waitForLog('polling lease taken, polling');
    await warmUp(fake, quietMs);
    const updates = randomUpdates({ seed: options.seed ?? 1, fake, adminId: ADMIN, bot: BOT });
    const sample = async (done: number) => {
      if (!options.command) await collectGarbage(bot);
      return readMemory(port, done);
    };
    const samples = [await sample(0)];
    const every = options.sampleEvery ?? 100;
    const started = Date.now();
    for (let sent = 0; sent < options.count; sent += BATCH) {
      const ids = Array.from({ length: Math.min(BATCH, options.count - sent) }, () =>
        fake.pushUpdate(updates.next()),
      );
      await Promise.all(ids.map((id) => fake.waitHandled(id, 120_000)));
      const done = sent + ids.length;
      if (Math.floor(done / every) > Math.floor(sent / every) || done === options.count)
        samples.push(await sample(done));
    }
    await quiet(fake, quietMs);
    const seconds = (Date.now() - started) / 1000;
    bot.kill('SIGTERM');
    const exitCode = await bot.exit;

    const answered = new Set(
      fake.calls
        .filter((c) => c.method === 'answerCallbackQuery' && c.ok)
        .map((c) => String(c.params.callback_query_id)),
    );
    // Two presses of one button handled at once both edit the message to the same content: Telegram
    // answers the second "message is not modified", which the bot expects (a double tap), not a fault.
    const notModified = (c: (typeof fake.calls)[number]) =>
      c.method === 'editMessageText' &&
      c.errorCode === 400 &&
      fake
        .messages(Number(c.params.chat_id))
        .some((m) => m.message_id === Number(c.params.message_id) && m.html === c.params.text);
    return {
      updates: options.count,
      errorLines: bot.logs.filter((l) => Number(l.level) >= 50).map((l) => JSON.stringify(l)),
      refused: fake.calls
        .filter((c) => !c.ok && !notModified(c))
        .map((c) => `${c.method}: ${c.errorCode} ${c.description ?? ''}`),
      unansweredCallbacks: updates.pressed.filter((id) => !answered.has(id)).length,
      doubleTaps: fake.calls.filter((c) => !c.ok && notModified(c)).length,
      samples,
      trend: memoryTrend(samples),
      exitCode,
      seconds,
    };
  } finally {
    bot.kill('SIGKILL');
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
