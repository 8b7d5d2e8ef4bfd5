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
