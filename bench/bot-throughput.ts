/**
 * CPU time per handled update of the Mawjaz bot, and updates per second, as ratios to a bare telegraf
 * bot that echoes the text back: `/summary`, `/incidents`, `/figures`, `/articles` and a button press,
 * by long polling and by webhook. Target: CPU per update at most 1.25 × echo's. Then the memory of the
 * bot as it meets rounds of 10,000 new chats, heap after a full GC, and its slope.
 *
 *   npx tsx bench/bot-throughput.ts [users=200] [rounds=5] [memory rounds=3] [chats per memory round=10000] [steady per second=400]
 *
 * The fake Bot API runs in a child process of its own (one per bot) with no send limits, and the
 * bots' send limits are lifted to their highest. The bots run in this process; CPU is
 * process.cpuUsage() of this process across a run, so the fake's work is not in it. A run is one
 * update from each of `users` distinct users, the same users for every bot; kinds alternate within
 * each round, each round starting one kind later, and each reports the median over rounds with [min–max]. An untimed first round lets
 * the JIT settle and every chat be recorded. The bot's database lives in /dev/shm when there is one
 * (else os.tmpdir()), so disk syncs do not stretch the wall-clock figures.
 *
 * Two arrival patterns, both bots the same: `burst`, every update of a run offered at once, and
 * `steady`, offered at a steady rate below the send limit (400 a second; 0 skips it). In a burst our
 * bot's replies are still paced by Telegram's overall limit (1,000 a second at most, shared with the
 * other instances through the database), so it wakes about once per 10 ms tick of replies while the
 * echo bot, with no limit, answers a getUpdates batch of 100 in one wake: the figure mixes the limit
 * into the handler's cost. At a steady rate below the limit no reply waits for a slot, so both bots
 * wake as the updates come, and what is compared is the handler, not the limit (what issue 13 asks).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  databaseIn,
  KINDS,
  MODES,
  startEcho,
  startMawjaz,
  updateFor,
  type Kind,
  type Mode,
  type Running,
} from './support/bench-bots.js';
import { rate, ratio } from './support/format.js';
import { median } from './support/stats.js';

// A heap measured after a full GC needs global.gc: run again with --expose-gc when it is missing.
if (typeof globalThis.gc !== 'function') {
  const self = fileURLToPath(import.meta.url);
  const again = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', self, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  process.exit(again.status ?? 1);
}
const gc = globalThis.gc as () => void;

const TARGET = 1.25;
/** The most messages a second Telegram lets any bot send (paid broadcasts); the bench's bots are set to it. */
const TELEGRAM_CEILING_PER_SECOND = 1_000;
type Pattern = 'burst' | 'steady';

