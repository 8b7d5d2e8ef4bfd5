import type { Logger } from 'pino';
import { describeDatabaseUrl, isPostgresUrl } from './database-url.js';
import { postgresDialect, sqliteDialect } from './sql/dialect.js';
import { createSqlStore } from './sql/sql-store.js';
import { openSqlite } from './sql/sqlite.js';
import type { Store } from './store.js';

export interface StoreOptions {
  /** `postgres://` or `postgresql://`: PostgreSQL. Otherwise SQLite at `databasePath`. */
  databaseUrl?: string | undefined;
  /** SQLite file (its folder is created); `:memory:` for a private in-memory database. */
  databasePath?: string;
  /** Clock for every timestamp the store writes; default Date.now. */
  now?: () => number;
  /** SQLite: how long to wait for another process's write lock before failing; default 5000 ms. */
  busyTimeoutMs?: number;
  /** PostgreSQL: connections in the pool; default 10. */
  poolSize?: number;
  log?: Logger;
}

/** Opens the database the options name, applies pending migrations (once across instances), and returns the store. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const now = options.now ?? Date.now;
  const { databaseUrl, log } = options;
  if (databaseUrl !== undefined && databaseUrl !== '') {
    if (!isPostgresUrl(databaseUrl))
      throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
    // Loaded here, not at start-up: the pg driver costs a SQLite deployment import time for nothing.
    const { openPostgres } = await import('./sql/postgres.js');
    const db = await openPostgres(databaseUrl, {
      ...(options.poolSize !== undefined ? { poolSize: options.poolSize } : {}),
      onPoolError: (error) => log?.warn({ err: error.message }, 'database connection lost'),
    });
    log?.info({ kind: 'postgres', ...describeDatabaseUrl(databaseUrl) }, 'database opened');
    return createSqlStore(db, postgresDialect, now);
  }
  if (options.databasePath === undefined) throw new Error('openStore needs a databaseUrl or a databasePath');
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const { db, direct } = openSqlite(options.databasePath, busyTimeoutMs);
  log?.info({ kind: 'sqlite', path: options.databasePath }, 'database opened');
  return createSqlStore(db, sqliteDialect(busyTimeoutMs), now, direct);
}
