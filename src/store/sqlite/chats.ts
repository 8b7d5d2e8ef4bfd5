import type { Database } from 'better-sqlite3';
import {
  CHAT_LANGUAGES,
  CHAT_STATUSES,
  CHAT_TYPES,
  type Chat,
  type ChatCounts,
  type ChatLanguage,
  type ChatStatus,
  type ChatStore,
  type ChatType,
  type SeenChat,
  type SubscriberQuery,
} from '../store.js';
import { fromJson, toJson } from './json.js';
import { immediate } from './transaction.js';

interface ChatRow {
  id: number;
  type: ChatType;
  title: string | null;
  language: ChatLanguage | null;
  subscribed: number;
  thread_id: number | null;
  status: ChatStatus;
  filters: string;
  slots: string | null;
  created_at: number;
  updated_at: number;
  last_seen_at: number;
}

function toChat(row: ChatRow): Chat {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    language: row.language,
    subscribed: row.subscribed === 1,
    threadId: row.thread_id,
    status: row.status,
    filters: fromJson<string[]>(row.filters),
    slots: row.slots === null ? null : fromJson<string[]>(row.slots),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastSeenAt: row.last_seen_at,
  };
}

const DEFAULT_BATCH_SIZE = 1000;
/** Below every Telegram chat id: the keyset cursor's starting point. */
const BEFORE_FIRST_ID = Number.MIN_SAFE_INTEGER;

