import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';
import { POSTGRES_MIGRATIONS } from './migrations-postgres.js';

/** Any fixed number, the same in every instance: the advisory lock that serialises migrations. */
const MIGRATION_LOCK = 0x6d61776a; // "mawj"

/**
 * Brings the schema up to date in one transaction under a transaction-scoped advisory lock, so
 * instances starting together apply each migration once: the others wait for the lock, then see
 * the new version. A failing migration rolls back entirely. Returns the schema version now in place.
 */
export async function migratePostgres(
  db: Kysely<Database>,
  migrations: readonly string[] = POSTGRES_MIGRATIONS,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await sql`CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`.execute(trx);
    const row = (await sql<{ version: number }>`SELECT version FROM schema_version`.execute(trx)).rows[0];
    const current = row?.version ?? 0;
    if (current > migrations.length) {
      throw new Error(`database schema version ${current} is newer than this code (${migrations.length})`);
    }
    // Each entry holds several statements: sent without parameters, they run as one simple query.
    for (let version = current; version < migrations.length; version++)
      await sql.raw(migrations[version]!).execute(trx);
    if (!row) await sql`INSERT INTO schema_version (version) VALUES (${migrations.length})`.execute(trx);
    else if (current < migrations.length)
      await sql`UPDATE schema_version SET version = ${migrations.length}`.execute(trx);
    return migrations.length;
  });
}
