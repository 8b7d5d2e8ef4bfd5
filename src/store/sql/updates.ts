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
