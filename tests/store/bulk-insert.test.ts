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
  it('bind one parameter per column whatever the number of rows, with each dialect its form', () => {
    expect(insertRows(sqliteDialect(0), 't', columns, rows, ' ON CONFLICT DO NOTHING')).toMatchObject({
      sql: 'INSERT INTO t (x, y) SELECT value ->> 0, value ->> 1 FROM json_each(?) WHERE true ON CONFLICT DO NOTHING',
      parameters: ['[[1,"a"],[2,null]]'],
    });
    expect(insertRows(postgresDialect, 't', columns, rows)).toMatchObject({
      sql: 'INSERT INTO t (x, y) SELECT * FROM unnest($1::bigint[], $2::text[])',
      parameters: [
        [1, 2],
        ['a', null],
      ],
    });
    expect(insertRows(postgresDialect, 't', columns, [])).toBeNull();
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
