import { describe, expect, it } from 'vitest';
import { insertRows, type BulkColumn } from '../../src/store/sql/bulk-insert.js';
import { postgresDialect, sqliteDialect } from '../../src/store/sql/dialect.js';
import { dialects, openTestStore } from './helpers.js';

const columns: BulkColumn[] = [
  { name: 'x', type: 'bigint' },
  { name: 'y', type: 'text' },
];
const rows = [
  [1, 'a'],
  [2, null],
];

describe('bulk inserts', () => {
  it('PostgreSQL: one statement binding one parameter per column whatever the number of rows', () => {
    expect(insertRows(postgresDialect, 't', columns, rows)).toMatchObject([
      {
        sql: 'INSERT INTO t (x, y) SELECT * FROM unnest($1::bigint[], $2::text[])',
        // An integer column goes as its array literal; text as an array pg encodes.
        parameters: ['{1,2}', ['a', null]],
      },
    ]);
    expect(insertRows(postgresDialect, 't', columns, [])).toEqual([]);
  });

  it('PostgreSQL: a repeated column sends each distinct value once, the rows their 1-based index', () => {
    const repeated: BulkColumn[] = [
      { name: 'x', type: 'bigint' },
      { name: 'y', type: 'text', repeated: true },
    ];
    const many = [
      [1, 'p'],
      [2, 'q'],
      [3, 'p'],
      [4, null],
      [5, 'q'],
    ];
    expect(insertRows(postgresDialect, 't', repeated, many)).toMatchObject([
      {
        sql: 'INSERT INTO t (x, y) SELECT c0, ($3::text[])[c1] FROM unnest($1::bigint[], $2::int[]) AS r(c0, c1)',
        parameters: ['{1,2,3,4,5}', '{1,2,1,3,2}', ['p', 'q', null]],
      },
    ]);
  });

  it('PostgreSQL: a constant column is bound once as a scalar, after the arrays and dictionaries in column order', () => {
    const mixed: BulkColumn[] = [
      { name: 'job', type: 'bigint', constant: true },
      { name: 'x', type: 'bigint' },
      { name: 'y', type: 'text', repeated: true },
      { name: 'at', type: 'bigint', constant: true },
    ];
    const many = [
      [7, 1, 'p', 50],
      [7, 2, 'q', 50],
      [7, 3, 'p', 50],
    ];
    expect(insertRows(postgresDialect, 't', mixed, many)).toMatchObject([
      {
        sql: 'INSERT INTO t (job, x, y, at) SELECT $3::bigint, c1, ($4::text[])[c2], $5::bigint FROM unnest($1::bigint[], $2::int[]) AS r(c1, c2)',
        parameters: ['{1,2,3}', '{1,2,1}', 7, ['p', 'q'], 50],
      },
    ]);
    // SQLite binds it per row as any other value.
    expect(insertRows(sqliteDialect(0), 't', mixed, many).flatMap((q) => q.parameters)).toEqual(many.flat());
    expect(() => insertRows(postgresDialect, 't', mixed, [...many, [8, 4, 'p', 50]])).toThrow(RangeError);
  });

  it('PostgreSQL: an integer column is sent as its literal, NULL and negative ids included; anything else as given', () => {
    const ints: BulkColumn[] = [{ name: 'x', type: 'bigint' }];
    expect(
      insertRows(postgresDialect, 't', ints, [[-1_002_000_000_123], [null], [2 ** 40]])[0]!.parameters,
    ).toEqual(['{-1002000000123,NULL,1099511627776}']);
    // Not a safe integer: pg encodes the array itself (and the server refuses what is no bigint).
    expect(insertRows(postgresDialect, 't', ints, [[1], [1.5]])[0]!.parameters).toEqual([[1, 1.5]]);
    expect(insertRows(postgresDialect, 't', ints, [[1], ['2}']])[0]!.parameters).toEqual([[1, '2}']]);
  });

  it('SQLite: multi-row VALUES of 64, 32 … 1 rows, every value bound once in order', () => {
    const many = Array.from({ length: 64 + 32 + 4 + 1 }, (_, i) => [i, `v${i}`]);
    const queries = insertRows(sqliteDialect(0), 't', columns, many, ' ON CONFLICT DO NOTHING');
    expect(queries.map((q) => q.parameters.length / 2)).toEqual([64, 32, 4, 1]);
    expect(queries.flatMap((q) => q.parameters)).toEqual(many.flat());
    expect(queries.at(-1)).toMatchObject({
      sql: 'INSERT INTO t (x, y) VALUES (?, ?) ON CONFLICT DO NOTHING',
      parameters: [100, 'v100'],
    });
    expect(queries[2]!.sql).toBe(
      `INSERT INTO t (x, y) VALUES ${Array(4).fill('(?, ?)').join(', ')} ON CONFLICT DO NOTHING`,
    );
    // Seven texts at most, whatever the batch sizes: each is prepared once.
    const texts = new Set<string>();
    for (let n = 1; n <= 300; n++)
      for (const q of insertRows(sqliteDialect(0), 't', columns, many.concat(many, many).slice(0, n)))
        texts.add(q.sql);
    expect(texts.size).toBe(7);
    expect(insertRows(sqliteDialect(0), 't', columns, [])).toEqual([]);
  });

  it.each(dialects)('%s: writes every value as given, quotes and large ids included', async (dialect) => {
    const { store } = await openTestStore(dialect);
    const payload = { text: 'a "quoted" \\ back\nslash, {braces}, عربي' };
    const job = await store.jobs.create({ kind: 'broadcast', key: 'broadcast:q', payload: null }, [
      { chatId: -1_002_000_000_123, threadId: 77, payload },
      { chatId: 2 ** 40, threadId: null, payload: null },
    ]);
    expect(await store.deliveries.get(job!.id, -1_002_000_000_123)).toMatchObject({ threadId: 77, payload });
    expect(await store.deliveries.get(job!.id, 2 ** 40)).toMatchObject({ threadId: null, payload: null });
  });
});
