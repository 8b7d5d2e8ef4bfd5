import type { ColumnType, Generated } from 'kysely';
import type { Language } from '../../content/schema.js';
import type { ChatStatus, ChatType, DeliveryState, JobKind, JobState, PreviewState } from '../store.js';

/**
 * The tables as both dialects store them. Booleans are 0/1 integers and JSON is text on both, so
 * one query serves SQLite and PostgreSQL; ids and millisecond times are BIGINT on PostgreSQL,
 * read back as numbers (see `postgres.ts`).
 */
export interface Database {
  chats: ChatTable;
  jobs: JobTable;
  deliveries: DeliveryTable;
  planned_briefings: PlannedBriefingsTable;
  plans_version: PlansVersionTable;
  broadcast_previews: PreviewTable;
  audit_log: AuditTable;
  handled_updates: { update_id: number; handled_at: number };
  leases: { name: string; owner: string; until: number };
  file_ids: { key: string; file_id: string; created_at: number };
  rate_limits: RateTable;
}

/** A column the database fills when the insert leaves it out. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface ChatTable {
  id: number;
  type: ChatType;
  title: string | null;
  language: Language | null;
  subscribed: Defaulted<number>;
  thread_id: number | null;
  status: Defaulted<ChatStatus>;
  /** JSON array of strings, sorted. */
  filters: Defaulted<string>;
  /** JSON array of slot names; null = all. */
  slots: string | null;
  created_at: number;
  updated_at: number;
  last_seen_at: number;
}

export interface JobTable {
  id: Generated<number>;
  kind: JobKind;
  key: string;
  /** JSON. */
  payload: string;
  author: number | null;
  state: Defaulted<JobState>;
  total: Defaulted<number>;
  lease_owner: string | null;
  lease_until: number | null;
  created_at: number;
  finished_at: number | null;
  /** 1 while the job is planned batch by batch; the runner takes only 0. */
  planning: Defaulted<number>;
  /** The last chat id planned so far. */
  plan_cursor: number | null;
}

export interface DeliveryTable {
  job_id: number;
  chat_id: number;
  thread_id: number | null;
  /** JSON. */
  payload: string;
  state: Defaulted<DeliveryState>;
  owner: string | null;
  parts_sent: Defaulted<number>;
  /** JSON array of numbers, by part index. */
  message_ids: Defaulted<string>;
  error: string | null;
  attempts: Defaulted<number>;
  updated_at: number;
  outcome_at: number | null;
}

/** The briefings one job planned to one chat. */
export interface PlannedBriefingsTable {
  chat_id: number;
  job_id: number;
  /** Briefing ids (slugs), separated by single spaces: see planned-briefings.ts. */
  briefing_ids: string;
}

/** One row (id 1): see plans-version.ts. */
export interface PlansVersionTable {
  id: number;
  version: number;
  writer: number | null;
  previous_writer: number | null;
}

export interface PreviewTable {
  id: Generated<number>;
  admin_id: number;
  chat_id: number;
  /** JSON PreviewContent. */
  content: string;
  audience_size: number;
  state: Defaulted<PreviewState>;
  created_at: number;
}

export interface AuditTable {
  id: Generated<number>;
  at: number;
  admin_id: number;
  action: string;
  /** JSON. */
  details: string;
}

export interface RateTable {
  key: string;
  /** GCRA's theoretical arrival time: when the key is next free if nothing is borrowed from the burst. */
  tat: number;
  /** After a 429: nothing on the key starts before this. */
  paused_until: Defaulted<number>;
}
