import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { migrateSqlite as applyMigrations } from '../../src/store/sql/migrate-sqlite.js';
import { SQLITE_MIGRATIONS as MIGRATIONS } from '../../src/store/sql/migrations-sqlite.js';
import { openStore } from '../../src/store/open.js';
import type { Database as Tables } from '../../src/store/sql/database.js';
import { migratePostgres } from '../../src/store/sql/migrate-postgres.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/sql/migrations-postgres.js';
import { dialects, storeOptions, tempDatabase, tempDir } from './helpers.js';
import { spawnFixture } from './spawn-fixture.js';

const OPEN_FIXTURE = fileURLToPath(new URL('./fixtures/open.ts', import.meta.url));

describe('migrations', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('creates the folder, applies every migration on a fresh file, and keeps data on re-open', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const first = await openStore({ databasePath: tmp.dbPath });
    await first.chats.seen({ id: 42, type: 'private', title: 'Ali' });
    await first.close();

    const raw = new Database(tmp.dbPath, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();

    const second = await openStore({ databasePath: tmp.dbPath });
    expect((await second.chats.get(42))?.title).toBe('Ali');
    await second.close();
  });

  it('applies only the migrations not yet applied, and refuses a newer schema', () => {
    const db = new Database(':memory:');
    expect(applyMigrations(db, ['CREATE TABLE a (x INTEGER)'])).toBe(1);
    // Re-running the first migration would fail: "table a already exists".
    expect(applyMigrations(db, ['CREATE TABLE a (x INTEGER)', 'CREATE TABLE b (y INTEGER)'])).toBe(2);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('a', 'b')").get()).toEqual({
      n: 2,
    });
    expect(() => applyMigrations(db, ['CREATE TABLE a (x INTEGER)'])).toThrow(/newer than this code/);
    db.close();
  });

  it('rolls a failing migration back entirely', () => {
    const db = new Database(':memory:');
    expect(() => applyMigrations(db, ['CREATE TABLE a (x INTEGER); CREATE TABLE broken ('])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'a'").get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('migrations on an existing SQLite file', () => {
  it('upgrades a database of the previous schema and keeps its data', async () => {
    const tmp = tempDir();
    onTestFinished(tmp.cleanup);
    mkdirSync(dirname(tmp.dbPath), { recursive: true });
    const old = new Database(tmp.dbPath);
    // What the code before the shared send budget created: the first two migrations.
    expect(applyMigrations(old, MIGRATIONS.slice(0, 2))).toBe(2);
    old
      .prepare(
        "INSERT INTO chats (id, type, created_at, updated_at, last_seen_at) VALUES (-1001234567890, 'supergroup', 1, 1, 1)",
      )
      .run();
    old.close();

    const store = await openStore({ databasePath: tmp.dbPath });
    expect(await store.chats.get(-1001234567890)).toMatchObject({ type: 'supergroup', createdAt: 1 });
    expect(await store.rates.reserve([{ key: 'global', intervalMs: 100, burst: 1 }], 5)).toBe(5);
    await store.close();
    const raw = new Database(tmp.dbPath, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    raw.close();
  });
});

describe('the intake job kind on an existing SQLite file', () => {
  it('rebuilds the jobs table with its rows, deliveries and plans, and takes intake jobs', async () => {
    const tmp = tempDir();
    onTestFinished(tmp.cleanup);
    mkdirSync(dirname(tmp.dbPath), { recursive: true });
    const old = new Database(tmp.dbPath);
    old.pragma('foreign_keys = ON');
    // The schema before the intake job kind, with a digest half sent.
    expect(applyMigrations(old, MIGRATIONS.slice(0, INTAKE_KIND))).toBe(INTAKE_KIND);
    expect(() => insertJob(old, 'intake', 'intake:1')).toThrow(/CHECK constraint/);
    const jobId = insertJob(old, 'digest', 'digest:1');
    old.exec(`INSERT INTO deliveries (job_id, chat_id, payload, state, updated_at) VALUES
      (${jobId}, 7, '{}', 'sent', 1), (${jobId}, 8, '{}', 'pending', 1);
      INSERT INTO planned_briefings (chat_id, job_id, briefing_ids) VALUES (7, ${jobId}, 'a b');`);
    old.close();

    const store = await openStore({ databasePath: tmp.dbPath });
    expect(await store.jobs.get(jobId)).toMatchObject({ kind: 'digest', key: 'digest:1', total: 2 });
    expect(await store.jobs.progress(jobId)).toMatchObject({ sent: 1, pending: 1, total: 2 });
    expect(await store.briefings.delivered(7)).toEqual(new Set(['a', 'b']));
    const intake = await store.jobs.create({ kind: 'intake', key: 'intake:1', payload: {} }, [
      { chatId: 9, threadId: null, payload: {} },
    ]);
    expect(intake).toMatchObject({ kind: 'intake', total: 1 });
    expect((await store.jobs.acquire('A', 1000))?.id).toBe(jobId);
    await store.close();

    const raw = new Database(tmp.dbPath, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    // The deliveries still reference the jobs table (now the rebuilt one), cascade and all.
    expect(raw.pragma('foreign_key_list(deliveries)')).toMatchObject([
      { table: 'jobs', on_delete: 'CASCADE' },
    ]);
    expect(raw.pragma('foreign_key_check')).toEqual([]);
    expect(
      raw
        .prepare(
          "SELECT name FROM sqlite_master WHERE tbl_name = 'jobs' AND type = 'index' AND sql IS NOT NULL",
        )
        .all(),
    ).toEqual([{ name: 'jobs_running' }]);
    raw.close();
  });
});

/** The first migration that knows the intake job kind. */
const INTAKE_KIND = 6;

function insertJob(db: Database.Database, kind: string, key: string): number {
  const sql = "INSERT INTO jobs (kind, key, payload, total, created_at) VALUES (?, ?, '{}', 2, 1)";
  return Number(db.prepare(sql).run(kind, key).lastInsertRowid);
}

describe('migrations on PostgreSQL', () => {
  async function freshDatabase() {
    const db = await tempDatabase('postgres');
    onTestFinished(db.cleanup);
    const kysely = new Kysely<Tables>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: db.location, max: 2 }) }),
    });
    onTestFinished(() => kysely.destroy());
    return { location: db.location, kysely };
  }
  const version = async (db: Kysely<Tables>) =>
    (await sql<{ version: number }>`SELECT version FROM schema_version`.execute(db)).rows;
  const tables = async (db: Kysely<Tables>, names: string[]) =>
    Number(
      (
        await sql<{
          n: string;
        }>`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = ANY(${names})`.execute(
          db,
        )
      ).rows[0]!.n,
    );

  it('applies every migration on a fresh database, and keeps data on re-open', async () => {
    const { location, kysely } = await freshDatabase();
    const first = await openStore({ databaseUrl: location });
    // A real supergroup id: beyond 2^31, so the columns must be BIGINT.
    await first.chats.seen({ id: -1001234567890, type: 'supergroup', title: 'Ali' });
    await first.close();
    expect(await version(kysely)).toEqual([{ version: POSTGRES_MIGRATIONS.length }]);
    expect(POSTGRES_MIGRATIONS).toHaveLength(MIGRATIONS.length);

    const second = await openStore({ databaseUrl: location });
    expect((await second.chats.get(-1001234567890))?.title).toBe('Ali');
    await second.close();
  });

  it('lets intake jobs in on a database of the previous schema, keeping its jobs', async () => {
    const { location, kysely } = await freshDatabase();
    expect(await migratePostgres(kysely, POSTGRES_MIGRATIONS.slice(0, INTAKE_KIND))).toBe(INTAKE_KIND);
    const insert = (kind: string, key: string) =>
      sql<{ id: string }>`INSERT INTO jobs (kind, key, payload, created_at)
        VALUES (${kind}, ${key}, '{}', 1) RETURNING id`.execute(kysely);
    await expect(insert('intake', 'intake:1')).rejects.toThrow(/jobs_kind_check/);
    const jobId = Number((await insert('digest', 'digest:1')).rows[0]!.id);

    const store = await openStore({ databaseUrl: location });
    expect(await store.jobs.get(jobId)).toMatchObject({ kind: 'digest', key: 'digest:1' });
    expect(await store.jobs.create({ kind: 'intake', key: 'intake:1', payload: {} }, [])).toMatchObject({
      kind: 'intake',
    });
    await store.close();
    expect(await version(kysely)).toEqual([{ version: POSTGRES_MIGRATIONS.length }]);
  });

  it('applies only the migrations not yet applied, and refuses a newer schema', async () => {
    const { kysely } = await freshDatabase();
    expect(await migratePostgres(kysely, ['CREATE TABLE a (x INTEGER)'])).toBe(1);
    // Re-running the first migration would fail: "relation a already exists".
    expect(await migratePostgres(kysely, ['CREATE TABLE a (x INTEGER)', 'CREATE TABLE b (y INTEGER)'])).toBe(
      2,
    );
    expect(await tables(kysely, ['a', 'b'])).toBe(2);
    await expect(migratePostgres(kysely, ['CREATE TABLE a (x INTEGER)'])).rejects.toThrow(
      /newer than this code/,
    );
  });

  it('rolls a failing migration back entirely', async () => {
    const { kysely } = await freshDatabase();
    await expect(
      migratePostgres(kysely, ['CREATE TABLE a (x INTEGER); CREATE TABLE broken (']),
    ).rejects.toThrow();
    expect(await tables(kysely, ['a', 'schema_version'])).toBe(0);
  });
});

describe.each(dialects)('%s: two instances migrate at once', (dialect) => {
  it('each migration runs once; every instance starts on the migrated schema', async () => {
    const tmp = tempDir();
    onTestFinished(tmp.cleanup);
    const db = await tempDatabase(dialect);
    onTestFinished(db.cleanup);
    const goFile = join(tmp.dir, 'go');
    const runs = [1, 2, 3].map((id) => spawnFixture(OPEN_FIXTURE, [db.location, goFile, String(id)]));
    await Promise.all(runs.map((r) => r.ready));
    writeFileSync(goFile, '');
    for (const lines of await Promise.all(runs.map((r) => r.done))) expect(lines).toContain('opened');

    const store = await openStore(storeOptions(db.location));
    expect((await store.chats.counts()).total).toBe(3);
    await store.close();
    // Starting three processes on a loaded machine takes a while; nothing here measures time.
  }, 120_000);
});
