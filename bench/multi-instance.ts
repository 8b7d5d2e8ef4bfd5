/**
 * Two instances of the bot (`node dist/main.js`, each a child process of its own) on one database,
 * against the fake Bot API (in this process, which otherwise only waits) enforcing Telegram's limits:
 *
 * 1. Fan-out: two broadcast jobs created at once, worked by both instances (one each) on their one
 *    shared send budget; the combined steady-state rate as a fraction of the limit (30/s, then
 *    1,000/s with TELEGRAM_PAID_BROADCAST), the 429s drawn, the fake's violations and any message
 *    sent twice, against one instance alone working the same two jobs in the same run.
 * 2. Takeover: from the polling instance's death (SIGKILL), and from a clean SIGTERM, to the other
 *    instance answering /help sent once the old one has exited.
 *
 * On SQLite, and on PostgreSQL when its binaries are installed (else it says it skipped it).
 *   npx tsx bench/multi-instance.ts [perJob=150] [paidPerJob=1000]
 * Builds dist/ first when a source file is newer than dist/main.js.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { BroadcastJobPayload } from '../src/broadcast/payload.js';
import { startFakeBotApi, type FakeBotApi } from '../src/fake-telegram/server.js';
import { openStore } from '../src/store/open.js';
import type { NewDelivery, Store } from '../src/store/store.js';
import { createDatabase, findPostgresBinaries, startPostgres } from '../tests/support/postgres.js';
import { ratio } from './support/format.js';

const TOKEN = '123456:BENCH-multi-instance-token-0';
const FIRST_CHAT = 300_000;
const READER = { id: 990_001, is_bot: false, first_name: 'Reader', language_code: 'en' } as const;
const START_TIMEOUT_MS = 60_000;
const EXIT_TIMEOUT_MS = 20_000;
const REPLY_TIMEOUT_MS = 60_000;

const perJob = Number(process.argv[2] ?? 150);
const paidPerJob = Number(process.argv[3] ?? 1000);
for (const n of [perJob, paidPerJob]) {
  if (!Number.isSafeInteger(n) || n < 100)
    throw new Error('the message counts must be whole numbers of at least 100');
}

const projectRoot = dirname(dirname(fileURLToPath(import.meta.url)));
const mainJs = join(projectRoot, 'dist', 'main.js');

/** Newest modification time of the .ts files under a folder. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfStale(): void {
  const built = (() => {
    try {
      return statSync(mainJs).mtimeMs;
    } catch {
      return 0;
    }
  })();
  if (built >= newestSource(join(projectRoot, 'src'))) return;
  console.log('multi-instance: dist/ is missing or older than src/: npm run build');
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`npm run build failed (${result.status ?? result.signal})`);
}

/** A database both the bench and the instances reach, and how to tell the instances about it. */
interface Database {
  name: string;
  env: Record<string, string>;
  open(): Promise<Store>;
}

/** One `node dist/main.js`, its JSON log lines watched for a message. */
interface Instance {
  child: ChildProcess;
  exited: Promise<void>;
  /** Resolves when a log line with this message has been printed (or already was). */
  logged(message: string): Promise<void>;
}

function startInstance(env: Record<string, string>): Instance {
  const child = spawn(process.execPath, [mainJs], {
    cwd: projectRoot,
    // Only what the bot needs: nothing from this shell's environment leaks into its configuration.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seen = new Set<string>();
  const waiters = new Map<string, Array<() => void>>();
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    let message: unknown;
    try {
      message = (JSON.parse(line) as { msg?: unknown }).msg;
    } catch {
      return;
    }
    if (typeof message !== 'string') return;
    seen.add(message);
    for (const wake of waiters.get(message) ?? []) wake();
    waiters.delete(message);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    exited,
    logged(message) {
      if (seen.has(message)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(new Error(`instance did not log "${message}" within ${START_TIMEOUT_MS} ms: ${stderr}`)),
          START_TIMEOUT_MS,
        );
        void exited.then(() =>
          reject(
            new Error(
              `instance exited (${child.exitCode ?? child.signalCode}) before logging "${message}": ${stderr}`,
            ),
          ),
        );
        waiters.set(message, [...(waiters.get(message) ?? []), () => (clearTimeout(timer), resolve())]);
      });
    },
  };
}

