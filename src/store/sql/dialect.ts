import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from './database.js';
import { isBusy } from './sqlite-direct.js';

/**
 * The few things SQLite and PostgreSQL do differently; every query of the store is written once
 * against Kysely and asks this for the rest.
 */
export interface SqlDialect {
  /**
   * PostgreSQL binds a whole column as one array parameter, so a multi-row insert is one short
   * statement (`unnest`) whatever its size; SQLite has no arrays and reads the rows from JSON.
   */
  readonly arrayParameters: boolean;
  /**
   * PostgreSQL takes row locks (`FOR UPDATE`, `SKIP LOCKED`) where two instances may race; SQLite
   * has one writer per file and its write transactions already hold the lock (BEGIN IMMEDIATE).
   */
  readonly rowLocks: boolean;
  /**
   * Subscribers per digest plan batch (one transaction each): PostgreSQL pays a round trip and a
   * parse per statement, and at 1,000 a batch those were a sixth of both the planner's and the
   * server's CPU; SQLite's statements cost no round trip, and its larger batches were no faster.
   */
  readonly planBatchSize: number;
  /**
   * A batch planned from a history read before its transaction is worth it: PostgreSQL's pool runs
   * that read, and the planner's work, while the batch before is written. SQLite's one synchronous
   * connection would run them one after the other anyway, so it plans inside the transaction.
   */
  readonly planAhead: boolean;
  /**
   * Runs `work` in one write transaction, committed when it resolves and rolled back when it throws.
   * SQLite: BEGIN IMMEDIATE, so a read-then-write cannot be invalidated by another process (it waits
   * for the write lock up to the busy timeout instead of failing with SQLITE_BUSY mid-transaction).
   */
  transaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /** The text of the n-th (1-based) bound parameter in hand-built SQL. */
  placeholder(n: number): string;
  /** The one bound parameter of `inList` for these values: a statement compiled once binds it anew. */
  listParameter(values: readonly number[] | readonly string[]): unknown;
  /** `column IN (values)` with one bound parameter whatever the number of values. */
  inList(
    column: Expression<unknown>,
    values: readonly number[] | readonly string[],
    type: 'bigint' | 'text',
  ): RawBuilder<SqlBool>;
  /** The larger of two numbers. */
  greatest(a: Expression<number>, b: Expression<number> | number): RawBuilder<number>;
  /** `a` and `b` differ, NULL counting as a value. */
  distinct(a: Expression<unknown>, b: Expression<unknown>): RawBuilder<SqlBool>;
  /**
   * Text `column`, ids separated by single spaces (planned_briefings.briefing_ids), holds at least
   * one of `ids` (at least one, none with a space): whole ids, never a prefix or a part. One test
   * per row rather than one LIKE per id over a padded copy of the column (which PostgreSQL builds
   * anew for each LIKE): a third of the history read's server time on PostgreSQL, a fifth on SQLite.
   */
  listsAny(column: Expression<string>, ids: readonly string[]): RawBuilder<SqlBool>;
  /** The JSON array of strings in text `column` holds `value`. */
  jsonArrayHas(column: Expression<string | null>, value: string): RawBuilder<SqlBool>;
}

/** Waits between attempts to take SQLite's write lock: short, growing, capped. */
const LOCK_RETRY_MS = [1, 2, 5, 10, 20] as const;

/**
 * Takes SQLite's write lock without blocking the event loop: busy_timeout would wait inside the
 * synchronous driver, stalling this process (and a second store in it that holds the lock and
 * only needs the event loop to commit). Instead: try at once, and retry after a short sleep
 * until `busyTimeoutMs` has passed.
 */
async function beginImmediate(conn: Kysely<Database>, busyTimeoutMs: number): Promise<void> {
  await sql`PRAGMA busy_timeout = 0`.execute(conn);
  try {
    const deadline = Date.now() + busyTimeoutMs;
    for (let attempt = 0; ; attempt++) {
      try {
        await sql`begin immediate`.execute(conn);
        return;
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw error;
        await new Promise((resolve) =>
          setTimeout(resolve, LOCK_RETRY_MS[Math.min(attempt, LOCK_RETRY_MS.length - 1)]),
        );
      }
    }
  } finally {
    await sql`PRAGMA busy_timeout = ${sql.lit(busyTimeoutMs)}`.execute(conn);
  }
}

export function sqliteDialect(busyTimeoutMs: number): SqlDialect {
  return {
    arrayParameters: false,
    rowLocks: false,
    planBatchSize: 1000,
    planAhead: false,
    async transaction(db, work) {
      // Kysely's own transactions start DEFERRED; the store's one connection runs ours.
      return db.connection().execute(async (conn) => {
        await beginImmediate(conn, busyTimeoutMs);
        try {
          const result = await work(conn);
          await sql`commit`.execute(conn);
          return result;
        } catch (error) {
          await sql`rollback`.execute(conn);
          throw error;
        }
      });
    },
    placeholder: () => '?',
    // One JSON array parameter: no statement per list length, no bound-parameter limit.
    listParameter: (values) => JSON.stringify(values),
    inList: (column, values) =>
      sql<SqlBool>`${column} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`,
    greatest: (a, b) => sql<number>`max(${a}, ${b})`,
    distinct: (a, b) => sql<SqlBool>`${a} IS NOT ${b}`,
    jsonArrayHas: (column, value) =>
      sql<SqlBool>`EXISTS (SELECT 1 FROM json_each(${column}) WHERE value = ${value})`,
    listsAny: (column, ids) => {
      const padded = sql<string>`(' ' || ${column} || ' ')`;
      return sql<SqlBool>`(${sql.join(
        ids.map((id) => sql`instr(${padded}, ${` ${id} `}) > 0`),
        sql` OR `,
      )})`;
    },
  };
}

export const postgresDialect: SqlDialect = {
  arrayParameters: true,
  rowLocks: true,
  planBatchSize: 2000,
  planAhead: true,
  transaction: (db, work) => db.transaction().execute(work),
  placeholder: (n) => `$${n}`,
  // One array parameter.
  listParameter: (values) => values,
  inList: (column, values, type) =>
    type === 'bigint'
      ? sql<SqlBool>`${column} = ANY(${values}::bigint[])`
      : sql<SqlBool>`${column} = ANY(${values}::text[])`,
  greatest: (a, b) => sql<number>`greatest(${a}, ${b})`,
  distinct: (a, b) => sql<SqlBool>`${a} IS DISTINCT FROM ${b}`,
  jsonArrayHas: (column, value) => sql<SqlBool>`(${column})::jsonb @> jsonb_build_array(${value}::text)`,
  listsAny: (column, ids) => sql<SqlBool>`string_to_array(${column}, ' ') && ${[...ids]}::text[]`,
};
