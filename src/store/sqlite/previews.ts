import type { Database } from 'better-sqlite3';
import type { Preview, PreviewContent, PreviewState, PreviewStore } from '../store.js';
import { fromJson, toJson } from './json.js';

interface PreviewRow {
  id: number;
  admin_id: number;
  chat_id: number;
  content: string;
  audience_size: number;
  state: PreviewState;
  created_at: number;
}

function toPreview(row: PreviewRow): Preview {
  return {
    id: row.id,
    adminId: row.admin_id,
    chatId: row.chat_id,
    content: fromJson<PreviewContent>(row.content),
    audienceSize: row.audience_size,
    state: row.state,
    createdAt: row.created_at,
  };
}

export function sqlitePreviews(db: Database, now: () => number): PreviewStore {
  const insert = db.prepare<[number, number, string, number, number], PreviewRow>(`
    INSERT INTO broadcast_previews (admin_id, chat_id, content, audience_size, created_at)
    VALUES (?, ?, ?, ?, ?) RETURNING *`);
  const get = db.prepare<[number], PreviewRow>('SELECT * FROM broadcast_previews WHERE id = ?');
  const settle = db.prepare<[string, number]>("UPDATE broadcast_previews SET state = ? WHERE id = ? AND state = 'pending'");

  return {
    async create(preview) {
      const row = insert.get(preview.adminId, preview.chatId, toJson(preview.content), preview.audienceSize, now());
      return toPreview(row!);
    },

    async get(id) {
      const row = get.get(id);
      return row ? toPreview(row) : null;
    },

    async settle(id, state) {
      return settle.run(state, id).changes === 1;
    },
  };
}
