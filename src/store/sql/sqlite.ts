import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database.js';
import { migrateSqlite } from './migrate-sqlite.js';
import { sqliteDirect, type SqliteDirect } from './sqlite-direct.js';
import { switchToWal } from './sqlite-wal.js';
import { preparedOnce } from './statement-cache.js';

/**
 * Opens (creating the file and its folder if needed) a SQLite database and brings its schema up to
 * date. `db` is Kysely over the connection; `direct` the same connection used synchronously for the
 * hot statements (sqlite-direct.ts), sharing its prepared statements.
 */
export function openSqlite(
  path: string,
  busyTimeoutMs: number,
): { db: Kysely<Database>; direct: SqliteDirect } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path);
  try {
    // busy_timeout first: switching to WAL may itself wait for the other process.
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    switchToWal(db, busyTimeoutMs);
    // NORMAL in WAL mode: a commit survives any process crash (the case exactly-once is built for);
    // only an OS crash or power loss can undo the last commits. FULL would fsync every commit,
    // which puts a disk flush in front of every bulk message and every command.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrateSqlite(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const statements = preparedOnce(db);
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: statements }) }),
    direct: sqliteDirect(db, statements),
  };
}
