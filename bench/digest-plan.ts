/**
 * Planning one digest slot for 100,000, 300,000 and 1,000,000 subscribers, on SQLite and on
 * PostgreSQL, through the digest service itself (`runSlot`: subscribers streamed in batches, each
 * batch planned and written with the plan's cursor). Targets (issue 13): 1,000,000 planned in under
 * 15 s with under 300 MB peak RSS, the cost growing linearly.
 *
 *   npx tsx bench/digest-plan.ts [sizes…] [--sqlite | --postgres] [--batch N] [--cpu-prof DIR] [--statements]
 *
 * `--batch N`: subscribers planned per transaction (the digest service's planBatchSize; default the
 * store's: 1,000 on SQLite, 2,000 on PostgreSQL). `--statements`: PostgreSQL's CPU per statement kind
 * (support/pg-statement-cpu.ts), printed after each plan.
 *
 * Each plan runs in a child process of its own, so that its peak RSS (process.resourceUsage().maxRSS)
 * is the planner's alone; a child that only opens the store gives the process's floor. PostgreSQL is
 * a throwaway server started like the tests' (tests/support/postgres.ts), one for every size.
 * The subscribers are seeded with one INSERT … SELECT over a series per table (not measured).
 * After each plan the job's deliveries and reservations are counted and compared with what the
 * pure planner gives for the same mix.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { pino } from 'pino';
import { loadContentDir } from '../src/content/load.js';
import { ContentRepository } from '../src/content/repository.js';
import type { Article } from '../src/content/schema.js';
import { createDigestService } from '../src/digest/digest-service.js';
import { digestPlanContext, planDigestBatch } from '../src/digest/plan-batch.js';
import { openStore } from '../src/store/open.js';
import type { Chat } from '../src/store/store.js';
import {
  createDatabase,
  findPostgresBinaries,
  startPostgres,
  type PostgresServer,
} from '../tests/support/postgres.js';
import { ratio } from './support/format.js';
import { traceStatementCpu, type StatementCpu } from './support/pg-statement-cpu.js';

const DEFAULT_SIZES = [100_000, 300_000, 1_000_000];
const TARGET_MS = 15_000;
const TARGET_RSS_MB = 300;
const MAX_ITEMS = 5;
const SLOT = { at: Date.UTC(2026, 11, 1, 5), key: '2026-12-01T08:00:00 Asia/Baghdad' };
const CANDIDATES = 8;
const projectRoot = dirname(dirname(fileURLToPath(import.meta.url)));
const silent = pino({ level: 'silent' });

/**
 * The subscriber mix, by chat id i (1…n), written once as SQL for the seed and once as JavaScript
 * for the check: 1 in 50 a group; 60 % Arabic, 30 % English, 10 % no language chosen; 1 in 101
 * blocked; 1 in 10 evening-only (skipped by this morning slot), 1 in 20 morning-only; 1 in 10
 * following Kirkuk (half the briefings have incidents there), 1 in 10 following a tag, 1 in 25 a
 * tag no briefing has; 4 in 5 had yesterday's digest (briefings 1–3, 1 in 4 of them also 4), the
 * rest are new subscribers (they get the latest briefing only).
 */
const MIX = {
  type: `CASE WHEN i % 50 = 0 THEN 'group' ELSE 'private' END`,
  language: `CASE WHEN i % 10 < 6 THEN 'ar' WHEN i % 10 < 9 THEN 'en' ELSE NULL END`,
  status: `CASE WHEN i % 101 = 0 THEN 'blocked' ELSE 'active' END`,
  slots: `CASE WHEN i % 10 = 0 THEN '["20:00"]' WHEN i % 20 = 1 THEN '["08:00"]' ELSE NULL END`,
  filters: `CASE WHEN i % 10 = 3 THEN '["gov:iq-kirkuk"]' WHEN i % 10 = 7 THEN '["tag:t1"]' WHEN i % 25 = 4 THEN '["tag:none-such"]' ELSE '[]' END`,
  hadDigest: `i % 5 <> 2`,
  hadFourth: `i % 4 = 0`,
};

