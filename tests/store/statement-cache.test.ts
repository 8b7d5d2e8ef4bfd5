import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { preparedOnce } from '../../src/store/sql/statement-cache.js';

describe('preparedOnce', () => {
  it('prepares each SQL text once and gives the same statement back', () => {
    const db = preparedOnce(new BetterSqlite3(':memory:'));
    const first = db.prepare('SELECT 1 AS one');
    expect(db.prepare('SELECT 1 AS one')).toBe(first);
    expect(db.prepare('SELECT 2 AS two')).not.toBe(first);
    expect(db.cached).toBe(2);
    db.close();
  });

  it('keeps at most the given number, dropping the oldest', () => {
    const db = preparedOnce(new BetterSqlite3(':memory:'), 2);
    const one = db.prepare('SELECT 1');
    db.prepare('SELECT 2');
    db.prepare('SELECT 3');
    expect(db.cached).toBe(2);
    expect(db.prepare('SELECT 1')).not.toBe(one);
    db.close();
  });

  it('runs Kysely queries as before, reads and writes, across a schema change', async () => {
    const kysely = new Kysely<{ t: { id: number; name: string } }>({
      dialect: new SqliteDialect({ database: preparedOnce(new BetterSqlite3(':memory:')) }),
    });
    await sql`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)`.execute(kysely);
    for (const [id, name] of [
      [1, 'one'],
      [2, 'two'],
    ] as const)
      await kysely.insertInto('t').values({ id, name }).execute();
    const byId = (id: number) => kysely.selectFrom('t').selectAll().where('id', '=', id).executeTakeFirst();
    expect(await byId(1)).toEqual({ id: 1, name: 'one' });
    expect(await byId(2)).toEqual({ id: 2, name: 'two' });
    await sql`ALTER TABLE t ADD COLUMN extra TEXT`.execute(kysely);
    expect(await byId(2)).toEqual({ id: 2, name: 'two', extra: null });
    await kysely.destroy();
  });
});
