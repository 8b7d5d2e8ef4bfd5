import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import {
  CHAT_LANGUAGES,
  CHAT_STATUSES,
  CHAT_TYPES,
  StringList,
  type Chat,
  type ChatCounts,
  type ChatStatus,
  type ChatStore,
  type ChatType,
  type Recipient,
  type SeenChat,
  type SubscriberQuery,
} from '../store.js';
import { mergeChatRows, type ChatRow } from './chat-merge.js';
import { runCompiled } from './compiled.js';
import type { Database } from './database.js';
import type { SqlDialect } from './dialect.js';
import { parseJson, toJson } from './json.js';
import { lockPlans } from './plans-version.js';
import { changed } from './rows.js';
import type { SqliteDirect } from './sqlite-direct.js';

/** Distinct filters and slots texts kept parsed per store: nearly every chat has `[]` or one of a few. */
const PARSED_LISTS_KEPT = 1000;

/**
 * A chat row's JSON list column parsed with its schema, each distinct text once: parsing it for
 * every chat read was a good part of the read. Each caller gets its own copy.
 */
function listParser(): (text: string, column: string) => string[] {
  const parsed = new Map<string, readonly string[]>();
  return (text, column) => {
    let list = parsed.get(text);
    if (list === undefined) {
      list = parseJson(StringList, text, column);
      if (parsed.size >= PARSED_LISTS_KEPT) parsed.clear();
      parsed.set(text, list);
    }
    return [...list];
  };
}

function toChat(row: ChatRow, parseList: (text: string, column: string) => string[]): Chat {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    language: row.language,
    subscribed: row.subscribed === 1,
    threadId: row.thread_id,
    status: row.status,
    filters: parseList(row.filters, `filters of chat ${row.id}`),
    slots: row.slots === null ? null : parseList(row.slots, `slots of chat ${row.id}`),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastSeenAt: row.last_seen_at,
  };
}

/** What digest planning reads of a chat: at a million subscribers, whole rows cost twice as much. */
const RECIPIENT_COLUMNS = ['id', 'type', 'language', 'thread_id', 'filters'] as const;

/** Distinct filter texts kept parsed during one walk of the recipients; a plan sees a few dozen. */
const PARSED_FILTERS_KEPT = 1000;

/**
 * Maps recipient rows, each distinct filters text parsed once: most chats have none or the same
 * few, and parsing each row's JSON with its schema was a tenth of reading a million of them.
 * Recipients with the same filters share one array (the planner only reads it).
 */
function recipientMapper(): (row: Pick<ChatRow, (typeof RECIPIENT_COLUMNS)[number]>) => Recipient {
  const parsed = new Map<string, string[]>();
  return (row) => {
    let filters = parsed.get(row.filters);
    if (filters === undefined) {
      filters = parseJson(StringList, row.filters, `filters of chat ${row.id}`);
      if (parsed.size >= PARSED_FILTERS_KEPT) parsed.clear();
      parsed.set(row.filters, filters);
    }
    return { id: row.id, type: row.type, language: row.language, threadId: row.thread_id, filters };
  };
}

const DEFAULT_BATCH_SIZE = 1000;
/** Below every Telegram chat id: the keyset cursor's starting point. */
const BEFORE_FIRST_ID = Number.MIN_SAFE_INTEGER;

