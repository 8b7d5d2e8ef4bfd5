import type { Database } from 'better-sqlite3';
import type { FileIdStore } from '../store.js';

export function sqliteFileIds(db: Database, now: () => number): FileIdStore {
  const get = db.prepare<[string], { file_id: string }>('SELECT file_id FROM file_ids WHERE key = ?');
  const put = db.prepare<[string, string, number]>(`
    INSERT INTO file_ids (key, file_id, created_at) VALUES (?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET file_id = excluded.file_id, created_at = excluded.created_at`);
  // substr rather than LIKE: keys may contain % and _.
  const forget = db.prepare<[string, string]>('DELETE FROM file_ids WHERE substr(key, 1, length(?)) = ?');

  return {
    async get(key) {
      return get.get(key)?.file_id ?? null;
    },

    async put(key, fileId) {
      put.run(key, fileId, now());
    },

    async forget(prefix) {
      return forget.run(prefix, prefix).changes;
    },
  };
}
