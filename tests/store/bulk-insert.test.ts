import { describe, expect, it } from 'vitest';
import { bulkInsert, rowsPerInsert } from '../../src/store/sql/bulk-insert.js';
import { postgresDialect, sqliteDialect } from '../../src/store/sql/dialect.js';

describe('bulk inserts', () => {
  const rows = [
    [1, 'a'],
    [2, null],
  ];

  it('binds every value, with each dialect placeholders', () => {
    expect(bulkInsert(sqliteDialect(0), 't', ['x', 'y'], rows, ' ON CONFLICT DO NOTHING')).toMatchObject({
      sql: 'INSERT INTO t (x, y) VALUES (?, ?), (?, ?) ON CONFLICT DO NOTHING',
      parameters: [1, 'a', 2, null],
    });
    expect(bulkInsert(postgresDialect, 't', ['x', 'y'], rows)).toMatchObject({
      sql: 'INSERT INTO t (x, y) VALUES ($1, $2), ($3, $4)',
      parameters: [1, 'a', 2, null],
    });
  });

  it('keeps a statement within the dialect limit of bound parameters', () => {
    for (const dialect of [sqliteDialect(0), postgresDialect]) {
      for (const columns of [1, 3, 5, 40])
        expect(rowsPerInsert(dialect, columns) * columns).toBeLessThanOrEqual(dialect.maxParameters);
    }
    expect(rowsPerInsert(postgresDialect, 100)).toBe(655);
  });
});
