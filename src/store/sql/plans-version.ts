import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/**
 * The plans' version (table plans_version, one row), and how a batch planned outside the plans'
 * write lock is known to be still right when it is written.
 *
 * Every writer of planned_briefings calls `lockPlans` in its transaction before writing: writers
 * then go one at a time (PostgreSQL: the version row's lock, held until the transaction ends, and
 * a writer that waited for it updates the row as the one before left it; SQLite: one writer per
 * file, BEGIN IMMEDIATE), and each moves the version on by one in the same transaction as its
 * rows. So a version is visible exactly when the rows written with it are, and a writer that rolls
 * back moves nothing.
 *
 * A planner reads the version V with the batch's history, in one statement (`jobs.readPlan`): the
 * history holds every write up to V and none after. At write
 * time, under the lock, the version found F is the last one committed:
 * - F = V: nothing was planned since the read, by anyone; the history is still whole.
 * - F = V + 1 and its writer is the batch's own job: one write since, by this job. A job's plan is
 *   written only by its lease holder (`planBatch` checks the lease in the same transaction, before
 *   the lock), batch after batch in ascending chat ranges, so that write was an earlier batch of
 *   the same plan, whose chats are not this batch's: the history is still whole.
 * - Anything else: the batch is read again under the lock and planned again (`planBatch`).
 * The check is not scoped to the batch's chats: another job's write anywhere sends the batch down
 * the slower path, which is still right. Two slots planned at the same moment are rare; a check per
 * chat range would cost the server a read of the range for every batch of every plan.
 */
export interface PlansVersion {
  version: number;
  /** The job whose write made this version; null: none yet, or not a plan's (a chat migration). */
  writer: number | null;
}

/**
 * Takes the plans' write lock until `trx` ends and moves the version on in the name of job
 * `writer` (null: not a plan's write). Returns the version this write follows: the last committed.
 */
export async function lockPlans(trx: Kysely<Database>, writer: number | null): Promise<PlansVersion> {
  const row = await trx
    .updateTable('plans_version')
    // Each SET reads the row as it was: previous_writer gets the writer of the version left behind.
    .set((eb) => ({ version: eb('version', '+', 1), previous_writer: eb.ref('writer'), writer }))
    .where('id', '=', 1)
    .returning(['version', 'previous_writer'])
    .executeTakeFirstOrThrow();
  return { version: Number(row.version) - 1, writer: row.previous_writer };
}

/** The version committed now, read before a history that is to be checked against it. */
export async function readPlansVersion(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('plans_version')
    .select('version')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

/** Whether a history read at version `read` is still whole for a batch of `jobId`, given what lockPlans found. */
export function unchangedSince(read: number, found: PlansVersion, jobId: number): boolean {
  return found.version === read || (found.version === read + 1 && found.writer === jobId);
}
