import type { Selectable } from 'kysely';
import type { ChatTable } from './database.js';
import { StringList } from '../store.js';
import { parseJson, toJson } from './json.js';

export type ChatRow = Selectable<ChatTable>;

/**
 * A group became a supergroup that was already seen: the columns the supergroup's row gets.
 * The old chat's settings win where set; the new row keeps its own identity (id, title if set).
 */
export function mergeChatRows(
  old: ChatRow,
  into: ChatRow,
  now: number,
): Omit<ChatRow, 'id' | 'last_seen_at'> {
  return {
    type: 'supergroup',
    title: into.title ?? old.title,
    language: old.language ?? into.language,
    subscribed: Math.max(old.subscribed, into.subscribed),
    thread_id: old.thread_id ?? into.thread_id,
    status: old.status === 'active' || into.status === 'active' ? 'active' : old.status,
    filters: toJson(
      [
        ...new Set([
          ...parseJson(StringList, old.filters, `filters of chat ${old.id}`),
          ...parseJson(StringList, into.filters, `filters of chat ${into.id}`),
        ]),
      ].sort(),
    ),
    slots: old.slots ?? into.slots,
    created_at: Math.min(old.created_at, into.created_at),
    updated_at: now,
  };
}
