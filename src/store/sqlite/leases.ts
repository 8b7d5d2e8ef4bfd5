import type { Database } from 'better-sqlite3';
import type { LeaseHolder, LeaseStore } from '../store.js';
import { immediate } from './transaction.js';

export function sqliteLeases(db: Database, now: () => number): LeaseStore {
  // One statement: taking a free or expired lease and renewing one's own are the same upsert.
  const acquire = db.prepare<{ name: string; owner: string; now: number; until: number }>(`
    INSERT INTO leases (name, owner, until) VALUES (@name, @owner, @until)
    ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until = excluded.until
    WHERE leases.owner = excluded.owner OR leases.until <= @now`);
  const release = db.prepare<[string, string]>('DELETE FROM leases WHERE name = ? AND owner = ?');
  const holder = db.prepare<[string], LeaseHolder>('SELECT owner, until FROM leases WHERE name = ?');
  const owners = db.prepare<[], { owner: string }>(`
    SELECT owner FROM leases
    UNION SELECT lease_owner AS owner FROM jobs WHERE state = 'running' AND lease_owner IS NOT NULL`);
  const releaseNamed = db.prepare<[string]>('DELETE FROM leases WHERE owner = ?');
  const releaseJobs = db.prepare<[string]>("UPDATE jobs SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ? AND state = 'running'");

  return {
    async acquire(name, owner, ttlMs) {
      const at = now();
      return acquire.run({ name, owner, now: at, until: at + ttlMs }).changes === 1;
    },

    async release(name, owner) {
      return release.run(name, owner).changes === 1;
    },

    async holder(name) {
      return holder.get(name) ?? null;
    },

    async owners() {
      return owners.all().map((row) => row.owner);
    },

    async releaseAll(owner) {
      return immediate(db, () => releaseNamed.run(owner).changes + releaseJobs.run(owner).changes);
    },
  };
}