function mixedChat(i: number): Chat {
  return {
    id: i,
    type: i % 50 === 0 ? 'group' : 'private',
    title: null,
    language: i % 10 < 6 ? 'ar' : i % 10 < 9 ? 'en' : null,
    subscribed: true,
    threadId: null,
    status: i % 101 === 0 ? 'blocked' : 'active',
    filters:
      i % 10 === 3 ? ['gov:iq-kirkuk'] : i % 10 === 7 ? ['tag:t1'] : i % 25 === 4 ? ['tag:none-such'] : [],
    slots: i % 10 === 0 ? ['20:00'] : i % 20 === 1 ? ['08:00'] : null,
    createdAt: 0,
    updatedAt: 0,
    lastSeenAt: 0,
  };
}

const briefingId = (n: number) => `briefing-${String(n).padStart(3, '0')}`;

/** Eight briefings made from the one in content/: tags t0–t2, incidents (in Kirkuk) on the even ones. */
async function candidates(): Promise<ContentRepository> {
  const { articles } = await loadContentDir(join(projectRoot, 'content'), silent);
  const model = articles[0]!;
  const made: Article[] = Array.from({ length: CANDIDATES }, (_, k) => ({
    ...model,
    briefing: {
      ...model.briefing,
      id: briefingId(k + 1),
      published: `2026-11-${String(k + 1).padStart(2, '0')}`,
      tags: [`t${k % 3}`],
      incidents: k % 2 === 0 ? model.briefing.incidents : [],
    },
  }));
  return new ContentRepository({ articles: made, problems: [] });
}

interface Seeder {
  exec(statement: string): Promise<void>;
  count(statement: string): Promise<number>;
  close(): Promise<void>;
}

async function seeder(location: string): Promise<Seeder> {
  if (!location.startsWith('postgres')) {
    const db = new Database(location);
    return {
      exec: async (statement) => void db.exec(statement),
      count: async (statement) => Number((db.prepare(statement).pluck().get() as number | bigint) ?? 0),
      close: async () => void db.close(),
    };
  }
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  return {
    exec: async (statement) => void (await client.query(statement)),
    count: async (statement) => Number((await client.query<{ n: string }>(statement)).rows[0]!.n),
    close: () => client.end(),
  };
}

/** Subscribers plus yesterday's digest (job 1): chats, deliveries and planned briefings, each one INSERT … SELECT. */
async function seed(location: string, n: number): Promise<void> {
  const store = await openStore(storeOptions(location)); // migrates
  await store.jobs.create({ kind: 'digest', key: 'digest:yesterday', payload: null }, []);
  await store.close();
  const db = await seeder(location);
  const postgres = location.startsWith('postgres');
  const series = postgres
    ? (body: string) => `${body.replaceAll('FROM series', `FROM generate_series(1, ${n}) AS s(i)`)}`
    : (body: string) =>
        `WITH RECURSIVE series(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM series WHERE i < ${n}) ${body}`;
  try {
    await db.exec('BEGIN');
    await db.exec(
      series(`INSERT INTO chats (id, type, title, language, subscribed, status, filters, slots, created_at, updated_at, last_seen_at)
        SELECT i, ${MIX.type}, NULL, ${MIX.language}, 1, ${MIX.status}, ${MIX.filters}, ${MIX.slots}, 0, 0, 0 FROM series`),
    );
    await db.exec(
      series(`INSERT INTO deliveries (job_id, chat_id, thread_id, payload, state, updated_at, outcome_at)
        SELECT 1, i, NULL, '{}', 'sent', 0, 0 FROM series WHERE ${MIX.hadDigest}`),
    );
    await db.exec(
      series(`INSERT INTO planned_briefings (chat_id, job_id, briefing_ids)
        SELECT i, 1, CASE WHEN ${MIX.hadFourth} THEN '${[1, 2, 3, 4].map(briefingId).join(' ')}'
          ELSE '${[1, 2, 3].map(briefingId).join(' ')}' END
        FROM series WHERE ${MIX.hadDigest}`),
    );
    await db.exec(`UPDATE jobs SET state = 'finished' WHERE id = 1`);
    await db.exec('COMMIT');
    // A live database has its statistics; a fresh bulk load has none until autovacuum comes by.
    await db.exec(postgres ? 'ANALYZE' : 'PRAGMA optimize');
  } finally {
    await db.close();
  }
}

