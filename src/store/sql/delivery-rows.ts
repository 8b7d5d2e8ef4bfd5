import type { Kysely } from 'kysely';
import { ReservationConflictError, type NewDelivery } from '../store.js';
import { insertRows, type BulkColumn } from './bulk-insert.js';
import type { Database } from './database.js';
import type { SqlDialect } from './dialect.js';
import { toJson } from './json.js';

/** Conflicting pairs kept on the error; the total is always counted. */
const MAX_CONFLICTS_REPORTED = 100;
/** Rows gathered before they are written: bounds memory for an iterable of any length. */
const ROWS_PER_FLUSH = 5000;

const DELIVERY_COLUMNS: readonly BulkColumn[] = [
  { name: 'job_id', type: 'bigint' },
  { name: 'chat_id', type: 'bigint' },
  { name: 'thread_id', type: 'bigint' },
  { name: 'payload', type: 'text' },
  { name: 'updated_at', type: 'bigint' },
];
const RESERVATION_COLUMNS: readonly BulkColumn[] = [
  { name: 'chat_id', type: 'bigint' },
  { name: 'briefing_id', type: 'text' },
  { name: 'job_id', type: 'bigint' },
];

/**
 * Writes `recipients` as pending deliveries of `jobId`, reserving each (chat, briefing) pair, inside
 * the caller's transaction `trx`. Returns how many deliveries were written. Throws
 * ReservationConflictError, after writing, when a pair was already reserved by another job: the
 * caller's transaction must then roll back (which it does, as the error leaves `work`).
 */
export async function insertDeliveries(
  trx: Kysely<Database>,
  dialect: SqlDialect,
  jobId: number,
  at: number,
  recipients: Iterable<NewDelivery>,
): Promise<number> {
  const conflicts: Array<{ chatId: number; briefingId: string }> = [];
  let conflictCount = 0;
  let total = 0;
  let deliveries: Array<[number, number, number | null, string, number]> = [];
  let reservations: Array<[number, string, number]> = [];

  async function flushDeliveries() {
    const query = insertRows(dialect, 'deliveries', DELIVERY_COLUMNS, deliveries);
    if (query) await trx.executeQuery(query);
    deliveries = [];
  }

  async function flushReservations() {
    if (reservations.length === 0) return;
    const batch = reservations;
    reservations = [];
    const query = insertRows(
      dialect,
      'briefing_reservations',
      RESERVATION_COLUMNS,
      batch,
      ' ON CONFLICT DO NOTHING',
    );
    const inserted = Number((await trx.executeQuery(query!)).numAffectedRows ?? 0n);
    if (inserted === batch.length) return;
    // Some pairs were planned before (by another job): name them in the order they were asked.
    const held = await trx
      .selectFrom('briefing_reservations')
      .select(['chat_id', 'briefing_id'])
      .where(({ ref }) =>
        dialect.inList(ref('chat_id'), [...new Set(batch.map(([chatId]) => chatId))], 'bigint'),
      )
      .where('job_id', '<>', jobId)
      .execute();
    const taken = new Set(held.map((r) => `${r.chat_id} ${r.briefing_id}`));
    for (const [chatId, briefingId] of batch) {
      if (!taken.has(`${chatId} ${briefingId}`)) continue;
      conflictCount++;
      if (conflicts.length < MAX_CONFLICTS_REPORTED) conflicts.push({ chatId, briefingId });
    }
  }

  for (const r of recipients) {
    deliveries.push([jobId, r.chatId, r.threadId, toJson(r.payload), at]);
    total++;
    if (deliveries.length === ROWS_PER_FLUSH) await flushDeliveries();
    // A Set: a briefing listed twice for one chat is one reservation, not a conflict with itself.
    for (const briefingId of new Set(r.briefingIds)) {
      reservations.push([r.chatId, briefingId, jobId]);
      if (reservations.length === ROWS_PER_FLUSH) await flushReservations();
    }
  }
  await flushDeliveries();
  await flushReservations();
  if (conflictCount > 0) throw new ReservationConflictError(conflicts, conflictCount);
  return total;
}
