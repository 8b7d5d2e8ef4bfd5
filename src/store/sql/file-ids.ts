import { sql, type Kysely } from 'kysely';
import type { FileIdStore } from '../store.js';
import type { Database } from './database.js';
import { changed } from './rows.js';

export function sqlFileIds(db: Kysely<Database>, now: () => number): FileIdStore {
  return {
    async get(key) {
      const row = await db.selectFrom('file_ids').select('file_id').where('key', '=', key).executeTakeFirst();
      return row?.file_id ?? null;
    },

    async put(key, fileId) {
      await db
        .insertInto('file_ids')
        .values({ key, file_id: fileId, created_at: now() })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            file_id: eb.ref('excluded.file_id'),
            created_at: eb.ref('excluded.created_at'),
          })),
        )
        .execute();
    },

    async forget(prefix) {
      // substr rather than LIKE: keys may contain % and _. Both databases count code points.
      const length = [...prefix].length;
      const result = await db
        .deleteFrom('file_ids')
        .where(sql<string>`substr(key, 1, ${length})`, '=', prefix)
        .executeTakeFirst();
      return changed(result);
    },
  };
}
