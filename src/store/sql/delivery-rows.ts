import type { CompiledQuery, Kysely } from 'kysely';
import { ReservationConflictError, type NewDelivery } from '../store.js';
import { insertRows, type BulkColumn } from './bulk-insert.js';
import type { Database } from './database.js';
import type { SqlDialect } from './dialect.js';
import { toJson } from './json.js';
import { decodeBriefingIds, encodeBriefingIds } from './planned-briefings.js';
import { lockPlans } from './plans-version.js';

/** Conflicting pairs kept on the error; the total is always counted. */
const MAX_CONFLICTS_REPORTED = 100;
/** Rows gathered before they are written: bounds memory for an iterable of any length. */
const ROWS_PER_FLUSH = 5000;

// Only the chat ids differ in every row: most chats have no forum topic, and a digest's payloads
// and id lists are a few dozen. (Measured at 1,000,000 subscribers on PostgreSQL: see README.)
const DELIVERY_COLUMNS: readonly BulkColumn[] = [
  { name: 'job_id', type: 'bigint', constant: true },
  { name: 'chat_id', type: 'bigint' },
  { name: 'thread_id', type: 'bigint', repeated: true },
  { name: 'payload', type: 'text', repeated: true },
  { name: 'updated_at', type: 'bigint', constant: true },
];
const PLANNED_COLUMNS: readonly BulkColumn[] = [
  { name: 'chat_id', type: 'bigint' },
  { name: 'job_id', type: 'bigint', constant: true },
  { name: 'briefing_ids', type: 'text', repeated: true },
];

/**
 * What the caller of insertDeliveries holds, under the plans' write lock in `trx` (taken before a
 * read there, or found unchanged since a read outside it: plans-version.ts): every pair of these
 * chats planned by any job, among `among`. Pairs are then checked against it in memory instead of
 * read again.
 */
export interface ReadUnderLock {
  history: ReadonlyMap<number, ReadonlySet<string>>;
  among: ReadonlySet<string>;
  from: number;
  through: number;
}

/**
 * Writes `recipients` as pending deliveries of `jobId`, with one planned_briefings row per delivery
 * that carries briefings, inside the caller's transaction `trx`. Returns how many deliveries were
 * written. Throws ReservationConflictError when another job planned one of the same (chat,
 * briefing) pairs: the caller's transaction must then roll back (which it does, as the error
 * leaves `work`). The check reads the chats' other rows under the plans' write lock
 * (plans-version.ts), so two jobs racing cannot both pass it.
 */
export async function insertDeliveries(
  trx: Kysely<Database>,
  dialect: SqlDialect,
  jobId: number,
  at: number,
  recipients: Iterable<NewDelivery>,
): Promise<number> {
  const execute = async (query: CompiledQuery) => void (await trx.executeQuery(query));
  return writeDeliveries(trx, execute, dialect, jobId, at, recipients);
}

/** The statements of `insertDeliveries` for a plan checked against `read`, built before its transaction. */
export interface EncodedDeliveries {
  readonly jobId: number;
  readonly total: number;
  readonly queries: readonly CompiledQuery[];
}

/**
 * What `insertDeliveries` would send for `recipients`, built without a transaction: their pairs are
 * checked against `read` in memory instead of read from the database (a pair it could not have
 * read throws RangeError). A plan made ahead is so encoded while the batch before is written, and
 * its own transaction then only sends the statements. Throws as insertDeliveries does. `guard`:
 * a condition every insert ends with (plan-write.ts).
 */
export async function encodeDeliveries(
  dialect: SqlDialect,
  jobId: number,
  at: number,
  recipients: Iterable<NewDelivery>,
  read: ReadUnderLock,
  guard = '',
): Promise<EncodedDeliveries> {
  const queries: CompiledQuery[] = [];
  const total = await writeDeliveries(
    null,
    async (q) => void queries.push(q),
    dialect,
    jobId,
    at,
    recipients,
    read,
    guard,
  );
  return { jobId, total, queries };
}

