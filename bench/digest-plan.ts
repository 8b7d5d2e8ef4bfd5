/**
 * How long planning one digest for 100,000 subscribers takes, and how much memory it needs,
 * relative to a baseline measured in the same run on the same disk: inserting 100,000 plain rows
 * in one transaction, in a process of its own.
 *
 *   npx tsx bench/digest-plan.ts
 *
 * Each phase runs in a fresh child process so that its peak RSS (process.resourceUsage().maxRSS)
 * is its own. Plain text lines on stdout.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openStore } from '../src/store/open.js';
import type { NewDelivery } from '../src/store/store.js';

const SUBSCRIBERS = 100_000;
const BATCH = 1000;
/** Today's candidates; the previous digest already carried the first PREVIOUSLY_DELIVERED of them. */
const CANDIDATES = Array.from({ length: 8 }, (_, i) => `briefing-${String(i + 1).padStart(3, '0')}`);
const PREVIOUSLY_DELIVERED = 3;
/** Chats that chose only the evening slot, so the morning plan skips them. */
const EVENING_ONLY_EVERY = 10;
const ROUNDS = 3;

interface PhaseResult {
  ms: number;
  /** Extra timings, ms. */
  parts?: Record<string, number>;
  maxRssKb: number;
  counts?: Record<string, number>;
}

function finish(started: number, extra: Omit<PhaseResult, 'ms' | 'maxRssKb'> = {}): PhaseResult {
  return { ms: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS, ...extra };
}