/** SIGTERM, then SIGKILL if it has not exited in time; resolves once it has exited. */
async function stopInstance(instance: Instance): Promise<void> {
  if (instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  instance.child.kill('SIGTERM');
  const timer = setTimeout(() => instance.child.kill('SIGKILL'), EXIT_TIMEOUT_MS);
  await instance.exited;
  clearTimeout(timer);
}

function instanceEnv(fake: FakeBotApi, database: Database, paid: boolean): Record<string, string> {
  return {
    ...database.env,
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    CONTENT_DIR: join(projectRoot, 'content'),
    LOG_LEVEL: 'info',
    // No digest may fire or be caught up during the bench: only the broadcasts it creates are sent.
    DIGEST_SCHEDULE: '0 3 1 1 *',
    DIGEST_CATCHUP_MINUTES: '0',
    DIGEST_PICTURES: 'false',
    TELEGRAM_PAID_BROADCAST: String(paid),
    USER_RATE_LIMIT: '10000',
  };
}

const startFake = (perSecond: number) =>
  startFakeBotApi({ token: TOKEN, limits: { perSecond, perChatPerSecond: 1, perGroupPerMinute: 20 } });

async function seedSubscribers(store: Store, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await store.chats.seen({ id: FIRST_CHAT + i, type: 'private', title: null });
    await store.chats.subscribe(FIRST_CHAT + i, null);
  }
}

function broadcastPayload(): BroadcastJobPayload {
  return {
    content: { kind: 'html', parts: ['<b>Bench</b> broadcast: one message to every subscriber.'] },
    author: 1,
    createdAt: Date.now(),
    previewId: 1,
    includeChannels: false,
    lang: 'en',
    progressMessage: { chatId: 1, messageId: 1 },
  };
}

interface FanOutResult {
  /** Steady-state messages per second (after the first second), both jobs together. */
  rate: number;
  sent: number;
  duplicates: number;
  tooManyRequests: number;
  violations: number;
  seconds: number;
}

let runs = 0;

/** Two broadcast jobs of `count` chats each, worked by `instances` processes; waits until all are sent. */
async function fanOut(
  database: Database,
  instances: number,
  paid: boolean,
  count: number,
): Promise<FanOutResult> {
  const perSecond = paid ? 1000 : 30;
  const fake = await startFake(perSecond);
  const started: Instance[] = [];
  try {
    const store = await database.open();
    try {
      runs += 1;
      for (const half of [0, 1]) {
        const chats = Array.from({ length: count }, (_, i) => FIRST_CHAT + half * count + i);
        const deliveries: NewDelivery[] = chats.map((chatId) => ({
          chatId,
          threadId: null,
          payload: { chatType: 'private' },
        }));
        const job = await store.jobs.create(
          {
            kind: 'broadcast',
            key: `broadcast:bench-${runs}-${half}`,
            payload: broadcastPayload(),
            author: 1,
          },
          deliveries,
        );
        if (!job) throw new Error('a bench job was not created');
      }
    } finally {
      await store.close();
    }
    const began = Date.now();
    // Each instance takes a job at start-up; one alone works both, one after the other.
    for (let i = 0; i < instances; i++) started.push(startInstance(instanceEnv(fake, database, paid)));
    await Promise.all(started.map((instance) => instance.logged('bot started')));

    const isBroadcast = (c: FakeBotApi['calls'][number]) =>
      c.method === 'sendMessage' && c.ok && Number(c.params.chat_id) >= FIRST_CHAT;
    const expected = 2 * count;
    const deadline = began + ((expected / perSecond) * 3 + 60) * 1000;
    while (fake.calls.filter(isBroadcast).length < expected && Date.now() < deadline) await sleep(100);
    const seconds = (Date.now() - began) / 1000;
    await Promise.all(started.map(stopInstance));

    const accepted = fake.calls.filter(isBroadcast);
    const times = accepted.map((c) => c.at).sort((a, b) => a - b);
    // Steady state: from the first message after the first second (the windows are full) to the
    // last; a run shorter than that is measured whole.
    const afterFirstSecond = times.filter((at) => at >= times[0]! + 1000);
    const steady = afterFirstSecond.length > 1 ? afterFirstSecond : times;
    return {
      rate:
        steady.length > 1
          ? ((steady.length - 1) * 1000) / Math.max(1, steady.at(-1)! - steady[0]!)
          : Number.NaN,
      sent: accepted.length,
      duplicates: accepted.length - new Set(accepted.map((c) => Number(c.params.chat_id))).size,
      tooManyRequests: fake.calls.filter((c) => c.errorCode === 429).length,
      violations: fake.violations,
      seconds,
    };
  } finally {
    await Promise.all(started.map(stopInstance));
    await fake.close();
  }
}

