import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { sqliteDialect } from '../../src/store/sql/dialect.js';
import { sqlChats } from '../../src/store/sql/chats.js';
import { sqlRates } from '../../src/store/sql/rates.js';
import { NOT_NOW, sqliteDirect } from '../../src/store/sql/sqlite-direct.js';
import { openSqlite } from '../../src/store/sql/sqlite.js';
import { sqlUpdates } from '../../src/store/sql/updates.js';
import { preparedOnce } from '../../src/store/sql/statement-cache.js';
import { tempDir } from './helpers.js';

const BUSY_TIMEOUT_MS = 5_000;
const chat = (id: number) => ({ key: `chat:${id}`, intervalMs: 1_000, burst: 1 });
const overall = { key: 'send', intervalMs: 10, burst: 1 };

/** The store's parts over one SQLite file, as openStore wires them, and a second raw connection to it. */
function openParts() {
  const tmp = tempDir();
  const { db, direct } = openSqlite(tmp.dbPath, BUSY_TIMEOUT_MS);
  const dialect = sqliteDialect(BUSY_TIMEOUT_MS);
  const other = new BetterSqlite3(tmp.dbPath);
  onTestFinished(async () => {
    other.close();
    await db.destroy();
    tmp.cleanup();
  });
  return {
    db,
    dialect,
    other,
    rates: sqlRates(db, dialect, direct),
    chats: sqlChats(db, dialect, () => 1_000, direct),
    updates: sqlUpdates(db, dialect, () => 1_000, direct),
  };
}

/** Whether `promise` has settled after the event loop has turned a few times (timers included). */
async function settledAfterTurns(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  return settled;
}

describe('SQLite: the hot statements on the connection directly', () => {
  it('reserves without Kysely: a reservation completes while Kysely holds the connection outside any transaction', async () => {
    const { db, rates } = openParts();
    // Kysely's driver has one connection: its own path would wait for this callback to end, forever.
    const times = await db.connection().execute(() => rates.reserveMany([{ keys: [chat(1)], notBefore: 0 }]));
    expect(times).toEqual([0]);
    expect(await rates.reserve([chat(1)], 0)).toBe(1_000);
  });

  it('waits, without blocking the event loop, while another process holds the write lock, then reserves', async () => {
    const { rates, updates, other } = openParts();
    expect(await rates.reserve([chat(1)], 0)).toBe(0);
    other.exec('BEGIN IMMEDIATE');
    other
      .prepare(
        "INSERT INTO rate_limits (key, tat) VALUES ('chat:1', 5000) ON CONFLICT (key) DO UPDATE SET tat = excluded.tat",
      )
      .run();
    const reserved = rates.reserveMany([{ keys: [chat(1), overall], notBefore: 0 }]);
    const claimed = updates.claimMany([7, 8]);
    // Had either waited inside the driver (busy_timeout), this process could not have reached here
    // to commit the other connection's transaction, and both would fail with SQLITE_BUSY.
    expect(await settledAfterTurns(reserved)).toBe(false);
    expect(await settledAfterTurns(claimed)).toBe(false);
    other.exec('COMMIT');
    // The other process's write was waited for and read.
    expect(await reserved).toEqual([5_000]);
    expect(await claimed).toEqual([true, true]);
    expect(await rates.reserve([chat(1)], 0)).toBe(6_000);
    expect(await updates.claimMany([8, 9])).toEqual([false, true]);
  });

  it('inside a Kysely transaction on the same connection: waits for it and sees what it committed, no nested transaction', async () => {
    const { db, dialect, rates, updates } = openParts();
    let pending: Promise<number[]> | undefined;
    let pendingClaim: Promise<boolean[]> | undefined;
    await dialect.transaction(db, async (trx) => {
      await trx.insertInto('rate_limits').values({ key: 'chat:1', tat: 3_000 }).execute();
      pending = rates.reserveMany([
        { keys: [chat(1)], notBefore: 0 },
        { keys: [chat(1)], notBefore: 0 },
      ]);
      pendingClaim = updates.claimMany([1, 2]);
      await trx.insertInto('handled_updates').values({ update_id: 2, handled_at: 1 }).execute();
      // Neither runs inside this transaction: they wait for it.
      expect(await settledAfterTurns(pending)).toBe(false);
      await trx.updateTable('rate_limits').set({ tat: 4_000 }).where('key', '=', 'chat:1').execute();
    });
    expect(await pending).toEqual([4_000, 5_000]);
    expect(await pendingClaim).toEqual([true, false]);
  });

  it('never reads a transaction left open on the connection: a rolled-back change is not seen', async () => {
    const { db, dialect, chats } = openParts();
    await chats.seen({ id: 5, type: 'private', title: null, language: null });
    let read: Promise<unknown> | undefined;
    let readMany: Promise<unknown> | undefined;
    await expect(
      dialect.transaction(db, async (trx) => {
        await trx.updateTable('chats').set({ language: 'en' }).where('id', '=', 5).execute();
        read = chats.get(5);
        readMany = chats.getMany([5, 6]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await read).toMatchObject({ id: 5, language: null });
    expect(await readMany).toEqual([expect.objectContaining({ id: 5, language: null }), null]);
  });

  it('restores the busy timeout in force after a refusal, and refuses inside an open transaction', () => {
    const tmp = tempDir();
    onTestFinished(tmp.cleanup);
    const first = new BetterSqlite3(join(tmp.dir, 'x.db'));
    const second = new BetterSqlite3(join(tmp.dir, 'x.db'));
    onTestFinished(() => {
      first.close();
      second.close();
    });
    first.pragma('journal_mode = WAL');
    first.exec('CREATE TABLE t (n INTEGER)');
    first.pragma('busy_timeout = 1234');
    const direct = sqliteDirect(first, preparedOnce(first));
    second.exec('BEGIN IMMEDIATE');
    expect(direct.immediate((run) => run('INSERT INTO t VALUES (1)', []))).toBe(NOT_NOW);
    expect(first.pragma('busy_timeout', { simple: true })).toBe(1234);
    second.exec('ROLLBACK');
    expect(direct.immediate((run) => run('INSERT INTO t VALUES (?)', [2]))).toEqual([]);
    expect(direct.all('SELECT n FROM t', [])).toEqual([{ n: 2 }]);
    first.exec('BEGIN');
    expect(direct.all('SELECT n FROM t', [])).toBe(NOT_NOW);
    expect(direct.immediate(() => 1)).toBe(NOT_NOW);
    first.exec('ROLLBACK');
    // Work that throws is rolled back.
    expect(() =>
      direct.immediate((run) => {
        run('INSERT INTO t VALUES (3)', []);
        throw new Error('no');
      }),
    ).toThrow('no');
    expect(first.inTransaction).toBe(false);
    expect(direct.all('SELECT n FROM t', [])).toEqual([{ n: 2 }]);
  });
});