/** insertDeliveries, its statements given to `execute`; `trx` is needed (to read) only without `read`. */
async function writeDeliveries(
  trx: Kysely<Database> | null,
  execute: (query: CompiledQuery) => Promise<void>,
  dialect: SqlDialect,
  jobId: number,
  at: number,
  recipients: Iterable<NewDelivery>,
  read?: ReadUnderLock,
  guard = '',
): Promise<number> {
  const conflicts: Array<{ chatId: number; briefingId: string }> = [];
  let conflictCount = 0;
  let total = 0;
  let locked = false;
  let deliveries: Array<[number, number, number | null, string, number]> = [];
  let plans: Array<{ chatId: number; ids: readonly string[]; encoded: string }> = [];
  // A digest plan gives the chats of one digest the same payload object and id list: each is
  // encoded once (at a million subscribers, JSON and slug checks per row were a tenth of the plan).
  const payloadJson = new Map<unknown, string>();
  const idLists = new Map<readonly string[], { ids: readonly string[]; encoded: string }>();

  async function flushDeliveries() {
    for (const query of insertRows(dialect, 'deliveries', DELIVERY_COLUMNS, deliveries, guard))
      await execute(query);
    deliveries = [];
  }

  /** Counts (and names, in the order asked) the pairs of `batch` another job planned before. */
  async function findConflicts(batch: ReadonlyArray<{ chatId: number; ids: readonly string[] }>) {
    const asked = [...new Set(batch.flatMap((p) => p.ids))];
    let [low, high] = [batch[0]!.chatId, batch[0]!.chatId];
    for (const { chatId } of batch) [low, high] = [Math.min(low, chatId), Math.max(high, chatId)];
    // One index range (a plan's batch is an id range): cheaper than probing each chat id.
    const held = await trx!
      .selectFrom('planned_briefings')
      .select(['chat_id', 'job_id', 'briefing_ids'])
      .where('chat_id', '>=', low)
      .where('chat_id', '<=', high)
      .where('job_id', '<>', jobId)
      .where(({ ref }) => dialect.listsAny(ref('briefing_ids'), asked))
      .execute();
    if (held.length === 0) return;
    const taken = new Map<number, Set<string>>();
    for (const row of held) {
      const set = taken.get(row.chat_id) ?? new Set();
      for (const id of decodeBriefingIds(row.briefing_ids, row)) set.add(id);
      taken.set(row.chat_id, set);
    }
    for (const { chatId, ids } of batch) {
      for (const briefingId of ids) {
        if (!taken.get(chatId)?.has(briefingId)) continue;
        conflictCount++;
        if (conflicts.length < MAX_CONFLICTS_REPORTED) conflicts.push({ chatId, briefingId });
      }
    }
  }

  function countConflicts(
    batch: ReadonlyArray<{ chatId: number; ids: readonly string[] }>,
    taken: ReadUnderLock,
  ) {
    for (const { chatId, ids } of batch) {
      if (chatId < taken.from || chatId > taken.through)
        throw new RangeError(`chat ${chatId} is outside the batch read (${taken.from}…${taken.through})`);
      for (const briefingId of ids) {
        if (!taken.among.has(briefingId))
          throw new RangeError(
            `briefing ${JSON.stringify(briefingId)} is not among those read for the batch`,
          );
        if (!taken.history.get(chatId)?.has(briefingId)) continue;
        conflictCount++;
        if (conflicts.length < MAX_CONFLICTS_REPORTED) conflicts.push({ chatId, briefingId });
      }
    }
  }

  async function flushPlans() {
    if (plans.length === 0) return;
    const batch = plans;
    plans = [];
    if (read) countConflicts(batch, read);
    else {
      if (!locked) await lockPlans(trx!, jobId);
      locked = true;
      await findConflicts(batch);
    }
    const rows = batch.map(({ chatId, encoded }) => [chatId, jobId, encoded] as const);
    for (const query of insertRows(dialect, 'planned_briefings', PLANNED_COLUMNS, rows, guard))
      await execute(query);
  }

  for (const r of recipients) {
    let json = payloadJson.get(r.payload);
    if (json === undefined) payloadJson.set(r.payload, (json = toJson(r.payload)));
    deliveries.push([jobId, r.chatId, r.threadId, json, at]);
    total++;
    if (deliveries.length === ROWS_PER_FLUSH) await flushDeliveries();
    if (r.briefingIds === undefined || r.briefingIds.length === 0) continue;
    let list = idLists.get(r.briefingIds);
    if (list === undefined) {
      // A Set: a briefing listed twice for one chat is planned once, not a conflict with itself.
      const ids = [...new Set(r.briefingIds)];
      idLists.set(r.briefingIds, (list = { ids, encoded: encodeBriefingIds(ids) }));
    }
    plans.push({ chatId: r.chatId, ...list });
    if (plans.length === ROWS_PER_FLUSH) await flushPlans();
  }
  await flushDeliveries();
  await flushPlans();
  if (conflictCount > 0) throw new ReservationConflictError(conflicts, conflictCount);
  return total;
}
