import { CompiledQuery } from 'kysely';
import type { SqlDialect } from './dialect.js';

/** A column of a bulk insert, with the type PostgreSQL's array parameter is cast to. */
export interface BulkColumn {
  name: string;
  type: 'bigint' | 'text';
}

/**
 * One statement inserting every row of `rows` with one bound parameter per column at most, so its
 * text is the same for any number of rows and no parameter limit applies: on PostgreSQL
 * `INSERT … SELECT * FROM unnest($1::type[], …)` (one array per column); on SQLite the rows as one
 * JSON array read with `json_each` (preparing a multi-row VALUES statement of thousands of
 * placeholders cost more than running it). `table`, `columns` and `suffix` are constants of the
 * caller, never input; values are bound. Values must be numbers, strings or null.
 */
export function insertRows(
  dialect: SqlDialect,
  table: string,
  columns: readonly BulkColumn[],
  rows: ReadonlyArray<readonly unknown[]>,
  suffix = '',
): CompiledQuery | null {
  if (rows.length === 0) return null;
  const names = columns.map((c) => c.name).join(', ');
  if (!dialect.arrayParameters) {
    const values = columns.map((_, i) => `value ->> ${i}`).join(', ');
    // `WHERE true`: without it SQLite would read a following ON CONFLICT as part of the join.
    return CompiledQuery.raw(
      `INSERT INTO ${table} (${names}) SELECT ${values} FROM json_each(?) WHERE true${suffix}`,
      [JSON.stringify(rows)],
    );
  }
  const arrays = columns.map((_, i) => rows.map((row) => row[i]));
  const casts = columns.map((c, i) => `${dialect.placeholder(i + 1)}::${c.type}[]`).join(', ');
  return CompiledQuery.raw(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${casts})${suffix}`, arrays);
}