const positive = (arg: string | undefined, fallback: number, name: string): number => {
  const value = arg === undefined ? fallback : Number(arg);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got ${arg}`);
  return value;
};
const [userCount, rounds, memoryRounds, MEMORY_CHATS] = [
  positive(process.argv[2], 200, 'users'),
  positive(process.argv[3], 5, 'rounds'),
  positive(process.argv[4], 3, 'memory rounds'),
  positive(process.argv[5], 10_000, 'chats per memory round'),
];
const steadyPerSecond = process.argv[6] === '0' ? 0 : positive(process.argv[6], 400, 'steady per second');
const PATTERNS: Pattern[] = steadyPerSecond > 0 ? ['burst', 'steady'] : ['burst'];
const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'mawjaz-bench-'));

type Sample = { cpuMs: number; perSecond: number };

/** One update per user of one kind, offered as `pattern` says; CPU of this process and wall time across it. */
async function measure(
  kind: Kind,
  bot: Running,
  users: number[],
  round: number,
  pattern: Pattern,
): Promise<Sample> {
  const update = updateFor(kind, bot, round);
  const failedBefore = await bot.failedCalls?.();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await bot.fake.run(users, update, pattern === 'steady' ? steadyPerSecond : undefined);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (result.replies !== users.length || result.failed > 0) {
    const failedAfter = await bot.failedCalls?.();
    const counted =
      failedBefore === undefined || failedAfter === undefined
        ? ''
        : `, ${failedAfter - failedBefore} failed calls counted by the bot`;
    throw new Error(
      `${kind}: ${users.length} updates got ${result.replies} answers, ${result.failed} failed calls at the fake${counted}`,
    );
  }
  return { cpuMs: (used.user + used.system) / 1000 / users.length, perSecond: (users.length * 1000) / ms };
}

/**
 * The kinds in the order of round `round`: each round starts one kind later, so over as many rounds
 * as there are kinds each kind runs once in every position. In a fixed order the kind after echo
 * would always pay for the garbage echo's run left behind.
 */
function rotated<T>(kinds: readonly T[], round: number): T[] {
  const shift = ((round % kinds.length) + kinds.length) % kinds.length;
  return [...kinds.slice(shift), ...kinds.slice(0, shift)];
}

const spread = (values: number[], digits: number) =>
  `[${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}]`;

async function compare(mode: Mode): Promise<void> {
  const users = Array.from({ length: userCount }, (_, i) => 940_000 + i);
  const echo = await startEcho(mode);
  const ours = await startMawjaz(mode, databaseIn(dir));
  const samples = new Map<string, Sample[]>();
  try {
    // Untimed: the JIT settles, every chat is recorded, every view rendered once.
    for (let round = -1; round < rounds; round++) {
      for (const pattern of PATTERNS)
        for (const kind of rotated(KINDS, Math.max(round, 0))) {
          const sample = await measure(kind, kind === 'echo' ? echo : ours, users, round, pattern);
          const key = `${pattern} ${kind}`;
          if (round >= 0) samples.set(key, [...(samples.get(key) ?? []), sample]);
        }
    }
  } finally {
    await ours.stop();
    await echo.stop();
  }
  for (const pattern of PATTERNS) report(mode, pattern, samples);
}

function report(mode: Mode, pattern: Pattern, samples: Map<string, Sample[]>): void {
  // The burst figures keep the lines they always had; the steady ones say their rate.
  const name = pattern === 'burst' ? mode : `${mode} steady ${steadyPerSecond}/s`;
  const of = (kind: Kind) => samples.get(`${pattern} ${kind}`)!;
  console.log(
    `bot-throughput ${name}: ${userCount} distinct users per run, ${rounds} rounds, median [min–max]`,
  );
  const echoCpu = median(of('echo').map((s) => s.cpuMs));
  const echoRate = median(of('echo').map((s) => s.perSecond));
  if (pattern === 'burst' && echoRate > TELEGRAM_CEILING_PER_SECOND)
    console.log(
      `bot-throughput ${name}: echo answered ${rate(echoRate)} updates/s, over the ${rate(TELEGRAM_CEILING_PER_SECOND)}/s Telegram allows any bot; ` +
        `ours is held under it, so a burst's ratios include the pacing (the steady lines compare the handlers)`,
    );
  for (const kind of KINDS) {
    const cpu = of(kind).map((s) => s.cpuMs);
    const rates = of(kind).map((s) => s.perSecond);
    const cpuRatio = median(cpu) / echoCpu;
    const verdict = kind === 'echo' ? '(baseline)' : `= ${ratio(median(cpu), echoCpu)} echo`;
    console.log(
      `bot-throughput ${name}: ${kind.padEnd(10)} CPU ${median(cpu).toFixed(3)} ms/update ${spread(cpu, 3)} ${verdict}` +
        `; ${rate(median(rates))} updates/s ${spread(rates, 0)}${kind === 'echo' ? '' : ` = ${ratio(median(rates), echoRate)} echo`}`,
    );
    if (kind !== 'echo')
      console.log(
        `bot-throughput ${name}: ${kind} CPU per update ≤ ${TARGET} × echo: target ${cpuRatio <= TARGET ? 'met' : 'not met'}`,
      );
  }
}

/** The bot meets `memoryRounds` × MEMORY_CHATS chats it has never seen; heap after a full GC after each. */
async function memory(): Promise<void> {
  const ours = await startMawjaz('polling', databaseIn(dir));
  const heaps: number[] = [];
  try {
    gc();
    heaps.push(process.memoryUsage().heapUsed / 2 ** 20);
    for (let round = 0; round < memoryRounds; round++) {
      const users = Array.from({ length: MEMORY_CHATS }, (_, i) => 1_000_000 + round * MEMORY_CHATS + i);
      const result = await ours.fake.run(users, { text: '/summary' });
      if (result.replies !== users.length)
        throw new Error(`memory: ${result.replies} of ${users.length} answered`);
      gc();
      heaps.push(process.memoryUsage().heapUsed / 2 ** 20);
    }
  } finally {
    await ours.stop();
  }
  const slope = leastSquaresSlope(heaps);
  // The first round also fills what is bounded per minute rather than per chat (the flood-control
  // windows, up to MAX_TRACKED_USERS): the slope after it is the one that would grow without bound.
  const after = heaps.length > 2 ? leastSquaresSlope(heaps.slice(1)) : slope;
  console.log(
    `bot-throughput memory: heap after GC per ${MEMORY_CHATS} new chats (MiB): ${heaps.map((h) => h.toFixed(1)).join(' → ')}; ` +
      `slope ${slope.toFixed(2)} MiB per ${MEMORY_CHATS} chats, ${after.toFixed(2)} after the first round`,
  );
}

/** The slope of the least-squares line through (i, values[i]). */
function leastSquaresSlope(values: number[]): number {
  const n = values.length;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  values.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return den === 0 ? 0 : num / den;
}

try {
  for (const mode of MODES) await compare(mode);
  await memory();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
