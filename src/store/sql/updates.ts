import type { Kysely } from 'kysely';
import type { UpdateLog } from '../store.js';
import type { Database } from './database.js';
import { changed } from './rows.js';

export function sqlUpdates(db: Kysely<Database>, now: () => number): UpdateLog {
  return {
    async claim(updateId) {
      const result = await db
        .insertInto('handled_updates')
        .values({ update_id: updateId, handled_at: now() })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
    },

    async claimMany(updateIds) {
      if (updateIds.length === 0) return [];
      const at = now();
      const rows = await db
        .insertInto('handled_updates')
        .values([...new Set(updateIds)].map((id) => ({ update_id: id, handled_at: at })))
        .onConflict((oc) => oc.doNothing())
        .returning('update_id')
        .execute();
      const claimed = new Set(rows.map((row) => Number(row.update_id)));
      // A second place of one id is a re-send that arrived with the first: handled once.
      return updateIds.map((id) => claimed.delete(id));
    },

    async prune(olderThanMs) {
      return changed(
        await db
          .deleteFrom('handled_updates')
          .where('handled_at', '<', now() - olderThanMs)
          .executeTakeFirst(),
      );
    },
  };
}
