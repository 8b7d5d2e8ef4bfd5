import { sql, type Kysely } from 'kysely';
import type { Store } from '../store.js';
import { sqlAudit } from './audit.js';
import { sqlBriefings } from './briefings.js';
import { sqlChats } from './chats.js';
import type { Database } from './database.js';
import { sqlDeliveries } from './deliveries.js';
import type { SqlDialect } from './dialect.js';
import { sqlFileIds } from './file-ids.js';
import { sqlJobs } from './jobs.js';
import { sqlLeases } from './leases.js';
import { sqlPreviews } from './previews.js';
import { sqlRates } from './rates.js';
import type { SqliteDirect } from './sqlite-direct.js';
import { sqlStats } from './stats.js';
import { sqlUpdates } from './updates.js';

/**
 * The store over a migrated database; closing it closes the connection (pool). `direct`: SQLite's
 * connection used synchronously by the statements of every update and reply (sqlite-direct.ts).
 */
export function createSqlStore(
  db: Kysely<Database>,
  dialect: SqlDialect,
  now: () => number,
  direct?: SqliteDirect,
): Store {
  return {
    chats: sqlChats(db, dialect, now, direct),
    jobs: sqlJobs(db, dialect, now),
    deliveries: sqlDeliveries(db, dialect, now),
    briefings: sqlBriefings(db, dialect),
    previews: sqlPreviews(db, now),
    audit: sqlAudit(db, now),
    stats: sqlStats(db, now),
    updates: sqlUpdates(db, dialect, now, direct),
    leases: sqlLeases(db, dialect, now),
    fileIds: sqlFileIds(db, now),
    rates: sqlRates(db, dialect, direct),
    async ping() {
      await sql`SELECT 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}