/** The baseline: 100,000 rows of delivery-like size in one transaction, same pragmas as the store. */
function baseline(dbPath: string): PhaseResult {
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE plain (id INTEGER PRIMARY KEY, thread_id INTEGER, payload TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO plain (id, thread_id, payload) VALUES (?, NULL, ?)');
  const started = performance.now();
  db.transaction(() => {
    for (let id = 1; id <= SUBSCRIBERS; id++)
      insert.run(id, JSON.stringify({ briefingIds: CANDIDATES.slice(PREVIOUSLY_DELIVERED) }));
  })();
  const result = finish(started);
  db.close();
  return result;
}

/**
 * Subscribers plus yesterday's digest (so every chat has a delivery history). The chats are
 * written with plain SQL in one transaction: through the API it would be 200,000 transactions,
 * which measures fsync, not planning.
 */
async function seed(dbPath: string): Promise<PhaseResult> {
  const started = performance.now();
  const store = await openStore({ databasePath: dbPath });
  const raw = new Database(dbPath);
  const insert = raw.prepare(`
    INSERT INTO chats (id, type, title, language, subscribed, status, slots, created_at, updated_at, last_seen_at)
    VALUES (?, 'private', NULL, 'ar', 1, 'active', ?, 0, 0, 0)`);
  raw.transaction(() => {
    for (let id = 1; id <= SUBSCRIBERS; id++)
      insert.run(id, id % EVENING_ONLY_EVERY === 0 ? '["evening"]' : null);
  })();
  raw.close();
  const previous = CANDIDATES.slice(0, PREVIOUSLY_DELIVERED);
  const history: NewDelivery[] = Array.from({ length: SUBSCRIBERS }, (_, i) => ({
    chatId: i + 1,
    threadId: null,
    payload: { briefingIds: previous },
    briefingIds: previous,
  }));
  await store.jobs.create({ kind: 'digest', key: 'digest:yesterday', payload: null }, history);
  await store.close();
  return finish(started);
}

/** The measured work: read subscribers and their delivered sets in batches, then create the job. */
async function plan(dbPath: string): Promise<PhaseResult> {
  const store = await openStore({ databasePath: dbPath });
  const started = performance.now();
  const recipients: NewDelivery[] = [];
  let reservations = 0;
  for await (const batch of store.chats.subscribers({ batchSize: BATCH, slot: 'morning' })) {
    const delivered = await store.briefings.deliveredMany(
      batch.map((c) => c.id),
      CANDIDATES,
    );
    for (const chat of batch) {
      const seen = delivered.get(chat.id);
      const briefingIds = seen ? CANDIDATES.filter((id) => !seen.has(id)) : CANDIDATES;
      if (briefingIds.length === 0) continue;
      recipients.push({ chatId: chat.id, threadId: chat.threadId, payload: { briefingIds }, briefingIds });
      reservations += briefingIds.length;
    }
  }
  const read = performance.now() - started;
  const job = await store.jobs.create(
    { kind: 'digest', key: 'digest:today morning', payload: null },
    recipients,
  );
  const result = finish(started, {
    parts: { read, create: performance.now() - started - read },
    counts: { recipients: job?.total ?? 0, reservations },
  });
  await store.close();
  return result;
}

/** Opening the store and nothing else: the memory floor of a node + tsx + store process. */
async function idle(dbPath: string): Promise<PhaseResult> {
  const started = performance.now();
  const store = await openStore({ databasePath: dbPath });
  await store.close();
  return finish(started);
}

const PHASES = { baseline, seed, plan, idle } as const;
type Phase = keyof typeof PHASES;

function runChild(phase: Phase, dbPath: string): PhaseResult {
  const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), phase, dbPath],
    {
      cwd: projectRoot,
      encoding: 'utf8',
    },
  );
  if (child.status !== 0) throw new Error(`phase ${phase} failed (${child.status}): ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as PhaseResult;
}

const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
const ms = (t: number) => `${t.toFixed(0)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
const best = (results: PhaseResult[]) => results.reduce((a, b) => (b.ms < a.ms ? b : a));

async function main(): Promise<void> {
  const [phase, dbPath] = process.argv.slice(2);
  if (phase && dbPath) {
    if (!(phase in PHASES)) throw new Error(`unknown phase ${phase}`);
    console.log(JSON.stringify(await PHASES[phase as Phase](dbPath)));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-bench-'));
  try {
    // Interleaved rounds, best of each: the machine's background noise hits both sides alike.
    const bases: PhaseResult[] = [];
    const plans: PhaseResult[] = [];
    let seedMs = 0;
    let floorKb = 0;
    for (let round = 0; round < ROUNDS; round++) {
      bases.push(runChild('baseline', join(dir, `baseline-${round}.db`)));
      const store = join(dir, `store-${round}.db`);
      seedMs = runChild('seed', store).ms;
      floorKb = runChild('idle', store).maxRssKb;
      plans.push(runChild('plan', store));
    }
    const base = best(bases);
    const planned = best(plans);
    const { read = 0, create = 0 } = planned.parts ?? {};
    const { recipients = 0, reservations = 0 } = planned.counts ?? {};
    console.log(
      `digest plan: ${SUBSCRIBERS} subscribers (1 in ${EVENING_ONLY_EVERY} evening-only), ${CANDIDATES.length} candidate briefings, ${PREVIOUSLY_DELIVERED} already delivered to each; best of ${ROUNDS} rounds`,
    );
    console.log(`seed (not measured): ${ms(seedMs)}`);
    console.log(
      `baseline: insert ${SUBSCRIBERS} plain rows in one transaction: ${ms(base.ms)} (rounds: ${bases.map((r) => ms(r.ms)).join(', ')}), process maxRSS ${mb(base.maxRssKb)}`,
    );
    console.log(`plan: read subscribers + delivered sets: ${ms(read)}`);
    console.log(
      `plan: create job with ${recipients} deliveries + ${reservations} reservations: ${ms(create)}`,
    );
    console.log(
      `plan: total ${ms(planned.ms)} (rounds: ${plans.map((r) => ms(r.ms)).join(', ')}) = ${ratio(planned.ms, base.ms)} baseline time`,
    );
    console.log(
      `plan: process maxRSS ${mb(planned.maxRssKb)} = ${ratio(planned.maxRssKb, base.maxRssKb)} baseline; above an idle store process (${mb(floorKb)}): ${mb(planned.maxRssKb - floorKb)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
