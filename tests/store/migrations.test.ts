import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateSqlite as applyMigrations } from '../../src/store/sql/migrate-sqlite.js';
import { SQLITE_MIGRATIONS as MIGRATIONS } from '../../src/store/sql/migrations-sqlite.js';
import { openStore } from '../../src/store/open.js';
import { tempDir } from './helpers.js';

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
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('a', 'b')").get()).toEqual({ n: 2 });
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
