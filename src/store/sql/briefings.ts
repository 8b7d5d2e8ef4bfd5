import type { Kysely } from 'kysely';
import type { BriefingStore } from '../store.js';
import type { Database } from './database.js';
import type { SqlDialect } from './dialect.js';
import { decodeBriefingIds } from './planned-briefings.js';

type PlannedRow = { chat_id: number; job_id: number; briefing_ids: string };

/** Each chat's planned briefings, kept to `among` when given. */
function bySet(rows: readonly PlannedRow[], among?: readonly string[]): Map<number, Set<string>> {
  const wanted = among && new Set(among);
  const result = new Map<number, Set<string>>();
  for (const row of rows) {
    let set = result.get(row.chat_id);
    for (const id of decodeBriefingIds(row.briefing_ids, row)) {
      if (wanted && !wanted.has(id)) continue;
      if (!set) result.set(row.chat_id, (set = new Set()));
      set.add(id);
    }
  }
  return result;
}

/**
 * What each chat with an id from `fromId` to `toId` was ever planned among `among`, read through
 * `db` (a transaction holding the plans' write lock, when what is read must stay true).
 */
export async function plannedBetween(
  db: Kysely<Database>,
  dialect: SqlDialect,
  fromId: number,
  toId: number,
  among: readonly string[],
): Promise<Map<number, Set<string>>> {
  if (among.length === 0 || fromId > toId) return new Map();
  const rows = await db
    .selectFrom('planned_briefings')
    .select(['chat_id', 'job_id', 'briefing_ids'])
    .where('chat_id', '>=', fromId)
    .where('chat_id', '<=', toId)
    .where(({ ref }) => dialect.listsAny(ref('briefing_ids'), among))
    .execute();
  return bySet(rows, among);
}

export function sqlBriefings(db: Kysely<Database>, dialect: SqlDialect): BriefingStore {
  const planned = () => db.selectFrom('planned_briefings').select(['chat_id', 'job_id', 'briefing_ids']);

  return {
    async delivered(chatId) {
      const rows = await planned().where('chat_id', '=', chatId).execute();
      return bySet(rows).get(chatId) ?? new Set();
    },

    async deliveredMany(chatIds, among) {
      if (chatIds.length === 0 || among?.length === 0) return new Map();
      const rows = await planned()
        .where(({ ref }) => dialect.inList(ref('chat_id'), chatIds, 'bigint'))
        .$if(among !== undefined, (q) => q.where(({ ref }) => dialect.listsAny(ref('briefing_ids'), among!)))
        .execute();
      return bySet(rows, among);
    },

    deliveredBetween: (fromId, toId, among) => plannedBetween(db, dialect, fromId, toId, among),
  };
}
