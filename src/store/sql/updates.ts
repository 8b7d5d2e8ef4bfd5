import { CompiledQuery, type Kysely } from 'kysely';
import type { UpdateLog } from '../store.js';
import type { Database } from './database.js';
import type { SqlDialect } from './dialect.js';
import { changed } from './rows.js';
import { NOT_NOW, type SqliteDirect } from './sqlite-direct.js';

export function sqlUpdates(
  db: Kysely<Database>,
  dialect: SqlDialect,
  now: () => number,
  direct?: SqliteDirect,
): UpdateLog {
  // The webhook claims every update it is given (batch-per-turn.ts gathers those read together), so
  // the claim's statements are compiled once. SQLite: one id per statement inside one synchronous
  // transaction (sqlite-direct.ts); PostgreSQL: every id in one statement, one array parameter.
  const claimOne = db
    .insertInto('handled_updates')
    .values({ update_id: 0, handled_at: 0 })
    .onConflict((oc) => oc.doNothing())
    .returning('update_id')
    .compile().sql;
  const claimAll = `insert into "handled_updates" ("update_id", "handled_at") select unnest(${dialect.placeholder(1)}::bigint[]), ${dialect.placeholder(2)}::bigint on conflict do nothing returning "update_id"`;

  /** The ids among `ids` (distinct) that this call recorded. */
  async function claimed(ids: readonly number[], at: number): Promise<Set<number>> {
    if (dialect.arrayParameters) {
      const { rows } = await db.executeQuery<{ update_id: number }>(CompiledQuery.raw(claimAll, [ids, at]));
      return new Set(rows.map((row) => Number(row.update_id)));
    }
    const inserted =
      direct?.immediate((run) =>
        ids.filter((id) => run<{ update_id: number }>(claimOne, [id, at]).length === 1),
      ) ?? NOT_NOW;
    if (inserted !== NOT_NOW) return new Set(inserted);
    // Another transaction is open on the connection, or another process holds the write lock:
    // Kysely's path, which waits for either without blocking the event loop.
    const rows = await dialect.transaction(db, (trx) =>
      trx
        .insertInto('handled_updates')
        .values(ids.map((id) => ({ update_id: id, handled_at: at })))
        .onConflict((oc) => oc.doNothing())
        .returning('update_id')
        .execute(),
    );
    return new Set(rows.map((row) => Number(row.update_id)));
  }

  const claimMany: UpdateLog['claimMany'] = async (updateIds) => {
    if (updateIds.length === 0) return [];
    const won = await claimed([...new Set(updateIds)], now());
    // A second place of one id is a re-send that arrived with the first: handled once.
    return updateIds.map((id) => won.delete(id));
  };

  return {
    async claim(updateId) {
      const [won] = await claimMany([updateId]);
      return won === true;
    },

    claimMany,

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
