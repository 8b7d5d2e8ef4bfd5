import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from './database.js';
import { postgresDialect, type SqlDialect } from './dialect.js';

/**
 * A batch planned ahead written in one statement, outside any transaction: on PostgreSQL, where a
 * statement with data-modifying WITH clauses is atomic on its own. Instead of six round trips
 * (BEGIN, the job row, the plans' lock, two inserts, COMMIT), each of which waited for the
 * planner's event loop to send the next while it planned the batch after, the server gets the
 * whole batch at once. SQLite has no data-modifying WITH: it writes in a transaction.
 */
export function writesAheadInOneStatement(dialect: SqlDialect): boolean {
  return dialect === postgresDialect;
}

/**
 * The condition each insert of the statement is built with (`encodeDeliveries`' `guard`): it
 * writes only when the plans' version moved on for this batch (`plans` below).
 */
export const WRITTEN_IF_PLANS_MOVED = ' WHERE EXISTS (SELECT 1 FROM plans)';

export interface BatchWrite {
  jobId: number;
  owner: string;
  /** The plans' version the batch's history was read at (plans-version.ts). */
  readVersion: number;
  leaseUntil: number;
  cursor: number;
  /** Deliveries the batch adds to the job's total. */
  added: number;
  /** Its inserts, each built with WRITTEN_IF_PLANS_MOVED. */
  inserts: readonly CompiledQuery[];
}

/**
 * What the statement did: `written`, the batch and its cursor are in; `lease-lost`, `owner` no
 * longer holds the plan; `changed`, something was planned since the read but by this job's own
 * batch before (plans-version.ts): the batch is to be read again under the lock. Only `written`
 * wrote anything.
 */
export type BatchWriteOutcome = 'written' | 'lease-lost' | 'changed';

/** Renumbers `$n` placeholders of a statement built on its own to follow `offset` others. */
function shifted(query: CompiledQuery, offset: number): string {
  return query.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
}

/**
 * The one statement. Its parts run in the order their results are needed, which is the order of
 * every writer's locks (`planBatch`): the job row first (`held`, locked and its lease checked),
 * then the plans' version row (`plans`: moved on in this job's name only when it is the version
 * read, or the next one made by this job; when another writer holds it, PostgreSQL waits and
 * checks the condition again on the row it left). The job's row and the inserts are written only
 * if `plans` moved; else nothing is, and both locks go with the statement.
 */
export async function writeBatchAtOnce(db: Kysely<Database>, write: BatchWrite): Promise<BatchWriteOutcome> {
  const parameters: unknown[] = [
    write.jobId,
    write.owner,
    write.readVersion,
    write.leaseUntil,
    write.cursor,
    write.added,
  ];
  const inserts = write.inserts.map((query, i) => {
    const text = shifted(query, parameters.length);
    parameters.push(...query.parameters);
    return `, w${i} AS (${text})`;
  });
  const text = `WITH held AS (
      SELECT id FROM jobs WHERE id = $1::bigint AND planning = 1 AND lease_owner = $2::text FOR UPDATE
    ), plans AS (
      UPDATE plans_version SET version = version + 1, previous_writer = writer, writer = $1::bigint
      WHERE id = 1 AND EXISTS (SELECT 1 FROM held)
        AND (version = $3::bigint OR (version = $3::bigint + 1 AND writer = $1::bigint))
      RETURNING version
    ), job AS (
      UPDATE jobs SET lease_until = $4::bigint, plan_cursor = $5::bigint, total = total + $6::int
      WHERE id = $1::bigint AND EXISTS (SELECT 1 FROM plans)
    )${inserts.join('')}
    SELECT (SELECT count(*) FROM held) AS held, (SELECT count(*) FROM plans) AS moved`;
  const result = await db.executeQuery<{ held: number | string; moved: number | string }>(
    CompiledQuery.raw(text, parameters),
  );
  const row = result.rows[0];
  if (row === undefined) throw new Error(`writing plan batch of job ${write.jobId}: no answer`);
  if (Number(row.held) === 0) return 'lease-lost';
  return Number(row.moved) === 1 ? 'written' : 'changed';
}