export function sqliteChats(db: Database, now: () => number): ChatStore {
  const seen = db.prepare<[number, string, string | null, string | null, number, number, number]>(`
    INSERT INTO chats (id, type, title, language, created_at, updated_at, last_seen_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET
      type = excluded.type,
      title = excluded.title,
      status = 'active',
      updated_at = excluded.updated_at,
      last_seen_at = excluded.last_seen_at
    RETURNING *`);
  const get = db.prepare<[number], ChatRow>('SELECT * FROM chats WHERE id = ?');
  const setLanguage = db.prepare('UPDATE chats SET language = ?, updated_at = ? WHERE id = ?');
  const subscribe = db.prepare('UPDATE chats SET subscribed = 1, thread_id = ?, updated_at = ? WHERE id = ?');
  const unsubscribe = db.prepare('UPDATE chats SET subscribed = 0, updated_at = ? WHERE id = ?');
  const setStatus = db.prepare('UPDATE chats SET status = ?, updated_at = ? WHERE id = ?');
  const setSlots = db.prepare('UPDATE chats SET slots = ?, updated_at = ? WHERE id = ?');
  const getFilters = db.prepare<[number], { filters: string }>('SELECT filters FROM chats WHERE id = ?');
  const setFilters = db.prepare('UPDATE chats SET filters = ?, updated_at = ? WHERE id = ?');
  const counts = db.prepare<[], { type: ChatType; language: ChatLanguage | null; status: ChatStatus; subscribed: number; n: number }>(
    'SELECT type, language, status, subscribed, count(*) AS n FROM chats GROUP BY type, language, status, subscribed',
  );
  // The WHERE matches chats_active_subscribers exactly, so the partial index serves it.
  const subscriberPage = db.prepare<[number, number], ChatRow>(`
    SELECT * FROM chats
    WHERE subscribed = 1 AND status = 'active' AND id > ?
    ORDER BY id LIMIT ?`);
  const subscriberPageForSlot = db.prepare<[number, string, number], ChatRow>(`
    SELECT * FROM chats
    WHERE subscribed = 1 AND status = 'active' AND id > ?
      AND (slots IS NULL OR EXISTS (SELECT 1 FROM json_each(chats.slots) WHERE value = ?))
    ORDER BY id LIMIT ?`);

  // Migration: the old chat's settings win where set; the new row keeps its own identity.
  const mergeInto = db.prepare(`
    UPDATE chats SET
      type = 'supergroup',
      title = coalesce(chats.title, old.title),
      language = coalesce(old.language, chats.language),
      subscribed = max(old.subscribed, chats.subscribed),
      thread_id = coalesce(old.thread_id, chats.thread_id),
      status = CASE WHEN old.status = 'active' OR chats.status = 'active' THEN 'active' ELSE old.status END,
      filters = (SELECT json_group_array(value) FROM (
                   SELECT value FROM json_each(old.filters) UNION SELECT value FROM json_each(chats.filters) ORDER BY 1)),
      slots = coalesce(old.slots, chats.slots),
      created_at = min(old.created_at, chats.created_at),
      updated_at = @now
    FROM (SELECT * FROM chats WHERE id = @oldId) AS old
    WHERE chats.id = @newId`);
  const moveChat = db.prepare("UPDATE chats SET id = @newId, type = 'supergroup', updated_at = @now WHERE id = @oldId");
  const deleteChat = db.prepare('DELETE FROM chats WHERE id = ?');
  // A pair the new id already holds stays where it is; the old duplicate is dropped below.
  const moveReservations = db.prepare('UPDATE OR IGNORE briefing_reservations SET chat_id = @newId WHERE chat_id = @oldId');
  const dropReservations = db.prepare('DELETE FROM briefing_reservations WHERE chat_id = ?');
  // Probing the primary key once per job instead of scanning every delivery ever made.
  // A job holding both ids (should not happen) keeps the old row under the old id.
  const moveDeliveries = db.prepare(
    'UPDATE OR IGNORE deliveries SET chat_id = @newId WHERE job_id IN (SELECT id FROM jobs) AND chat_id = @oldId',
  );

  function editFilters(chatId: number, edit: (filters: Set<string>) => void): string[] | null {
    return immediate(db, () => {
      const row = getFilters.get(chatId);
      if (!row) return null;
      const filters = new Set(fromJson<string[]>(row.filters));
      edit(filters);
      const sorted = [...filters].sort();
      setFilters.run(toJson(sorted), now(), chatId);
      return sorted;
    });
  }

  return {
    async seen(chat: SeenChat) {
      const at = now();
      const row = seen.get(chat.id, chat.type, chat.title, chat.language ?? null, at, at, at) as ChatRow;
      return toChat(row);
    },

    async get(chatId) {
      const row = get.get(chatId);
      return row ? toChat(row) : null;
    },

    async setLanguage(chatId, language) {
      return setLanguage.run(language, now(), chatId).changes === 1;
    },

    async subscribe(chatId, threadId) {
      return subscribe.run(threadId, now(), chatId).changes === 1;
    },

    async unsubscribe(chatId) {
      return unsubscribe.run(now(), chatId).changes === 1;
    },

    async setStatus(chatId, status) {
      return setStatus.run(status, now(), chatId).changes === 1;
    },

    async setSlots(chatId, slots) {
      return setSlots.run(slots === null ? null : toJson([...new Set(slots)]), now(), chatId).changes === 1;
    },

    async addFilter(chatId, filter) {
      return editFilters(chatId, (filters) => filters.add(filter));
    },

    async removeFilter(chatId, filter) {
      return editFilters(chatId, (filters) => filters.delete(filter));
    },

    async migrate(oldId, newId) {
      if (oldId === newId) return get.get(oldId) !== undefined;
      return immediate(db, () => {
        if (!get.get(oldId)) return false;
        const ids = { oldId, newId, now: now() };
        if (get.get(newId)) {
          mergeInto.run(ids);
          deleteChat.run(oldId);
        } else {
          moveChat.run(ids);
        }
        moveReservations.run(ids);
        dropReservations.run(oldId);
        moveDeliveries.run(ids);
        return true;
      });
    },

    async counts() {
      const result: ChatCounts = {
        total: 0,
        activeSubscribers: 0,
        byType: Object.fromEntries(CHAT_TYPES.map((t) => [t, 0])) as Record<ChatType, number>,
        byLanguage: Object.fromEntries([...CHAT_LANGUAGES, 'none'].map((l) => [l, 0])) as ChatCounts['byLanguage'],
        byStatus: Object.fromEntries(CHAT_STATUSES.map((s) => [s, 0])) as Record<ChatStatus, number>,
      };
      for (const row of counts.all()) {
        result.total += row.n;
        result.byType[row.type] += row.n;
        result.byLanguage[row.language ?? 'none'] += row.n;
        result.byStatus[row.status] += row.n;
        if (row.subscribed === 1 && row.status === 'active') result.activeSubscribers += row.n;
      }
      return result;
    },

    async *subscribers(query: SubscriberQuery = {}) {
      const batchSize = query.batchSize ?? DEFAULT_BATCH_SIZE;
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
      let after = BEFORE_FIRST_ID;
      for (;;) {
        // Each page is its own short read, so a long plan never pins a snapshot or holds a lock.
        const rows =
          query.slot === undefined ? subscriberPage.all(after, batchSize) : subscriberPageForSlot.all(after, query.slot, batchSize);
        if (rows.length === 0) return;
        yield rows.map(toChat);
        if (rows.length < batchSize) return;
        after = rows[rows.length - 1]!.id;
      }
    },
  };
}
