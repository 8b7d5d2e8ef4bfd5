import type { Selectable } from 'kysely';
import type { Delivery, Job } from '../store.js';
import type { DeliveryTable, JobTable } from './database.js';
import { fromJson } from './json.js';

export type JobRow = Selectable<JobTable>;
export type DeliveryRow = Selectable<DeliveryTable>;

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
    messageIds: fromJson<number[]>(row.message_ids),
    error: row.error,
    attempts: row.attempts,
    updatedAt: row.updated_at,
  };
}

/** Rows changed by an UPDATE or DELETE (Kysely reports a bigint). */
export function changed(result: { numUpdatedRows: bigint } | { numDeletedRows: bigint }): number {
  return Number('numUpdatedRows' in result ? result.numUpdatedRows : result.numDeletedRows);
}
