/**
 * Start-up: milliseconds from spawning the production command to the bot's first getUpdates at the
 * fake Bot API, for `npm start` (with dist/ up to date, so its prestart only checks) and for
 * `node dist/main.js`, median of alternating rounds with the spread. Target: `npm start` under 1.5 s.
 *
 *   npx tsx bench/start-up.ts [rounds=5]
 *
 * The fake runs in this process, which is idle while the bot starts. An update is queued before
 * each start, so the first getUpdates is answered (and recorded, with its arrival time) at once.
 * Every start gets a fresh database under os.tmpdir().
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startFakeBotApi } from '../src/fake-telegram/server.js';
import { ratio } from './support/format.js';
import { median } from './support/stats.js';

const TOKEN = '123456:bench-start-up-token-0123456789';
const TARGET_MS = 1500;
const GIVE_UP_MS = 60_000;
const COMMANDS = {
  'npm start': ['npm', ['start', '--silent']],
  'node dist/main.js': [process.execPath, ['dist/main.js']],
} as const satisfies Record<string, readonly [string, readonly string[]]>;
type Command = keyof typeof COMMANDS;

async function timeToFirstPoll(command: Command, dir: string, run: number): Promise<number> {
  const fake = await startFakeBotApi({ token: TOKEN });
  const user = { id: 930_001, is_bot: false, first_name: 'Reader' };
  fake.sendText({ chat: { id: user.id, type: 'private', first_name: 'Reader' }, from: user, text: 'hello' });
  const [file, args] = COMMANDS[command];
  const started = Date.now();
  // Its own process group, so that npm, its shell and node all stop together.
  const child = spawn(file, args, {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_PATH: join(dir, `start-${run}.db`),
      LOG_LEVEL: 'warn',
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      const poll = fake.calls.find((call) => call.method === 'getUpdates');
      if (poll) return poll.at - started;
      if (child.exitCode !== null) throw new Error(`${command} exited ${child.exitCode} before polling`);
      if (Date.now() - started > GIVE_UP_MS)
        throw new Error(`${command} did not poll within ${GIVE_UP_MS} ms`);
      await sleep(2);
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
    await fake.close();
  }
}

/** The floor on this machine now: spawning node with nothing to do, to its exit. */
async function bareNode(): Promise<number> {
  const started = Date.now();
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return Date.now() - started;
}

const arg = process.argv[2];
const rounds = arg === undefined ? 5 : Number(arg);
if (!Number.isSafeInteger(rounds) || rounds < 1)
  throw new Error(`rounds must be a positive integer, got ${arg}`);

// Brings dist/ up to date first, so that every timed `npm start` finds nothing to build.
const build = spawnSync(process.execPath, ['scripts/build-if-stale.mjs'], { stdio: 'inherit' });
if (build.status !== 0) throw new Error('the build failed');
const dir = mkdtempSync(join(tmpdir(), 'mawjaz-bench-start-'));
try {
  const times = new Map<Command, number[]>(Object.keys(COMMANDS).map((c) => [c as Command, []]));
  const bare: number[] = [];
  let run = 0;
  // One untimed start per command: the first read of node_modules after a build fills the page cache.
  for (const command of times.keys()) await timeToFirstPoll(command, dir, run++);
  for (let round = 0; round < rounds; round++) {
    for (const command of times.keys()) times.get(command)!.push(await timeToFirstPoll(command, dir, run++));
    bare.push(await bareNode());
  }
  console.log(`start-up: spawn to first getUpdates, ${rounds} rounds, median [min–max]`);
  const floor = median(bare);
  console.log(`start-up: node -e 0 (spawn to exit, the floor) ${floor.toFixed(0)} ms (baseline)`);
  for (const [command, ms] of times) {
    const mid = median(ms);
    const verdict =
      command === 'npm start' ? `  target ≤ ${TARGET_MS} ms ${mid <= TARGET_MS ? 'met' : 'not met'}` : '';
    console.log(
      `start-up: ${command} ${mid.toFixed(0)} ms [${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)}] = ${ratio(mid, floor)} node -e 0${verdict}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
