/**
 * CPU of this process per call of the store's statements that every update or reply makes (the
 * chat read, the webhook's claim, the shared budget's reservation and pause read), on SQLite and,
 * when its binaries are installed, PostgreSQL; as ratios to the store's `ping` (one trivial query
 * through the same stack) measured in the same run. On SQLite the same reservation written
 * directly on better-sqlite3 is printed beside it: the floor.
 *
 *   npx tsx bench/store-hot.ts [calls per figure=2000] [rounds=3]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openStore } from '../src/store/open.js';
import type { RateRequest, Store } from '../src/store/store.js';
import { createDatabase, findPostgresBinaries, startPostgres } from '../tests/support/postgres.js';
import { ratio } from './support/format.js';
import { median } from './support/stats.js';

const calls = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 3);
const CHATS = 1000;

const send = { key: 'send', intervalMs: 1030 / 1000, burst: 1 };
const requests = (n: number, from: number): RateRequest[] =>
  Array.from({ length: n }, (_, i) => ({
    keys: [send, { key: `chat:${from + ((i * 7) % CHATS)}`, intervalMs: 1030 / 100, burst: 1 }],
    notBefore: 0,
  }));

/** Microseconds of CPU per call of `op`, over `calls` calls made one after the other. */
async function cpuPerCall(op: (i: number) => unknown): Promise<number> {
  for (let i = 0; i < calls / 10; i++) await op(i);
  const before = process.cpuUsage();
  for (let i = 0; i < calls; i++) await op(i);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / calls;
}

async function measure(name: string, store: Store, floor?: (i: number) => unknown): Promise<void> {
  const ids = Array.from({ length: CHATS }, (_, i) => 700_000 + i);
  for (const id of ids) await store.chats.seen({ id, type: 'private', title: null, language: null });
  await store.rates.reserveMany(requests(CHATS, 700_000));
  let updateId = 1;
  const ops: Array<[string, (i: number) => unknown]> = [
    ['ping (baseline)', () => store.ping()],
    [
      'chats.getMany, 100 ids',
      (i) => store.chats.getMany(ids.slice((i * 100) % CHATS, ((i * 100) % CHATS) + 100)),
    ],
    ['chats.get', (i) => store.chats.get(ids[i % CHATS]!)],
    [
      'updates.claimMany, 10 ids',
      () => store.updates.claimMany(Array.from({ length: 10 }, () => updateId++)),
    ],
    ['rates.pausedUntil', () => store.rates.pausedUntil('send')],
    ['rates.reserveMany, 4 sends', (i) => store.rates.reserveMany(requests(4, 700_000 + i))],
    ['rates.reserveMany, 13 sends', (i) => store.rates.reserveMany(requests(13, 700_000 + i))],
    ...(floor
      ? [['the 13 sends on better-sqlite3 directly', floor] as [string, (i: number) => unknown]]
      : []),
  ];
  const samples = new Map<string, number[]>();
  for (let round = 0; round < rounds; round++)
    for (const [label, op] of ops) samples.set(label, [...(samples.get(label) ?? []), await cpuPerCall(op)]);
  const base = median(samples.get('ping (baseline)')!);
  for (const [label, values] of samples)
    console.log(
      `store-hot ${name}: ${label.padEnd(40)} ${median(values).toFixed(1).padStart(7)} µs CPU per call` +
        ` [${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}] = ${ratio(median(values), base)} ping`,
    );
}

/** The 13-send reservation as hand-written statements on better-sqlite3: what the work itself costs. */
function rawReservation(path: string): (i: number) => unknown {
  const db = new BetterSqlite3(path);
  const select = db.prepare('SELECT tat, paused_until FROM rate_limits WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO rate_limits (key, tat) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET tat = excluded.tat',
  );
  const reserve = db.transaction((reqs: RateRequest[]) => {
    for (const r of reqs)
      for (const k of r.keys) {
        const row = select.get(k.key) as { tat: number } | undefined;
        upsert.run(k.key, (row?.tat ?? 0) + k.intervalMs);
      }
  });
  return (i) => reserve.immediate(requests(13, 700_000 + i));
}

const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'mawjaz-store-hot-'));
try {
  const path = join(dir, 'hot.db');
  const sqlite = await openStore({ databasePath: path });
  try {
    await measure('sqlite', sqlite, rawReservation(path));
  } finally {
    await sqlite.close();
  }
  if (findPostgresBinaries() !== null) {
    const server = await startPostgres();
    try {
      const database = await createDatabase(server);
      const pg = await openStore({ databaseUrl: database.url, poolSize: 2 });
      try {
        await measure('postgres', pg);
      } finally {
        await pg.close();
        await database.drop();
      }
    } finally {
      server.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
