import type { Database } from 'better-sqlite3';
import { SQLITE_MIGRATIONS } from './migrations-sqlite.js';

/**
 * Brings the schema up to date in one IMMEDIATE transaction, so two processes starting together
 * apply each migration once: the second waits for the lock, then sees the new user_version.
 * Returns the schema version now in place.
 */
export function migrateSqlite(db: Database, migrations: readonly string[] = SQLITE_MIGRATIONS): number {
  const upgrade = db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > migrations.length) {
      throw new Error(`database schema version ${current} is newer than this code (${migrations.length})`);
    }
    for (let version = current; version < migrations.length; version++) {
      db.exec(migrations[version]!);
    }
    // PRAGMA takes no bound parameters; the value is an integer we computed.
    if (current < migrations.length) db.pragma(`user_version = ${migrations.length}`);
    return migrations.length;
  });
  return upgrade.immediate();
}
