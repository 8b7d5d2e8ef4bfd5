import type { Database } from 'better-sqlite3';
import type { UpdateLog } from '../store.js';

export function sqliteUpdates(db: Database, now: () => number): UpdateLog {
  const claim = db.prepare<[number, number]>('INSERT INTO handled_updates (update_id, handled_at) VALUES (?, ?) ON CONFLICT DO NOTHING');
  const prune = db.prepare<[number]>('DELETE FROM handled_updates WHERE handled_at < ?');

  return {
    async claim(updateId) {
      return claim.run(updateId, now()).changes === 1;
    },

    async prune(olderThanMs) {
      return prune.run(now() - olderThanMs).changes;
    },
  };
}
