import type { Database } from 'better-sqlite3';

/**
 * Runs `work` in a BEGIN IMMEDIATE transaction: the write lock is taken up front, so a
 * read-then-write cannot be invalidated by the other process (it waits on busy_timeout instead
 * of failing with SQLITE_BUSY mid-transaction).
 */
export function immediate<T>(db: Database, work: () => T): T {
  return db.transaction(work).immediate();
}
