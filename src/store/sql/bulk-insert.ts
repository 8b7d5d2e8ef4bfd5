import { CompiledQuery } from 'kysely';
import type { SqlDialect } from './dialect.js';

/**
 * `INSERT INTO table (columns) VALUES (…), (…) suffix`, compiled by hand: for tens of thousands of
 * rows a Kysely query tree (an object per value) costs more time and memory than the insert itself.
 * `table`, `columns` and `suffix` are constants of the caller, never input; values are bound.
 */
export function bulkInsert(
  dialect: SqlDialect,
  table: string,
  columns: readonly string[],
  rows: ReadonlyArray<readonly unknown[]>,
  suffix = '',
): CompiledQuery {
  const parameters: unknown[] = [];
  const tuples: string[] = [];
  for (const row of rows) {
    const marks: string[] = [];
    for (const value of row) {
      parameters.push(value);
      marks.push(dialect.placeholder(parameters.length));
    }
    tuples.push(`(${marks.join(', ')})`);
  }
  return CompiledQuery.raw(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}${suffix}`,
    parameters,
  );
}

/**
 * Past about a thousand rows a statement was no faster (planning a 90,000-recipient digest on
 * SQLite) and held more memory; the dialect's parameter limit bounds it in any case.
 */
const MAX_ROWS_PER_INSERT = 1000;

/** Rows per statement: at most MAX_ROWS_PER_INSERT, and at most the dialect's limit of bound parameters. */
export function rowsPerInsert(dialect: SqlDialect, columns: number): number {
  return Math.min(MAX_ROWS_PER_INSERT, Math.floor(dialect.maxParameters / columns));
}
