import type { Database } from 'better-sqlite3';
import type { BriefingStore } from '../store.js';
import { toJson } from './json.js';

type Pair = { chat_id: number; briefing_id: string };

export function sqliteBriefings(db: Database): BriefingStore {
  const forChat = db.prepare<[number], { briefing_id: string }>('SELECT briefing_id FROM briefing_reservations WHERE chat_id = ?');
  // Ids travel as one JSON array parameter: no statement per batch size, no bound-parameter limit.
  const forChats = db.prepare<[string], Pair>(`
    SELECT chat_id, briefing_id FROM briefing_reservations
    WHERE chat_id IN (SELECT value FROM json_each(?))`);
  const forChatsAmong = db.prepare<[string, string], Pair>(`
    SELECT chat_id, briefing_id FROM briefing_reservations
    WHERE chat_id IN (SELECT value FROM json_each(?))
      AND briefing_id IN (SELECT value FROM json_each(?))`);

  return {
    async delivered(chatId) {
      return new Set(forChat.all(chatId).map((r) => r.briefing_id));
    },

    async deliveredMany(chatIds, among) {
      const result = new Map<number, Set<string>>();
      if (chatIds.length === 0 || among?.length === 0) return result;
      const pairs = among === undefined ? forChats.iterate(toJson(chatIds)) : forChatsAmong.iterate(toJson(chatIds), toJson(among));
      for (const { chat_id, briefing_id } of pairs) {
        let set = result.get(chat_id);
        if (!set) result.set(chat_id, (set = new Set()));
        set.add(briefing_id);
      }
      return result;
    },
  };
}
