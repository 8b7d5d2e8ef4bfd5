import type { Delivery, DeliveryState, Job, JobKind, JobState } from '../store.js';
import { fromJson } from './json.js';

export interface JobRow {
  id: number;
  kind: JobKind;
  key: string;
  payload: string;
  author: number | null;
  state: JobState;
  total: number;
  lease_owner: string | null;
  lease_until: number | null;
  created_at: number;
  finished_at: number | null;
}

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
  };
}

export interface DeliveryRow {
  job_id: number;
  chat_id: number;
  thread_id: number | null;
  payload: string;
  state: DeliveryState;
  owner: string | null;
  parts_sent: number;
  message_ids: string;
  error: string | null;
  attempts: number;
  updated_at: number;
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
