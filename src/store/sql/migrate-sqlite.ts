import type { Database } from 'better-sqlite3';
import { SQLITE_MIGRATIONS } from './migrations-sqlite.js';

/**
 * Brings the schema up to date in one IMMEDIATE transaction, so two processes starting together
 * apply each migration once: the second waits for the lock, then sees the new user_version.
 * Returns the schema version now in place.
 *
 * Foreign keys are off meanwhile (SQLite ignores the pragma inside a transaction, so it is set
 * around it): a migration that rebuilds a table to change a constraint drops the old one, and with
 * them on the drop would delete every row referencing it. They are checked before the commit
 * of a migration.
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
    if (current === migrations.length) return current;
    const broken = db.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;
    if (broken.length > 0) {
      const { table, parent } = broken[0]!;
      throw new Error(`migration left ${broken.length} row(s) of ${table} without their ${parent} row`);
    }
    // PRAGMA takes no bound parameters; the value is an integer we computed.
    db.pragma(`user_version = ${migrations.length}`);
    return migrations.length;
  });
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    return upgrade.immediate();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}