/** What the pure planner gives for the mix: deliveries and reservations the plan must write. */
async function expected(n: number): Promise<{ deliveries: number; reservations: number }> {
  const content = await candidates();
  const context = digestPlanContext(
    content.list().map((a) => a.briefing),
    MAX_ITEMS,
    'ar',
  );
  const had = [1, 2, 3].map(briefingId);
  let deliveries = 0;
  let reservations = 0;
  for (let i = 1; i <= n; i++) {
    const chat = mixedChat(i);
    if (chat.status !== 'active' || (chat.slots !== null && !chat.slots.includes('08:00'))) continue;
    const history = new Map<number, Set<string>>();
    if (i % 5 !== 2) history.set(i, new Set(i % 4 === 0 ? [...had, briefingId(4)] : had));
    for (const d of planDigestBatch([chat], history, context)) {
      deliveries++;
      reservations += d.briefingIds!.length;
    }
  }
  return { deliveries, reservations };
}

function storeOptions(location: string) {
  return location.startsWith('postgres') ? { databaseUrl: location } : { databasePath: location };
}

interface PlanResult {
  ms: number;
  /** CPU time of the process (user + system): what the machine's other load inflates least. */
  cpuMs: number;
  maxRssKb: number;
  /** With `--statements` on PostgreSQL: the server's CPU per statement kind. */
  statements?: StatementCpu[];
}

/** Set in the plan's process when the parent was given `--statements`. */
const TRACE_STATEMENTS = 'DIGEST_PLAN_STATEMENTS';

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** The measured work, in its own process: one morning slot through the digest service. */
async function plan(location: string, batchSize?: number): Promise<PlanResult> {
  const trace =
    process.env[TRACE_STATEMENTS] === '1' && location.startsWith('postgres')
      ? traceStatementCpu()
      : undefined;
  const content = await candidates();
  const store = await openStore(storeOptions(location));
  const digests = createDigestService({
    store,
    content,
    maxItems: MAX_ITEMS,
    defaultLanguage: 'ar',
    reloadContent: async () => undefined,
    syncChannels: async () => undefined,
    owner: 'bench:1:plan',
    leaseMs: 30_000,
    runJobs: async () => undefined,
    ...(batchSize !== undefined && { planBatchSize: batchSize }),
    log: silent,
  });
  const started = performance.now();
  const cpu = process.cpuUsage();
  await digests.runSlot(SLOT);
  const ms = performance.now() - started;
  const cpuUsed = cpuMs(cpu);
  await store.close();
  return {
    ms,
    cpuMs: cpuUsed,
    maxRssKb: process.resourceUsage().maxRSS,
    ...(trace && { statements: trace.report() }),
  };
}

/** Opening the store and nothing else: the memory floor of a node + tsx + store process. */
async function idle(location: string): Promise<PlanResult> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const store = await openStore(storeOptions(location));
  await store.close();
  return { ms: performance.now() - started, cpuMs: cpuMs(cpu), maxRssKb: process.resourceUsage().maxRSS };
}

const PHASES = { plan, idle } as const;
type Phase = keyof typeof PHASES;

/** `--cpu-prof DIR`: each plan's process writes a V8 CPU profile there (bench/support/profile-summary.ts). */
let profileDir: string | undefined;
/** `--statements`: the plan's process counts PostgreSQL's CPU per statement kind. */
let traceStatements = false;

