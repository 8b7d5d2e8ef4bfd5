import type { Selectable } from 'kysely';
import { MessageIds, type Delivery, type Job } from '../store.js';
import type { DeliveryTable, JobTable } from './database.js';
import { fromJson, parseJson } from './json.js';

export type JobRow = Selectable<JobTable>;
export type DeliveryRow = Selectable<DeliveryTable>;

/** The payload stays unknown here: its reader (digest, broadcast) parses it with its own schema. */
export function toJob(row: JobRow): Job {
  return {
    id: row.id,
    kind: row.kind,
    key: row.key,
    payload: fromJson(row.payload),
    author: row.author,
    state: row.state,
    total: row.total,
    leaseOwner: row.lease_owner,
    leaseUntil: row.lease_until,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    planning: row.planning === 1,
    planCursor: row.plan_cursor,
  };
}

export function toDelivery(row: DeliveryRow): Delivery {
  return {
    jobId: row.job_id,
    chatId: row.chat_id,
    threadId: row.thread_id,
    payload: fromJson(row.payload),
    state: row.state,
    owner: row.owner,
    partsSent: row.parts_sent,
    messageIds: parseJson(
      MessageIds,
      row.message_ids,
      `message_ids of delivery ${row.job_id}/${row.chat_id}`,
    ),
    error: row.error,
    attempts: row.attempts,
    updatedAt: row.updated_at,
  };
}

/** Rows changed by an UPDATE or DELETE (Kysely reports a bigint). */
export function changed(result: { numUpdatedRows: bigint } | { numDeletedRows: bigint }): number {
  return Number('numUpdatedRows' in result ? result.numUpdatedRows : result.numDeletedRows);
}
