import { sql, type Kysely } from 'kysely';
import type { BriefingStore } from '../store.js';
import type { Database } from './database.js';
import type { SqlDialect } from './dialect.js';
import { decodeBriefingIds } from './planned-briefings.js';
import { readPlansVersion } from './plans-version.js';

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
 * `bySet` for a plan's read, where most chats were planned the same few lists: each distinct
 * `briefing_ids` text is decoded once into a set shared by every chat with only that row, and a
 * chat with several rows gets their union, shared likewise with every chat whose rows came with
 * the same lists in the same order. At a million subscribers a set and an array per chat were a
 * good part of the planner's garbage; the planner can then also plan each distinct history once.
 * The sets are not to be changed.
 */
function bySharedSet(
  rows: readonly PlannedRow[],
  among: readonly string[],
): Map<number, ReadonlySet<string>> {
  const wanted = new Set(among);
  const decoded = new Map<string, ReadonlySet<string>>();
  const unions = new Map<ReadonlySet<string>, Map<ReadonlySet<string>, ReadonlySet<string>>>();
  const result = new Map<number, ReadonlySet<string>>();
  for (const row of rows) {
    let ids = decoded.get(row.briefing_ids);
    if (ids === undefined) {
      ids = new Set(decodeBriefingIds(row.briefing_ids, row).filter((id) => wanted.has(id)));
      decoded.set(row.briefing_ids, ids);
    }
    if (ids.size === 0) continue;
    const had = result.get(row.chat_id);
    if (had === undefined) {
      result.set(row.chat_id, ids);
      continue;
    }
    let withHad = unions.get(had);
    if (withHad === undefined) unions.set(had, (withHad = new Map()));
    let union = withHad.get(ids);
    if (union === undefined) withHad.set(ids, (union = new Set([...had, ...ids])));
    result.set(row.chat_id, union);
  }
  return result;
}

function plannedRowsBetween(
  db: Kysely<Database>,
  dialect: SqlDialect,
  fromId: number,
  toId: number,
  among: readonly string[],
): Promise<PlannedRow[]> {
  return db
    .selectFrom('planned_briefings')
    .select(['chat_id', 'job_id', 'briefing_ids'])
    .where('chat_id', '>=', fromId)
    .where('chat_id', '<=', toId)
    .where(({ ref }) => dialect.listsAny(ref('briefing_ids'), among))
    .execute();
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
  return bySet(await plannedRowsBetween(db, dialect, fromId, toId, among), among);
}

/** `plannedBetween` for a plan: its sets shared between chats (see bySharedSet), not to be changed. */
export async function planHistoryBetween(
  db: Kysely<Database>,
  dialect: SqlDialect,
  fromId: number,
  toId: number,
  among: readonly string[],
): Promise<Map<number, ReadonlySet<string>>> {
  if (among.length === 0 || fromId > toId) return new Map();
  return bySharedSet(await plannedRowsBetween(db, dialect, fromId, toId, among), among);
}

/**
 * `plannedBetween` read outside any transaction, with the plans' version it saw (plans-version.ts):
 * one statement, so both are of the same moment, and one round trip instead of two.
 */
export async function plannedBetweenAtVersion(
  db: Kysely<Database>,
  dialect: SqlDialect,
  fromId: number,
  toId: number,
  among: readonly string[],
): Promise<{ version: number; history: Map<number, ReadonlySet<string>> }> {
  if (among.length === 0 || fromId > toId) return { version: await readPlansVersion(db), history: new Map() };
  const rows = await db
    .selectFrom('plans_version as v')
    // A LEFT JOIN: the version comes back even when no chat of the range was planned anything.
    .leftJoin('planned_briefings as p', (join) =>
      join
        .on('p.chat_id', '>=', fromId)
        .on('p.chat_id', '<=', toId)
        .on(dialect.listsAny(sql.ref<string>('p.briefing_ids'), among)),
    )
    .select(['v.version', 'p.chat_id', 'p.job_id', 'p.briefing_ids'])
    .where('v.id', '=', 1)
    .execute();
  if (rows.length === 0) throw new Error('plans_version has no row');
  const planned = rows.filter((row): row is PlannedRow & { version: number } => row.chat_id !== null);
  return { version: Number(rows[0]!.version), history: bySharedSet(planned, among) };
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