export function sqlChats(
  db: Kysely<Database>,
  dialect: SqlDialect,
  now: () => number,
  direct?: SqliteDirect,
): ChatStore {
  const parseList = listParser();
  const toStoredChat = (row: ChatRow) => toChat(row, parseList);
  // The reads of every update (chat-record.ts), compiled once; see compiled.ts.
  const run = runCompiled(db, direct);
  // A group's chat read stays on Kysely's driver, queued behind the statements before it:
  // chat-record.ts reads a group's updates one by one so that each command sees the replies the
  // ones before it queued (the group pacing), and answering at once, as the direct path does,
  // let every command of a burst read before any had queued its reply (no busy notice was sent).
  const runQueued = runCompiled(db);
  const selectOne = db.selectFrom('chats').selectAll().where('id', '=', 0).compile().sql;
  const selectMany = db
    .selectFrom('chats')
    .selectAll()
    .where(({ ref }) => dialect.inList(ref('id'), [], 'bigint'))
    .compile().sql;

  /** The chat row, locked until the transaction ends where the database has row locks. */
  function getForUpdate(trx: Kysely<Database>, chatId: number): Promise<ChatRow | undefined> {
    return trx
      .selectFrom('chats')
      .selectAll()
      .where('id', '=', chatId)
      .$if(dialect.rowLocks, (q) => q.forUpdate())
      .executeTakeFirst();
  }

  async function update(chatId: number, values: Partial<Omit<ChatRow, 'id'>>): Promise<boolean> {
    const result = await db
      .updateTable('chats')
      .set({ ...values, updated_at: now() })
      .where('id', '=', chatId)
      .executeTakeFirst();
    return changed(result) === 1;
  }

  function editFilters(chatId: number, edit: (filters: Set<string>) => void): Promise<string[] | null> {
    return dialect.transaction(db, async (trx) => {
      const row = await getForUpdate(trx, chatId);
      if (!row) return null;
      const filters = new Set(parseJson(StringList, row.filters, `filters of chat ${chatId}`));
      edit(filters);
      const sorted = [...filters].sort();
      await trx
        .updateTable('chats')
        .set({ filters: toJson(sorted), updated_at: now() })
        .where('id', '=', chatId)
        .execute();
      return sorted;
    });
  }

  /**
   * Active subscribers in id order, a bounded page at a time, each row read with `columns` and
   * mapped with `map`. Each page is its own short read, so a long plan never pins a snapshot or
   * holds a lock.
   */
  async function* pages<Row, Out>(
    query: SubscriberQuery = {},
    columns: (q: SelectQueryBuilder<Database, 'chats', object>) => SelectQueryBuilder<Database, 'chats', Row>,
    map: (row: Row & { id: number }) => Out,
  ): AsyncGenerator<Out[]> {
    const batchSize = query.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(batchSize) || batchSize < 1)
      throw new RangeError('batchSize must be a positive integer');
    const slot = query.slot;
    let after = query.after ?? BEFORE_FIRST_ID;
    for (;;) {
      // The WHERE matches chats_active_subscribers exactly, in literals (a bound parameter would not
      // prove the index's condition), so the partial index serves it.
      const rows = (await columns(db.selectFrom('chats'))
        .where('subscribed', '=', sql.lit(1))
        .where('status', '=', sql.lit('active'))
        .where('id', '>', after)
        .$if(slot !== undefined, (q) =>
          q.where((eb) => eb.or([eb('slots', 'is', null), dialect.jsonArrayHas(eb.ref('slots'), slot!)])),
        )
        .orderBy('id')
        .limit(batchSize)
        .execute()) as Array<Row & { id: number }>;
      if (rows.length === 0) return;
      yield rows.map(map);
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  return {
    async seen(chat: SeenChat) {
      const at = now();
      const row = await db
        .insertInto('chats')
        .values({
          id: chat.id,
          type: chat.type,
          title: chat.title,
          language: chat.language ?? null,
          created_at: at,
          updated_at: at,
          last_seen_at: at,
        })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            type: eb.ref('excluded.type'),
            title: eb.ref('excluded.title'),
            status: 'active',
            updated_at: eb.ref('excluded.updated_at'),
            last_seen_at: eb.ref('excluded.last_seen_at'),
          })),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return toStoredChat(row);
    },

    async get(chatId) {
      const [row] = await runQueued<ChatRow>(selectOne, [chatId]);
      return row ? toStoredChat(row) : null;
    },

    async getMany(chatIds) {
      if (chatIds.length === 0) return [];
      const rows = await run<ChatRow>(selectMany, [dialect.listParameter([...new Set(chatIds)])]);
      const chats = new Map(rows.map((row) => [Number(row.id), toStoredChat(row)]));
      return chatIds.map((id) => chats.get(id) ?? null);
    },

    setLanguage: (chatId, language) => update(chatId, { language }),
    subscribe: (chatId, threadId) => update(chatId, { subscribed: 1, thread_id: threadId }),
    unsubscribe: (chatId) => update(chatId, { subscribed: 0 }),
    setStatus: (chatId, status) => update(chatId, { status }),
    setSlots: (chatId, slots) =>
      update(chatId, { slots: slots === null ? null : toJson([...new Set(slots)]) }),
    addFilter: (chatId, filter) => editFilters(chatId, (filters) => filters.add(filter)),
    removeFilter: (chatId, filter) => editFilters(chatId, (filters) => filters.delete(filter)),

    async migrate(oldId, newId) {
      if (oldId === newId)
        return (
          (await db.selectFrom('chats').select('id').where('id', '=', oldId).executeTakeFirst()) !== undefined
        );
      return dialect.transaction(db, async (trx) => {
        // Locked in id order, as every writer of two chat rows must, so two migrations cannot deadlock.
        const [first, second] = oldId < newId ? [oldId, newId] : [newId, oldId];
        const rows = new Map<number, ChatRow | undefined>([
          [first, await getForUpdate(trx, first)],
          [second, await getForUpdate(trx, second)],
        ]);
        const old = rows.get(oldId);
        if (!old) return false;
        const into = rows.get(newId);
        const at = now();
        if (into) {
          await trx
            .updateTable('chats')
            .set(mergeChatRows(old, into, at))
            .where('id', '=', newId)
            .execute();
          await trx.deleteFrom('chats').where('id', '=', oldId).execute();
        } else {
          await trx
            .updateTable('chats')
            .set({ id: newId, type: 'supergroup', updated_at: at })
            .where('id', '=', oldId)
            .execute();
        }
        // The old id's planned briefings move to the new id; where one job planned both (should not
        // happen) the lists are joined (an id twice is read once).
        await lockPlans(trx, null);
        await trx
          .insertInto('planned_briefings')
          .columns(['chat_id', 'job_id', 'briefing_ids'])
          .expression((eb) =>
            eb
              .selectFrom('planned_briefings')
              .select([eb.val(newId).as('chat_id'), 'job_id', 'briefing_ids'])
              .where('chat_id', '=', oldId),
          )
          .onConflict((oc) =>
            oc.columns(['chat_id', 'job_id']).doUpdateSet({
              briefing_ids: sql<string>`planned_briefings.briefing_ids || ' ' || excluded.briefing_ids`,
            }),
          )
          .execute();
        await trx.deleteFrom('planned_briefings').where('chat_id', '=', oldId).execute();
        // Probing the primary key once per job instead of scanning every delivery ever made.
        // A job holding both ids (should not happen) keeps the old row under the old id.
        await trx
          .updateTable('deliveries')
          .set({ chat_id: newId })
          .where('job_id', 'in', (eb) => eb.selectFrom('jobs').select('id'))
          .where('chat_id', '=', oldId)
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom('deliveries as other')
                  .select('other.chat_id')
                  .whereRef('other.job_id', '=', 'deliveries.job_id')
                  .where('other.chat_id', '=', newId),
              ),
            ),
          )
          .execute();
        return true;
      });
    },

    async counts() {
      const result: ChatCounts = {
        total: 0,
        activeSubscribers: 0,
        byType: Object.fromEntries(CHAT_TYPES.map((t) => [t, 0])) as Record<ChatType, number>,
        byLanguage: Object.fromEntries(
          [...CHAT_LANGUAGES, 'none'].map((l) => [l, 0]),
        ) as ChatCounts['byLanguage'],
        byStatus: Object.fromEntries(CHAT_STATUSES.map((s) => [s, 0])) as Record<ChatStatus, number>,
      };
      const rows = await db
        .selectFrom('chats')
        .select((eb) => ['type', 'language', 'status', 'subscribed', eb.fn.countAll<number>().as('n')])
        .groupBy(['type', 'language', 'status', 'subscribed'])
        .execute();
      for (const row of rows) {
        const n = Number(row.n);
        result.total += n;
        result.byType[row.type] += n;
        result.byLanguage[row.language ?? 'none'] += n;
        result.byStatus[row.status] += n;
        if (row.subscribed === 1 && row.status === 'active') result.activeSubscribers += n;
      }
      return result;
    },

    subscribers: (query) => pages(query, (q) => q.selectAll(), toStoredChat),
    recipients: (query) => pages(query, (q) => q.select(RECIPIENT_COLUMNS), recipientMapper()),
  };
}