function runChild(phase: Phase, location: string, batchSize?: number): PlanResult {
  const profile =
    phase === 'plan' && profileDir !== undefined ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawnSync(
    process.execPath,
    [
      ...profile,
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--phase',
      phase,
      location,
      ...(batchSize !== undefined ? [String(batchSize)] : []),
    ],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, [TRACE_STATEMENTS]: traceStatements ? '1' : '0' },
    },
  );
  if (child.status !== 0) throw new Error(`phase ${phase} failed (${child.status}): ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as PlanResult;
}

async function countPlanned(location: string): Promise<{ deliveries: number; reservations: number }> {
  const db = await seeder(location);
  try {
    return {
      deliveries: await db.count(`SELECT count(*) AS n FROM deliveries WHERE job_id = 2`),
      // (chat, briefing) pairs: the ids in each row's space-separated list.
      reservations: await db.count(
        `SELECT coalesce(sum(length(briefing_ids) - length(replace(briefing_ids, ' ', '')) + 1), 0) AS n
         FROM planned_briefings WHERE job_id = 2`,
      ),
    };
  } finally {
    await db.close();
  }
}

/**
 * CPU time (ms) the PostgreSQL server's finished backends used so far: the postmaster's reaped
 * children (/proc cutime + cstime). A plan's connections end with its process, so the difference
 * around it is the server's share of the plan. null when /proc cannot tell (SQLite: no server).
 */
async function serverCpuMs(location: string): Promise<number | null> {
  if (!location.startsWith('postgres')) return null;
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  let dir: string;
  try {
    dir = (await client.query<{ data_directory: string }>('SHOW data_directory')).rows[0]!.data_directory;
  } finally {
    await client.end();
  }
  // Our own connection has just ended too: give the postmaster a moment to reap it.
  await new Promise((resolve) => setTimeout(resolve, 200));
  try {
    const pid = readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]!.trim();
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // After "pid (comm) ": state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** The server's CPU per statement kind, per batch (a batch updates its job row once). */
function printStatements(statements: StatementCpu[]): void {
  const batches = Math.max(
    1,
    ...statements.filter((s) => /jobs|write batch/.test(s.kind)).map((s) => s.calls),
  );
  const total = statements.reduce((sum, s) => sum + s.serverMs, 0);
  console.log(
    `  PostgreSQL CPU by statement (${batches} batches; ${(total / 1000).toFixed(2)} s in statements):`,
  );
  for (const s of statements)
    console.log(
      `    ${s.kind.padEnd(34)} ${String(s.calls).padStart(6)} calls ${(s.serverMs / 1000).toFixed(2).padStart(6)} s ` +
        `(${(s.serverMs / batches).toFixed(2)} ms a batch), wall ${(s.wallMs / 1000).toFixed(2)} s`,
    );
}

interface Measured {
  n: number;
  ms: number;
  cpuMs: number;
  rssMb: number;
}

async function measure(
  dialect: string,
  sizes: number[],
  batchSize: number | undefined,
  database: () => Promise<{ location: string; drop: () => Promise<void> }>,
): Promise<void> {
  const results: Measured[] = [];
  for (const n of sizes) {
    const db = await database();
    try {
      const seedStarted = performance.now();
      await seed(db.location, n);
      const seedMs = performance.now() - seedStarted;
      const floor = runChild('idle', db.location);
      const serverBefore = await serverCpuMs(db.location);
      const run = runChild('plan', db.location, batchSize);
      const serverAfter = await serverCpuMs(db.location);
      const server =
        serverBefore !== null && serverAfter !== null
          ? `, PostgreSQL backends ${((serverAfter - serverBefore) / 1000).toFixed(2)} s CPU`
          : '';
      const got = await countPlanned(db.location);
      const want = await expected(n);
      const right = got.deliveries === want.deliveries && got.reservations === want.reservations;
      const rssMb = run.maxRssKb / 1024;
      results.push({ n, ms: run.ms, cpuMs: run.cpuMs, rssMb });
      if (run.statements) printStatements(run.statements);
      console.log(
        `${dialect} ${n.toLocaleString('en')} subscribers: plan ${(run.ms / 1000).toFixed(2)} s ` +
          `(planner ${(run.cpuMs / 1000).toFixed(2)} s CPU${server}), ` +
          `${((run.ms * 1000) / n).toFixed(2)} µs per subscriber, peak RSS ${rssMb.toFixed(0)} MB ` +
          `(an idle store process: ${(floor.maxRssKb / 1024).toFixed(0)} MB); ` +
          `${got.deliveries.toLocaleString('en')} deliveries + ${got.reservations.toLocaleString('en')} reservations ` +
          `${right ? 'as planned' : `EXPECTED ${want.deliveries} + ${want.reservations}`} (seed ${(seedMs / 1000).toFixed(1)} s, not measured)`,
      );
    } finally {
      await db.drop();
    }
  }
  const base = results.find((r) => r.n === sizes[0]);
  for (const r of results) {
    if (!base || r === base) continue;
    console.log(
      `${dialect} linearity: ${r.n.toLocaleString('en')} time / (${r.n / base.n} × ${base.n.toLocaleString('en')} time) = ${ratio(r.ms, (base.ms * r.n) / base.n)}; planner CPU: ${ratio(r.cpuMs, (base.cpuMs * r.n) / base.n)}`,
    );
  }
  const million = results.find((r) => r.n === 1_000_000);
  if (million) {
    const met = (ok: boolean) => (ok ? 'target met' : 'target NOT met');
    console.log(
      `${dialect} 1,000,000 in under ${TARGET_MS / 1000} s: ${(million.ms / 1000).toFixed(2)} s, ${met(million.ms < TARGET_MS)}`,
    );
    console.log(
      `${dialect} 1,000,000 under ${TARGET_RSS_MB} MB peak RSS: ${million.rssMb.toFixed(0)} MB, ${met(million.rssMb < TARGET_RSS_MB)}`,
    );
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--phase') {
    const [, phase, location, batch] = args;
    if (!(phase! in PHASES) || !location) throw new Error(`bad phase ${phase}`);
    const result = await PHASES[phase as Phase](location, batch === undefined ? undefined : Number(batch));
    console.log(JSON.stringify(result));
    return;
  }
  const profileAt = args.indexOf('--cpu-prof');
  if (profileAt >= 0) profileDir = args.splice(profileAt, 2)[1];
  const statementsAt = args.indexOf('--statements');
  if (statementsAt >= 0) traceStatements = args.splice(statementsAt, 1).length === 1;
  const batchAt = args.indexOf('--batch');
  const batchSize = batchAt >= 0 ? Number(args.splice(batchAt, 2)[1]) : undefined;
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0))
    throw new Error('--batch needs a positive integer');
  const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
  const only = args.find((a) => a === '--sqlite' || a === '--postgres');
  console.log(
    `digest plan: one morning slot, ${CANDIDATES} candidate briefings, at most ${MAX_ITEMS} per digest; ` +
      `mix: 1/50 groups, ar/en/none 60/30/10 %, 1/101 blocked, 1/10 evening-only, 1/20 morning-only, ` +
      `1/10 follow a governorate, 1/10 a tag, 1/25 a tag nobody has, 4/5 had yesterday's digest; ` +
      `${batchSize === undefined ? "the store's default number of" : batchSize.toLocaleString('en')} subscribers per batch`,
  );
  const sizesToRun = sizes.length > 0 ? sizes : DEFAULT_SIZES;
  if (only !== '--postgres') {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-bench-plan-'));
    let made = 0;
    try {
      await measure('sqlite', sizesToRun, batchSize, async () => {
        const location = join(dir, `plan-${++made}.db`);
        const drop = async () => {
          for (const suffix of ['', '-wal', '-shm']) rmSync(location + suffix, { force: true });
        };
        return { location, drop };
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (only === '--sqlite') return;
  if (!findPostgresBinaries()) {
    console.log('postgres: skipped (no initdb/pg_ctl; apt-get install postgresql)');
    return;
  }
  let server: PostgresServer | undefined;
  try {
    server = await startPostgres();
    const info = server;
    await measure('postgres', sizesToRun, batchSize, async () => {
      const db = await createDatabase(info);
      return { location: db.url, drop: db.drop };
    });
  } finally {
    server?.stop();
  }
}

await main();
