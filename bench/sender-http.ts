/**
 * The bulk sender over real HTTP: telegraf's client and our transmit, against the fake Bot API (in a
 * process of its own) enforcing Telegram's limits with a 429 for every call over them, through the
 * budget the instances share in the database, as the app wires it. Prints the achieved steady rate
 * as a fraction of the limit and the 429s drawn, the CPU per message of the client and of the fake,
 * and the TCP connections the client opened; each the median of alternating rounds (after one
 * round to warm up), against the sender with no shared budget measured in the same run.
 * Usage: npx tsx bench/sender-http.ts [messages=150] [paidMessages=2500] [rounds=3]
 */
import { spawn } from 'node:child_process';
import { subscribe } from 'node:diagnostics_channel';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { BotApiClient } from '../src/telegram/bot-api-client.js';
import { createTransmit, type BulkMessage } from '../src/delivery/bulk-message.js';
import { createSender } from '../src/delivery/sender.js';
import { createSharedBudget } from '../src/delivery/shared-budget.js';
import { createSystemClock } from '../src/delivery/system-clock.js';
import type { SenderLimits } from '../src/delivery/types.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { createDatabase, findPostgresBinaries, startPostgres } from '../tests/support/postgres.js';
import { ratio } from './support/format.js';
import { peakRssMiB } from './support/memory.js';
import { median } from './support/stats.js';

const TOKEN = '123456:BENCH-token-for-the-fake-api-0';
/** The margins src/app.ts gives the sender's own windows and the shared budget's. */
const LOCAL_SLACK_MS = 15;
const SHARED_SLACK_MS = 30;

/** Starts the fake in a child process; `stats()` asks it for the 429s it gave and its CPU time so far. */
async function startFakeProcess(perSecond: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/support/fake-process.ts', TOKEN, String(perSecond)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse(String((await lines.next()).value)) as Record<string, number | string>;
  const { apiRoot } = (await next()) as { apiRoot: string };
  return {
    apiRoot: String(apiRoot),
    async stats() {
      child.stdin.write('stats\n');
      const { tooManyRequests, cpuMs } = await next();
      return { tooManyRequests: Number(tooManyRequests), cpuMs: Number(cpuMs) };
    },
    async close() {
      child.stdin.end();
      await once(child, 'exit');
    },
  };
}
type Fake = Awaited<ReturnType<typeof startFakeProcess>>;

interface Round {
  fraction: number;
  tooManyRequests: number;
  /** CPU time per message, ms, of this process (the sender, its client and its database) and of the fake. */
  clientCpuMs: number;
  fakeCpuMs: number;
  connections: number;
}

let nextChat = 10_000;
/** TCP connections this process opened (the Bot API client's, and PostgreSQL's pool). */
let connections = 0;
subscribe('net.client.socket', () => connections++);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** One round: `count` messages to distinct private chats; the steady rate after the first second. */
async function round(
  fake: Fake,
  count: number,
  perSecond: number,
  paid: boolean,
  store?: Store,
): Promise<Round> {
  const limits: SenderLimits = {
    perSecond,
    perChatPerSecond: 1,
    perGroupPerMinute: 20,
    maxInFlight: Math.max(4, Math.ceil(perSecond / 10)),
  };
  const clock = createSystemClock();
  const transmit = createTransmit(new BotApiClient({ token: TOKEN, apiRoot: fake.apiRoot }), {
    paidBroadcast: paid,
  });
  const starts: number[] = [];
  const sender = createSender<BulkMessage>({
    transmit: (m) => {
      starts.push(performance.now());
      return transmit(m);
    },
    limits,
    clock,
    log: pino({ level: 'silent' }),
    windowSlackMs: LOCAL_SLACK_MS,
    ...(store
      ? { budget: createSharedBudget({ rates: store.rates, limits, clock, windowSlackMs: SHARED_SLACK_MS }) }
      : {}),
  });
  const fakeBefore = await fake.stats();
  const before = { cpuMs: cpuMs(), connections };
  const first = nextChat;
  nextChat += count;
  const outcomes = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      sender.send({
        chatId: first + i,
        chatType: 'private',
        part: { kind: 'html', html: `<b>Digest</b> ${i}` },
        begin: async () => true,
      }),
    ),
  );
  const unsent = outcomes.filter((o) => o.status !== 'sent').length;
  if (unsent > 0) throw new Error(`${unsent} of ${count} messages were not sent`);
  const steady = starts.filter((t) => t >= starts[0]! + 1000);
  const achieved = ((steady.length - 1) * 1000) / (steady.at(-1)! - steady[0]!);
  const clientCpuMs = (cpuMs() - before.cpuMs) / count;
  const after = await fake.stats();
  // Telegram's window forgets this round before the next one starts.
  await sleep(1_100);
  return {
    fraction: achieved / perSecond,
    tooManyRequests: after.tooManyRequests - fakeBefore.tooManyRequests,
    clientCpuMs,
    fakeCpuMs: (after.cpuMs - fakeBefore.cpuMs) / count,
    connections: connections - before.connections,
  };
}

