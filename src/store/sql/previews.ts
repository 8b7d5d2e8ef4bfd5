import type { Kysely, Selectable } from 'kysely';
import { PreviewContent, type Preview, type PreviewStore } from '../store.js';
import type { Database, PreviewTable } from './database.js';
import { parseJson, toJson } from './json.js';
import { changed } from './rows.js';

function toPreview(row: Selectable<PreviewTable>): Preview {
  return {
    id: row.id,
    adminId: row.admin_id,
    chatId: row.chat_id,
    content: parseJson(PreviewContent, row.content, `content of preview ${row.id}`),
    audienceSize: row.audience_size,
    state: row.state,
    createdAt: row.created_at,
  };
}

export function sqlPreviews(db: Kysely<Database>, now: () => number): PreviewStore {
  return {
    async create(preview) {
      const row = await db
        .insertInto('broadcast_previews')
        .values({
          admin_id: preview.adminId,
          chat_id: preview.chatId,
          content: toJson(preview.content),
          audience_size: preview.audienceSize,
          created_at: now(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toPreview(row);
    },

    async get(id) {
      const row = await db
        .selectFrom('broadcast_previews')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toPreview(row) : null;
    },

    async settle(id, state) {
      const result = await db
        .updateTable('broadcast_previews')
        .set({ state })
        .where('id', '=', id)
        .where('state', '=', 'pending')
        .executeTakeFirst();
      return changed(result) === 1;
    },
  };
}
