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

/** A column of a bulk insert, with the type PostgreSQL's array parameter is cast to. */
export interface BulkColumn {
  name: string;
  type: 'bigint' | 'text';
}

/**
 * The statements inserting `rows`: on PostgreSQL one `INSERT … SELECT * FROM unnest($1::type[], …)`
 * binding one array per column (the statement text is the same for any number of rows); elsewhere
 * multi-row VALUES cut to the dialect's parameter limit. Same contract as `bulkInsert`.
 */
export function insertRows(
  dialect: SqlDialect,
  table: string,
  columns: readonly BulkColumn[],
  rows: ReadonlyArray<readonly unknown[]>,
  suffix = '',
): CompiledQuery[] {
  if (rows.length === 0) return [];
  const names = columns.map((c) => c.name);
  if (!dialect.arrayParameters) {
    const per = rowsPerInsert(dialect, columns.length);
    const statements: CompiledQuery[] = [];
    for (let i = 0; i < rows.length; i += per)
      statements.push(bulkInsert(dialect, table, names, rows.slice(i, i + per), suffix));
    return statements;
  }
  const arrays = columns.map((_, i) => rows.map((row) => row[i]));
  const casts = columns.map((c, i) => `${dialect.placeholder(i + 1)}::${c.type}[]`);
  return [
    CompiledQuery.raw(
      `INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${casts.join(', ')})${suffix}`,
      arrays,
    ),
  ];
}