interface Mode {
  name: string;
  store?: Store;
}

/** Rounds of every mode, alternating, so that a slow moment of the machine does not fall on one mode only. */
async function compare(
  label: string,
  modes: readonly Mode[],
  count: number,
  perSecond: number,
  paid: boolean,
  rounds: number,
) {
  const fake = await startFakeProcess(perSecond);
  try {
    // Warms up the JIT, the connections and the databases; not counted.
    for (const mode of modes) await round(fake, Math.min(count, perSecond), perSecond, paid, mode.store);
    const results = new Map<string, Round[]>(modes.map((m) => [m.name, []]));
    for (let r = 0; r < rounds; r++)
      for (const mode of modes)
        results.get(mode.name)!.push(await round(fake, count, perSecond, paid, mode.store));
    const baseline = median(results.get(modes[0]!.name)!.map((x) => x.fraction));
    for (const mode of modes) {
      const runs = results.get(mode.name)!;
      const fraction = median(runs.map((x) => x.fraction));
      const tooMany = runs.reduce((sum, x) => sum + x.tooManyRequests, 0);
      const spread = runs.map((x) => x.fraction.toFixed(3)).join(', ');
      console.log(
        `${label}, ${mode.name}: ${fraction.toFixed(3)} of the limit (rounds ${spread}; ${ratio(fraction, baseline)} ${modes[0]!.name}); 429s ${tooMany} in ${rounds * count} messages; CPU per message ${median(runs.map((x) => x.clientCpuMs)).toFixed(2)} ms here, ${median(runs.map((x) => x.fakeCpuMs)).toFixed(2)} ms in the fake; ${median(runs.map((x) => x.connections))} connections opened per round`,
      );
    }
    return results;
  } finally {
    await fake.close();
  }
}

function verdict(label: string, runs: readonly Round[], goal: number): void {
  const fraction = median(runs.map((x) => x.fraction));
  const tooMany = runs.reduce((sum, x) => sum + x.tooManyRequests, 0);
  const met = fraction >= goal && tooMany === 0;
  console.log(
    `${label}: ${fraction.toFixed(3)} of the limit (goal ≥ ${goal}), 429s ${tooMany} (goal 0): target ${met ? 'met' : 'NOT met'}`,
  );
}

const count = Number(process.argv[2] ?? 150);
const paidCount = Number(process.argv[3] ?? 2500);
const rounds = Number(process.argv[4] ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'mawjaz-sender-http-'));
const sqlite = await openStore({ databasePath: join(dir, 'bench.db') });
const postgres = findPostgresBinaries() === null ? null : await startPostgres();
const pgDatabase = postgres ? await createDatabase(postgres) : null;
const pgStore = pgDatabase
  ? await openStore({ databaseUrl: pgDatabase.url, databasePath: join(dir, 'unused.db') })
  : null;
if (!pgStore)
  console.log('sender over HTTP: PostgreSQL skipped: no initdb/pg_ctl found (pg_config --bindir)');
console.log(
  `sender over HTTP: load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores at the start; the fake Bot API in its own process, no arrival jitter allowed`,
);
try {
  const modes: Mode[] = [
    { name: 'no shared budget' },
    { name: 'shared budget on SQLite', store: sqlite },
    ...(pgStore ? [{ name: 'shared budget on PostgreSQL', store: pgStore }] : []),
  ];
  const standard = await compare('30/s', modes, count, 30, false, rounds);
  const paid = await compare('paid 1000/s', modes, paidCount, 1000, true, rounds);
  for (const mode of modes.slice(1)) {
    verdict(`target 30/s over HTTP, ${mode.name}`, standard.get(mode.name)!, 0.97);
    verdict(`target paid 1000/s over HTTP, ${mode.name}`, paid.get(mode.name)!, 0.95);
  }
  console.log(
    `sender over HTTP: peak RSS ${peakRssMiB().toFixed(0)} MiB (client process); load average ${loadavg()[0]!.toFixed(1)} at the end`,
  );
} finally {
  await sqlite.close();
  await pgStore?.close();
  await pgDatabase?.drop();
  postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
}
