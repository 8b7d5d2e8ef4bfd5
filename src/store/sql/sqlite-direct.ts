import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** What `immediate` returns when it could not run its work at once: the caller takes the async path. */
export const NOT_NOW: unique symbol = Symbol('not now');

/**
 * The store's SQLite connection used synchronously, beside Kysely, for the statements every update
 * or reply makes: Kysely builds, compiles and awaits each query through several promises, which cost
 * ten times the statement itself (a rate reservation 500–670 µs of CPU against 50 µs).
 *
 * Why this cannot interleave with Kysely's use of the same connection: better-sqlite3 runs every
 * statement to completion synchronously, Kysely's driver included, so between two statements of an
 * async transaction nothing is half-run; and a block of synchronous code here runs whole, with no
 * await, so no other statement can run inside it. What remains is an async transaction left open
 * between its statements: `inTransaction` is then true, and every method here refuses (a read
 * would see that transaction's uncommitted rows, a write would join it), so the caller takes
 * Kysely's path, which waits for that transaction to end.
 */
export interface SqliteDirect {
  /** The rows of `sql` run now outside any transaction, or NOT_NOW when one is open on the connection. */
  all<R>(sql: string, parameters: readonly unknown[]): R[] | typeof NOT_NOW;
  /**
   * `work` in one BEGIN IMMEDIATE … COMMIT now, or NOT_NOW when a transaction is open on the
   * connection or another process holds the write lock (never waits: busy_timeout 0 for the BEGIN,
   * where waiting would block the event loop). Rolled back and rethrown when `work` throws. `work`
   * runs statements with `run` and must not await.
   */
  immediate<T>(work: (run: <R>(sql: string, parameters: readonly unknown[]) => R[]) => T): T | typeof NOT_NOW;
}

/** SQLite refused a lock another connection holds. */
export function isBusy(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY';
}

/**
 * `connection` is the raw database (for `inTransaction`), `statements` the same database with its
 * statements prepared once (statement-cache.ts), shared with Kysely's driver.
 */
export function sqliteDirect(connection: BetterSqlite3.Database, statements: SqliteDatabase): SqliteDirect {
  const run = <R>(sql: string, parameters: readonly unknown[]): R[] => {
    const statement = statements.prepare(sql);
    if (statement.reader) return statement.all(parameters) as R[];
    statement.run(parameters);
    return [];
  };
  const currentTimeout = connection.prepare('PRAGMA busy_timeout').pluck();
  const begin = connection.prepare('BEGIN IMMEDIATE');
  const commit = connection.prepare('COMMIT');
  const rollback = connection.prepare('ROLLBACK');
  // One statement per timeout value: a pragma takes no bound parameter.
  const setTimeouts = new Map<number, BetterSqlite3.Statement>();
  const setBusyTimeout = (ms: number) => {
    let statement = setTimeouts.get(ms);
    if (statement === undefined) {
      statement = connection.prepare(`PRAGMA busy_timeout = ${Math.trunc(ms)}`);
      setTimeouts.set(ms, statement);
    }
    statement.run();
  };

  return {
    all(sql, parameters) {
      return connection.inTransaction ? NOT_NOW : run(sql, parameters);
    },
    immediate(work) {
      if (connection.inTransaction) return NOT_NOW;
      // The timeout in force is restored, not the configured one: an async transaction waiting for
      // the lock between its attempts has set it to 0 and expects it to stay so.
      const timeout = currentTimeout.get() as number;
      if (timeout !== 0) setBusyTimeout(0);
      try {
        begin.run();
      } catch (error) {
        if (isBusy(error)) return NOT_NOW;
        throw error;
      } finally {
        if (timeout !== 0) setBusyTimeout(timeout);
      }
      try {
        const result = work(run);
        commit.run();
        return result;
      } catch (error) {
        if (connection.inTransaction) rollback.run();
        throw error;
      }
    },
  };
}
