import { CompiledQuery } from 'kysely';
import type { SqlDialect } from './dialect.js';

/** A column of a bulk insert, with the type PostgreSQL's array parameter is cast to. */
export interface BulkColumn {
  name: string;
  type: 'bigint' | 'text';
  /**
   * Few distinct values among many rows (a digest's payloads): on PostgreSQL each distinct value is
   * sent once and each row carries its index, so the driver escapes and the server parses a few
   * dozen strings instead of one per row.
   */
  repeated?: boolean;
  /**
   * The same value in every row (a job's id, the time it was planned): on PostgreSQL bound once as
   * a scalar instead of once per row. SQLite binds it per row as any other.
   */
  constant?: boolean;
}

/**
 * Rows per statement on SQLite: 64 rows of up to 8 columns stay far below its 32,766 bound
 * parameters. A batch's remainder goes in statements of 32, 16 … 1 rows, so a table has at most
 * seven statement texts, each prepared once (statement-cache.ts).
 */
const SQLITE_ROWS_PER_STATEMENT = 64;

/** `INSERT … VALUES (?, …), …` texts by table, columns, row count and suffix: built once each. */
const valuesTexts = new Map<string, string>();

function valuesText(table: string, names: string, width: number, rowCount: number, suffix: string): string {
  const key = `${table}\n${names}\n${rowCount}\n${suffix}`;
  let text = valuesTexts.get(key);
  if (text === undefined) {
    const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
    text = `INSERT INTO ${table} (${names}) VALUES ${Array.from({ length: rowCount }, () => row).join(', ')}${suffix}`;
    valuesTexts.set(key, text);
  }
  return text;
}

/**
 * A PostgreSQL array literal of integers (`{1,-2,NULL}`), built here when every value is a safe
 * integer or null: pg's own array encoding quotes and escapes each element with two regular
 * expressions, and at a million subscribers that was a tenth of the planner's writing. Anything
 * else is left to pg as it is.
 */
function integerArray(values: readonly unknown[]): unknown {
  let text = '{';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) text += ',';
    if (value === null) text += 'NULL';
    else if (typeof value === 'number' && Number.isSafeInteger(value)) text += value;
    else return values;
  }
  return `${text}}`;
}

/** Column `i` of `rows` as one array parameter: an integer column as its literal. */
function columnArray(column: BulkColumn, rows: ReadonlyArray<readonly unknown[]>, i: number): unknown {
  const values = rows.map((row) => row[i]);
  return column.type === 'bigint' ? integerArray(values) : values;
}

/**
 * The statements inserting every row of `rows` (none for no rows). On PostgreSQL one statement
 * with one bound parameter per column whatever the number of rows, `INSERT … SELECT * FROM
 * unnest($1::type[], …)` (one array per column). On SQLite multi-row `VALUES` statements of a few
 * fixed sizes (see SQLITE_ROWS_PER_STATEMENT): better-sqlite3 binds plain values about three times
 * faster than SQLite reads the same rows from one JSON parameter (`json_each`, each column taken
 * out of the row's JSON again), measured on 85,000 deliveries. `table`, `columns` and `suffix`
 * are constants of the caller, never input; values are bound. Values must be numbers, strings or null.
 */
export function insertRows(
  dialect: SqlDialect,
  table: string,
  columns: readonly BulkColumn[],
  rows: ReadonlyArray<readonly unknown[]>,
  suffix = '',
): CompiledQuery[] {
  if (rows.length === 0) return [];
  const names = columns.map((c) => c.name).join(', ');
  if (!dialect.arrayParameters) {
    const queries: CompiledQuery[] = [];
    for (let at = 0; at < rows.length;) {
      let size = SQLITE_ROWS_PER_STATEMENT;
      while (size > rows.length - at) size >>= 1;
      const values: unknown[] = [];
      for (const row of rows.slice(at, at + size)) values.push(...row);
      queries.push(CompiledQuery.raw(valuesText(table, names, columns.length, size, suffix), values));
      at += size;
    }
    return queries;
  }
  if (!columns.some((c) => c.repeated === true || c.constant === true)) {
    const arrays = columns.map((c, i) => columnArray(c, rows, i));
    const casts = columns.map((c, i) => `${dialect.placeholder(i + 1)}::${c.type}[]`).join(', ');
    return [
      CompiledQuery.raw(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${casts})${suffix}`, arrays),
    ];
  }
  // The rows' arrays first; then, in column order, each repeated column's distinct values (the
  // rows carry 1-based indexes into them) and each constant column's one value.
  const parameters: unknown[] = [];
  const after: unknown[] = [];
  let placeholders = columns.filter((c) => c.constant !== true).length;
  const casts: string[] = [];
  const aliases: string[] = [];
  const outputs = columns.map((column, i) => {
    if (column.constant === true) {
      const value = rows[0]![i];
      if (rows.some((row) => row[i] !== value))
        throw new RangeError(`column ${column.name} is declared constant but its rows differ`);
      after.push(value);
      return `${dialect.placeholder(++placeholders)}::${column.type}`;
    }
    const alias = `c${i}`;
    aliases.push(alias);
    casts.push(
      `${dialect.placeholder(parameters.length + 1)}::${column.repeated === true ? 'int' : column.type}[]`,
    );
    if (column.repeated !== true) {
      parameters.push(columnArray(column, rows, i));
      return alias;
    }
    const indexes = new Map<unknown, number>();
    parameters.push(
      integerArray(
        rows.map((row) => {
          let index = indexes.get(row[i]);
          if (index === undefined) indexes.set(row[i], (index = indexes.size + 1));
          return index;
        }),
      ),
    );
    after.push([...indexes.keys()]);
    return `(${dialect.placeholder(++placeholders)}::${column.type}[])[${alias}]`;
  });
  parameters.push(...after);
  return [
    CompiledQuery.raw(
      `INSERT INTO ${table} (${names}) SELECT ${outputs.join(', ')} FROM unnest(${casts.join(', ')}) AS r(${aliases.join(', ')})${suffix}`,
      parameters,
    ),
  ];
}
