import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Store } from '../store.js';
import { sqliteAudit } from './audit.js';
import { sqliteBriefings } from './briefings.js';
import { sqliteChats } from './chats.js';
import { sqliteDeliveries } from './deliveries.js';
import { sqliteFileIds } from './file-ids.js';
import { sqliteJobs } from './jobs.js';
import { sqliteLeases } from './leases.js';
import { applyMigrations } from './migrate.js';
import { sqlitePreviews } from './previews.js';
import { sqliteStats } from './stats.js';
import { sqliteUpdates } from './updates.js';

export interface SqliteStoreOptions {
  /** Clock for every timestamp the store writes; default Date.now. */
  now?: () => number;
  /** How long to wait for the other process's write lock before failing; default 5000 ms. */
  busyTimeoutMs?: number;
}

/** Opens (creating if needed) the database file, applies pending migrations, and returns the store. */
export async function openSqliteStore(path: string, opts: SqliteStoreOptions = {}): Promise<Store> {
  const now = opts.now ?? Date.now;
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    // busy_timeout first: switching to WAL may itself wait for the other process.
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a commit survives any process crash (the case exactly-once is built for);
    // only an OS crash or power loss can undo the last commits. FULL would fsync every commit,
    // which puts a disk flush in front of every bulk message and every command.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    applyMigrations(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    chats: sqliteChats(db, now),
    jobs: sqliteJobs(db, now),
    deliveries: sqliteDeliveries(db, now),
    briefings: sqliteBriefings(db),
    previews: sqlitePreviews(db, now),
    audit: sqliteAudit(db, now),
    stats: sqliteStats(db, now),
    updates: sqliteUpdates(db, now),
    leases: sqliteLeases(db, now),
    fileIds: sqliteFileIds(db, now),
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      db.close();
    },
  };
}