function printFanOut(
  label: string,
  result: FanOutResult,
  limit: number,
  baseline: FanOutResult | undefined,
): void {
  const vsBaseline = baseline ? `, ${ratio(result.rate, baseline.rate)} one instance's rate` : '';
  console.log(
    `multi-instance: ${label}: ${result.rate.toFixed(1)} msgs/s = ${(result.rate / limit).toFixed(3)} of ${limit}/s${vsBaseline}; ` +
      `${result.sent} sent (${result.duplicates} twice) in ${result.seconds.toFixed(1)} s, 429s ${result.tooManyRequests}, violations ${result.violations}`,
  );
}

/** Sends /help and resolves with the time its answer was accepted by the fake. */
async function answered(fake: FakeBotApi): Promise<number> {
  const from = fake.calls.length;
  fake.sendText({
    chat: { id: READER.id, type: 'private', first_name: READER.first_name },
    from: READER,
    text: '/help',
  });
  const deadline = Date.now() + REPLY_TIMEOUT_MS;
  for (;;) {
    const reply = fake.calls
      .slice(from)
      .find((c) => c.method === 'sendMessage' && c.ok && Number(c.params.chat_id) === READER.id);
    if (reply) return reply.at;
    if (Date.now() > deadline) throw new Error(`no answer to /help within ${REPLY_TIMEOUT_MS} ms`);
    await sleep(10);
  }
}

/** The poller dies (SIGKILL), then the new poller is stopped cleanly (SIGTERM): each time, how soon the other answers. */
async function takeover(database: Database): Promise<void> {
  const fake = await startFake(30);
  const env = instanceEnv(fake, database, false);
  const instances: Instance[] = [];
  const start = () => {
    const instance = startInstance(env);
    instances.push(instance);
    return instance;
  };
  try {
    const first = start();
    await first.logged('polling lease taken, polling');
    const second = start();
    await second.logged('bot started');
    await answered(fake);

    for (const [signal, old, next] of [
      ['SIGKILL', first, second],
      ['SIGTERM', second, undefined],
    ] as const) {
      const successor = next ?? start();
      await successor.logged('bot started');
      const signalled = Date.now();
      old.child.kill(signal);
      await old.exited;
      const exitedAt = Date.now();
      const answerAt = await answered(fake);
      console.log(
        `multi-instance: ${database.name}: ${signal} of the poller: exited after ${exitedAt - signalled} ms, ` +
          `the other answered /help ${((answerAt - signalled) / 1000).toFixed(2)} s after the signal`,
      );
    }
  } finally {
    await Promise.all(instances.map(stopInstance));
    await fake.close();
  }
}

async function benchDatabase(database: Database): Promise<void> {
  const store = await database.open();
  try {
    await seedSubscribers(store, 2 * Math.max(perJob, paidPerJob));
  } finally {
    await store.close();
  }
  for (const [paid, count, limit] of [
    [false, perJob, 30],
    [true, paidPerJob, 1000],
  ] as const) {
    const label = `${database.name}, ${paid ? 'paid broadcast ' : ''}2 × ${count} messages`;
    const alone = await fanOut(database, 1, paid, count);
    printFanOut(`${label}, one instance (baseline)`, alone, limit, undefined);
    const both = await fanOut(database, 2, paid, count);
    printFanOut(`${label}, two instances`, both, limit, alone);
  }
  await takeover(database);
}

buildIfStale();
console.log(
  `multi-instance: instances are child processes (node dist/main.js); the fake Bot API runs in this process`,
);
const dir = mkdtempSync(join(tmpdir(), 'mawjaz-multi-instance-'));
try {
  const sqlitePath = join(dir, 'bench.db');
  await benchDatabase({
    name: 'SQLite',
    env: { DATABASE_PATH: sqlitePath },
    open: () => openStore({ databasePath: sqlitePath }),
  });
  if (findPostgresBinaries() === null) {
    console.log('multi-instance: PostgreSQL skipped: no initdb/pg_ctl found (pg_config --bindir)');
  } else {
    const server = await startPostgres();
    try {
      const { url, drop } = await createDatabase(server);
      try {
        await benchDatabase({
          name: 'PostgreSQL',
          env: { DATABASE_URL: url },
          open: () => openStore({ databaseUrl: url, databasePath: join(dir, 'unused.db') }),
        });
      } finally {
        await drop();
      }
    } finally {
      server.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
