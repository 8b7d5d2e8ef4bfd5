import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { ReservationConflictError } from '../../src/store/store.js';
import type { Database as Tables } from '../../src/store/sql/database.js';
import { migratePostgres } from '../../src/store/sql/migrate-postgres.js';
import { migrateSqlite } from '../../src/store/sql/migrate-sqlite.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sql/migrations-sqlite.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/sql/migrations-postgres.js';
import { decodeBriefingIds, encodeBriefingIds } from '../../src/store/sql/planned-briefings.js';
import { dialects, recipients, storeOptions, tempDatabase, type DialectName } from './helpers.js';

describe('the briefing_ids column', () => {
  it('holds each slug once, space-separated, and reads back what it wrote', () => {
    expect(encodeBriefingIds(['b-2', 'a1', 'b-2'])).toBe('b-2 a1');
    expect(decodeBriefingIds('b-2 a1', { chat_id: 1, job_id: 2 })).toEqual(['b-2', 'a1']);
  });

  it('refuses an id that is not a slug, and a column it did not write', () => {
    for (const bad of ['a b', '', 'A', 'a%', 'a_b'])
      expect(() => encodeBriefingIds([bad])).toThrow(RangeError);
    for (const bad of ['', 'a  b', ' a', 'a ', 'a,b'])
      expect(() => decodeBriefingIds(bad, { chat_id: 7, job_id: 3 })).toThrow(/chat 7, job 3/);
  });
});

/** Rows as the schema before planned_briefings held them: one reservation per (chat, briefing). */
const BEFORE_PLANNED_BRIEFINGS = 4;
const job = (key: string) => `(SELECT id FROM jobs WHERE key = '${key}')`;
const OLD_ROWS = `
  INSERT INTO jobs (kind, key, payload, state, created_at) VALUES
    ('digest', 'digest:one', '{}', 'finished', 0), ('digest', 'digest:two', '{}', 'finished', 0);
  INSERT INTO briefing_reservations (chat_id, briefing_id, job_id) VALUES
    (-1001234567890, 'a', ${job('digest:one')}), (-1001234567890, 'b', ${job('digest:one')}),
    (-1001234567890, 'c', ${job('digest:two')}), (5, 'b', ${job('digest:two')});
`;

async function databaseBefore(dialect: DialectName): Promise<string> {
  const db = await tempDatabase(dialect);
  onTestFinished(db.cleanup);
  if (dialect === 'sqlite') {
    mkdirSync(dirname(db.location), { recursive: true });
    const raw = new Database(db.location);
    migrateSqlite(raw, SQLITE_MIGRATIONS.slice(0, BEFORE_PLANNED_BRIEFINGS));
    raw.exec(OLD_ROWS);
    raw.close();
    return db.location;
  }
  const kysely = new Kysely<Tables>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: db.location, max: 1 }) }),
  });
  try {
    await migratePostgres(kysely, POSTGRES_MIGRATIONS.slice(0, BEFORE_PLANNED_BRIEFINGS));
    await sql.raw(OLD_ROWS).execute(kysely);
  } finally {
    await kysely.destroy();
  }
  return db.location;
}

describe.each(dialects)('%s: planned_briefings', (dialect) => {
  it('carries every reservation of the previous schema over, and they still refuse a second plan', async () => {
    const location = await databaseBefore(dialect);
    const store = await openStore(storeOptions(location));
    onTestFinished(() => store.close());
    expect(await store.briefings.delivered(-1001234567890)).toEqual(new Set(['a', 'b', 'c']));
    expect(await store.briefings.deliveredMany([-1001234567890, 5, 6], ['b', 'c'])).toEqual(
      new Map([
        [-1001234567890, new Set(['b', 'c'])],
        [5, new Set(['b'])],
      ]),
    );
    const refused = store.jobs.create({ kind: 'digest', key: 'digest:three', payload: null }, [
      ...recipients([5], ['a', 'b']),
      ...recipients([-1001234567890], ['d', 'c']),
    ]);
    await expect(refused).rejects.toBeInstanceOf(ReservationConflictError);
    await expect(refused).rejects.toMatchObject({
      total: 2,
      conflicts: [
        { chatId: 5, briefingId: 'b' },
        { chatId: -1001234567890, briefingId: 'c' },
      ],
    });
    expect(await store.briefings.delivered(5)).toEqual(new Set(['b']));
  });

  it('a whole id matches, never a part of one', async () => {
    const db = await tempDatabase(dialect);
    onTestFinished(db.cleanup);
    const store = await openStore(storeOptions(db.location));
    onTestFinished(() => store.close());
    await store.jobs.create(
      { kind: 'digest', key: 'digest:1', payload: null },
      recipients([1], ['ab-1', 'x']),
    );
    expect(await store.briefings.deliveredMany([1], ['ab', 'b-1', 'ab-'])).toEqual(new Map());
    expect(await store.briefings.deliveredBetween(0, 2, ['b-1', 'x'])).toEqual(
      new Map([[1, new Set(['x'])]]),
    );
    const job = await store.jobs.create(
      { kind: 'digest', key: 'digest:2', payload: null },
      recipients([1], ['ab', 'b-1', 'ab-10']),
    );
    expect(job?.total).toBe(1);
    expect(await store.briefings.delivered(1)).toEqual(new Set(['ab-1', 'x', 'ab', 'b-1', 'ab-10']));
  });
});
