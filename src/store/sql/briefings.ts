import type { Kysely } from 'kysely';
import type { BriefingStore } from '../store.js';
import type { Database } from './database.js';
import type { SqlDialect } from './dialect.js';

function bySet(pairs: ReadonlyArray<{ chat_id: number; briefing_id: string }>): Map<number, Set<string>> {
  const result = new Map<number, Set<string>>();
  for (const { chat_id, briefing_id } of pairs) {
    let set = result.get(chat_id);
    if (!set) result.set(chat_id, (set = new Set()));
    set.add(briefing_id);
  }
  return result;
}

export function sqlBriefings(db: Kysely<Database>, dialect: SqlDialect): BriefingStore {
  return {
    async delivered(chatId) {
      const rows = await db
        .selectFrom('briefing_reservations')
        .select('briefing_id')
        .where('chat_id', '=', chatId)
        .execute();
      return new Set(rows.map((r) => r.briefing_id));
    },

    async deliveredMany(chatIds, among) {
      if (chatIds.length === 0 || among?.length === 0) return new Map();
      const pairs = await db
        .selectFrom('briefing_reservations')
        .select(['chat_id', 'briefing_id'])
        .where(({ ref }) => dialect.inList(ref('chat_id'), chatIds, 'bigint'))
        .$if(among !== undefined, (q) =>
          q.where(({ ref }) => dialect.inList(ref('briefing_id'), among!, 'text')),
        )
        .execute();
      return bySet(pairs);
    },

    async deliveredBetween(fromId, toId, among) {
      if (among.length === 0 || fromId > toId) return new Map();
      const pairs = await db
        .selectFrom('briefing_reservations')
        .select(['chat_id', 'briefing_id'])
        .where('chat_id', '>=', fromId)
        .where('chat_id', '<=', toId)
        .where(({ ref }) => dialect.inList(ref('briefing_id'), among, 'text'))
        .execute();
      return bySet(pairs);
    },
  };
}
