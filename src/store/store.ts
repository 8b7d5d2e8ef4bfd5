/**
 * The storage interface the rest of Mawjaz uses. No SQL here: one implementation over Kysely in
 * `./sql/` runs on SQLite and on PostgreSQL (`./open.ts` picks). Every method is async for
 * PostgreSQL's sake, even though better-sqlite3 answers synchronously.
 *
 * Times are milliseconds since the epoch, taken from the clock the store was opened with.
 */

import { z } from 'zod';
import type { Language } from '../content/schema.js';

export const CHAT_TYPES = ['private', 'group', 'supergroup', 'channel'] as const;
export type ChatType = (typeof CHAT_TYPES)[number];

export const CHAT_STATUSES = ['active', 'blocked', 'gone'] as const;
export type ChatStatus = (typeof CHAT_STATUSES)[number];

/** A chat's chosen language: the briefings' languages, one name for them across the code. */
export { LANGUAGES as CHAT_LANGUAGES } from '../content/schema.js';

export interface Chat {
  /** Telegram chat id (negative for groups and channels). */
  id: number;
  type: ChatType;
  title: string | null;
  /** null: not chosen yet. */
  language: Language | null;
  subscribed: boolean;
  /** Forum topic the subscription posts into; null: the main chat. */
  threadId: number | null;
  status: ChatStatus;
  /** Normalised tags or governorate keys, sorted, without duplicates. Empty: everything. */
  filters: string[];
  /** Chosen digest slot names; null: all slots. */
  slots: string[] | null;
  createdAt: number;
  updatedAt: number;
  lastSeenAt: number;
}

/** What a digest plan needs of a subscriber. */
export type Recipient = Pick<Chat, 'id' | 'type' | 'language' | 'threadId' | 'filters'>;

/** What an incoming update tells us about a chat. */
export interface SeenChat {
  id: number;
  type: ChatType;
  title: string | null;
  /** Used only when the chat is new (e.g. from the user's language_code). */
  language?: Language | null;
}

export interface ChatCounts {
  total: number;
  /** Subscribed and active: who a digest goes to. */
  activeSubscribers: number;
  byType: Record<ChatType, number>;
  byLanguage: Record<Language | 'none', number>;
  byStatus: Record<ChatStatus, number>;
}

export interface SubscriberQuery {
  /** Chats per batch; default 1000. */
  batchSize?: number;
  /** Only chats whose slots are null (all) or include this slot. */
  slot?: string;
  /** Only chats with a larger id: where an interrupted plan resumes. */
  after?: number;
}

export interface ChatStore {
  /** Upserts a chat from an incoming update; a blocked or gone chat that talks to us is active again. */
  seen(chat: SeenChat): Promise<Chat>;
  get(chatId: number): Promise<Chat | null>;
  /** `get` of several chats in one query: each id's chat (or null), in the order given. */
  getMany(chatIds: readonly number[]): Promise<(Chat | null)[]>;
  /** The setters answer false when the chat is unknown. */
  setLanguage(chatId: number, language: Language | null): Promise<boolean>;
  subscribe(chatId: number, threadId: number | null): Promise<boolean>;
  unsubscribe(chatId: number): Promise<boolean>;
  setStatus(chatId: number, status: ChatStatus): Promise<boolean>;
  setSlots(chatId: number, slots: readonly string[] | null): Promise<boolean>;
  /** Filters after the change, or null when the chat is unknown. Values are stored as given (normalise first). */
  addFilter(chatId: number, filter: string): Promise<string[] | null>;
  removeFilter(chatId: number, filter: string): Promise<string[] | null>;
  /**
   * A group became a supergroup: moves the chat, its settings, delivery history and planned
   * briefings to `newId`. If `newId` was already seen, the old chat's settings win where set.
   * False when `oldId` is unknown.
   */
  migrate(oldId: number, newId: number): Promise<boolean>;
  counts(): Promise<ChatCounts>;
  /** Active subscribers in ascending id order, one bounded batch at a time. */
  subscribers(query?: SubscriberQuery): AsyncIterable<Chat[]>;
  /** The same chats as `subscribers`, only what a digest plan needs of each. */
  recipients(query?: SubscriberQuery): AsyncIterable<Recipient[]>;
}

export const JOB_KINDS = ['digest', 'broadcast', 'intake'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JOB_STATES = ['running', 'finished', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface NewJob {
  kind: JobKind;
  /**
   * Unique forever: `digest:2026-11-24T08:00 Asia/Baghdad`, `broadcast:<previewId>`,
   * `intake:<chatId>:<messageId>`.
   */
  key: string;
  payload: unknown;
  /** Admin who started a broadcast. */
  author?: number | null;
}

export interface NewDelivery {
  chatId: number;
  threadId: number | null;
  payload: unknown;
  /** Briefings this delivery carries (digests): each (chat, briefing) pair is reserved forever. */
  briefingIds?: readonly string[];
}

/** One batch of a plan (`jobs.planBatch`): chats `from`…`through` (ids, inclusive), among some briefings. */
export interface PlanBatchRange {
  from: number;
  through: number;
  /** The candidate briefings: the history is read among them, and the plan may carry only them. */
  among: readonly string[];
}

/**
 * A batch's history read outside any transaction (`jobs.readPlan`), so that the batch can be
 * planned while the one before is being written.
 */
export interface PlanRead {
  readonly batch: PlanBatchRange;
  /** What each chat of the range was ever planned among `batch.among` (chats with none are absent). */
  readonly history: ReadonlyMap<number, ReadonlySet<string>>;
  /** Opaque: what `planBatch` checks to know whether anything was planned since. */
  readonly version: number;
}

/** A batch planned ahead from a PlanRead, for `jobs.planBatch` to write if it is still right. */
export interface PlannedAhead {
  read: PlanRead;
  planned: readonly NewDelivery[];
  /** Opaque: its statements, built ahead by `jobs.encodeAhead`. */
  encoded?: unknown;
}

export interface Job {
  id: number;
  kind: JobKind;
  key: string;
  payload: unknown;
  author: number | null;
  state: JobState;
  /** Number of deliveries created with the job. */
  total: number;
  leaseOwner: string | null;
  leaseUntil: number | null;
  createdAt: number;
  finishedAt: number | null;
  /** Still being planned batch by batch (`beginPlan`): the runner leaves it alone until `completePlan`. */
  planning: boolean;
  /** The last chat id planned so far (a plan walks chats in id order); null before the first batch. */
  planCursor: number | null;
}

export const DELIVERY_STATES = [
  'pending',
  'sending',
  'sent',
  'failed',
  'blocked',
  'in_doubt',
  'cancelled',
] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export interface Delivery {
  jobId: number;
  chatId: number;
  threadId: number | null;
  payload: unknown;
  state: DeliveryState;
  /** Process that claimed it last. */
  owner: string | null;
  /** Parts of a long message already sent: resume from this index. */
  partsSent: number;
  /** Telegram message ids of the parts sent so far, by part index (null: a part not recorded, never expected). */
  messageIds: Array<number | null>;
  error: string | null;
  /** How many times it was claimed. */
  attempts: number;
  updatedAt: number;
}

export type JobProgress = Record<DeliveryState, number> & { total: number };

/** Thrown by `jobs.appendPlan` when `owner` no longer holds the plan (its lease expired and another took it over). */
export class PlanLeaseLostError extends Error {
  override readonly name = 'PlanLeaseLostError';
  constructor(
    readonly jobId: number,
    readonly owner: string,
  ) {
    super(`job ${jobId} is no longer being planned by ${owner}`);
  }
}

/** Thrown by `jobs.create` and `jobs.appendPlan` when a (chat, briefing) pair is already reserved; nothing was written. */
export class ReservationConflictError extends Error {
  override readonly name = 'ReservationConflictError';
  constructor(
    /** The first conflicting pairs (bounded, for the log). */
    readonly conflicts: ReadonlyArray<{ chatId: number; briefingId: string }>,
    /** How many pairs conflicted in all. */
    readonly total: number,
  ) {
    super(`${total} (chat, briefing) pair(s) already planned`);
  }
}

export interface JobStore {
  /**
   * Creates the job and its deliveries (state `pending`) in one transaction, reserving each
   * (chat, briefing) pair for digests. null when the key exists (someone got there first).
   * Throws ReservationConflictError when a pair was planned before; re-plan and retry.
   */
  create(job: NewJob, recipients: Iterable<NewDelivery>): Promise<Job | null>;
  /**
   * Starts a job planned batch by batch, for audiences too large to hold at once: creates it with
   * no deliveries, not runnable, its lease held by `owner` for `leaseMs`; or takes over the plan of
   * the same key when its planner died (lease expired or released), to resume after `planCursor`.
   * null when the key belongs to a job already planned or to a planner whose lease still runs.
   */
  beginPlan(job: NewJob, owner: string, leaseMs: number): Promise<Job | null>;
  /**
   * Appends one batch to a job being planned, in one transaction: its deliveries (pending), the
   * briefings each chat is planned (its (chat, briefing) pairs reserved), the plan cursor (`through`: the last chat id the batch covered,
   * whether or not that chat got a delivery) and a renewed lease. Throws ReservationConflictError
   * when a pair was planned before (nothing of the batch is written: re-plan it and retry), and
   * PlanLeaseLostError when `owner` no longer holds the plan.
   */
  appendPlan(
    jobId: number,
    owner: string,
    leaseMs: number,
    recipients: readonly NewDelivery[],
    through: number,
  ): Promise<void>;
  /**
   * `appendPlan` for a batch planned from the history read in its own transaction: under the plans'
   * write lock, reads what each chat of `batch` (an id range) was ever planned among `batch.among`,
   * calls `plan` with it (chats with none are absent) and writes what it returns, the cursor moved
   * to `batch.through`. What was read stays true until the commit, so the plan needs no second read
   * to be checked: each pair is checked against the history in memory. Returns the deliveries
   * written. Throws ReservationConflictError when `plan` returns a pair of the history, RangeError
   * for a chat outside the range or a briefing outside `among` (unchecked), PlanLeaseLostError when
   * `owner` no longer holds the plan; nothing of the batch is written then.
   *
   * With `ahead` (the same batch, read by `readPlan` and planned before the transaction): when
   * nothing was planned since that read but by earlier batches of this job, its plan is written
   * as it is, checked against its history, and `plan` is not called; otherwise the batch is read
   * again under the lock and `plan` called, as without it. The planner's work for one batch can
   * so run while the batch before is written.
   */
  planBatch(
    jobId: number,
    owner: string,
    leaseMs: number,
    batch: PlanBatchRange,
    plan: (history: ReadonlyMap<number, ReadonlySet<string>>) => readonly NewDelivery[],
    ahead?: PlannedAhead,
  ): Promise<number>;
  /**
   * What each chat of `batch` was ever planned among `batch.among`, read outside any transaction:
   * a batch planned from it is given to `planBatch` as `ahead`.
   */
  readPlan(batch: PlanBatchRange): Promise<PlanRead>;
  /**
   * A plan made ahead with its statements built (and checked against its history), so that its
   * transaction in `planBatch` only sends them: done while the batch before is written. Throws
   * ReservationConflictError or RangeError as planBatch would.
   */
  encodeAhead(jobId: number, ahead: PlannedAhead): Promise<PlannedAhead>;
  /** Subscribers per plan batch this database writes best (a batch is one transaction). */
  readonly planBatchSize: number;
  /**
   * Whether batches are best read and planned ahead (`readPlan`, then `planBatch` with `ahead`):
   * where reads run while a transaction writes (PostgreSQL). Else `planBatch` reads and plans in
   * its transaction.
   */
  readonly planAhead: boolean;
  /**
   * Jobs still being planned whose planner is gone (lease released or run out), oldest first: a
   * sweep resumes each through `beginPlan`, which takes it over only if it is still free.
   */
  stalledPlans(limit: number): Promise<Job[]>;
  /** Ends the plan: the job becomes runnable, its lease released. null when `owner` was not planning it. */
  completePlan(jobId: number, owner: string): Promise<Job | null>;
  get(jobId: number): Promise<Job | null>;
  getByKey(key: string): Promise<Job | null>;
  /** Newest first. */
  recent(limit: number): Promise<Job[]>;
  /** The newest job of a kind (e.g. the last digest slot planned). */
  latest(kind: JobKind): Promise<Job | null>;
  /**
   * Leases the oldest running job whose lease is free or expired. Owner names must be unique
   * per process: a lease held by `owner` itself is not handed out again until it expires.
   * `kinds`: only a job of one of these kinds (all kinds when absent).
   */
  acquire(owner: string, leaseMs: number, kinds?: readonly JobKind[]): Promise<Job | null>;
  /** Extends the lease; false when it was lost (taken over, or the job ended). */
  renew(jobId: number, owner: string, leaseMs: number): Promise<boolean>;
  /**
   * Replaces a running job's payload while `owner` holds its lease: what the job worked out once
   * (an intake's saved draft) is kept for whoever takes it over. False when the lease was lost
   * (taken over, or the job ended): nothing is written then.
   */
  setPayload(jobId: number, owner: string, payload: unknown): Promise<boolean>;
  /**
   * Deliveries left in `sending` by someone other than the current lease holder (who crashed
   * mid-request): the message may or may not have gone out. Resolve each with
   * `deliveries.resolveInDoubt`.
   */
  takeInDoubt(jobId: number): Promise<Delivery[]>;
  progress(jobId: number): Promise<JobProgress>;
  /** running → finished, releasing the lease. False when the job was not running. */
  finish(jobId: number): Promise<boolean>;
  /** running → cancelled, and its pending deliveries → cancelled. False when the job was not running. */
  cancel(jobId: number): Promise<boolean>;
}

export interface DeliveryStore {
  /**
   * Atomically moves up to `limit` pending deliveries of a running job to `sending` for `owner`.
   * Here and in `pending` and `start`, a job still being planned is not running yet.
   */
  claim(jobId: number, owner: string, limit: number): Promise<Delivery[]>;
  /** Pending deliveries of a running job in chat order, after `afterChatId`, without taking them. */
  pending(jobId: number, limit: number, afterChatId?: number): Promise<Delivery[]>;
  /**
   * pending → sending for one delivery, right before its request goes out, so that a crash leaves in
   * doubt only what was really in flight. False when it was not pending (someone else took it).
   */
  start(jobId: number, chatId: number, owner: string): Promise<boolean>;
  /** Records one part of a long message as sent, so a resumed delivery starts after it. */
  markPartSent(jobId: number, chatId: number, partIndex: number, messageId: number): Promise<boolean>;
  /** Final. Accepted from any state but `sent`: a message that went out is a fact. */
  markSent(jobId: number, chatId: number, messageIds: ReadonlyArray<number | null>): Promise<boolean>;
  /** Final; only from `pending`/`sending`. */
  markFailed(jobId: number, chatId: number, error: string): Promise<boolean>;
  /** Final; only from `pending`/`sending`; also marks the chat blocked. */
  markBlocked(jobId: number, chatId: number): Promise<boolean>;
  /** In-doubt deliveries (`sending`): `resend` → pending, `skip` → in_doubt (final). Returns rows changed. */
  resolveInDoubt(jobId: number, chatIds: readonly number[], decision: 'resend' | 'skip'): Promise<number>;
  /** Pending → cancelled; returns how many. */
  cancelPending(jobId: number): Promise<number>;
  get(jobId: number, chatId: number): Promise<Delivery | null>;
}

export interface BriefingStore {
  /** Briefings ever planned for the chat (whatever became of the delivery). */
  delivered(chatId: number): Promise<Set<string>>;
  /**
   * Batched planning variant: for each chat, the planned briefings, restricted to `among` when given
   * (keeps the answer small as history grows). Chats with none are absent from the map.
   */
  deliveredMany(chatIds: readonly number[], among?: readonly string[]): Promise<Map<number, Set<string>>>;
  /**
   * `deliveredMany(among)` for every chat with an id from `fromId` to `toId` (inclusive): one index
   * range rather than a list, for a plan whose batches are id ranges. May hold chats outside the
   * batch (ignore them).
   */
  deliveredBetween(fromId: number, toId: number, among: readonly string[]): Promise<Map<number, Set<string>>>;
}

/** What a broadcast preview shows: validated HTML, or an admin's message to copy. */
export const PreviewContent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('html'), html: z.string() }),
  z.object({ kind: z.literal('copy'), fromChatId: z.number().int(), messageId: z.number().int() }),
]);
export type PreviewContent = z.infer<typeof PreviewContent>;

/** A delivery's `message_ids` column: Telegram message ids by part index; JSON has no holes, so a gap is null. */
export const MessageIds = z.array(z.number().int().nullable());

/** A chat's `filters` and `slots` columns. */
export const StringList = z.array(z.string());

export const PREVIEW_STATES = ['pending', 'confirmed', 'cancelled'] as const;
export type PreviewState = (typeof PREVIEW_STATES)[number];

export interface NewPreview {
  adminId: number;
  /** Chat the preview was shown in. */
  chatId: number;
  content: PreviewContent;
  audienceSize: number;
}

export interface Preview extends NewPreview {
  id: number;
  state: PreviewState;
  createdAt: number;
}

export interface PreviewStore {
  create(preview: NewPreview): Promise<Preview>;
  get(id: number): Promise<Preview | null>;
  /** pending → confirmed/cancelled; false when it was no longer pending (double tap, other process). */
  settle(id: number, state: Exclude<PreviewState, 'pending'>): Promise<boolean>;
}

export interface AuditEntry {
  id: number;
  at: number;
  adminId: number;
  action: string;
  details: unknown;
}

export interface AuditStore {
  record(entry: { adminId: number; action: string; details?: unknown }): Promise<AuditEntry>;
  /** Newest first. */
  recent(limit: number): Promise<AuditEntry[]>;
}

export interface DeliveryCounts {
  delivered: number;
  failed: number;
  blocked: number;
}

export interface StatsStore {
  /** Deliveries that reached a final outcome in the last `windowMs` (default 24 h), by job kind. */
  recentDeliveries(windowMs?: number): Promise<Record<JobKind, DeliveryCounts>>;
  /** Deliveries of running jobs by state (the `mawjaz_deliveries` gauge). */
  liveDeliveries(): Promise<Record<DeliveryState, number>>;
}

export interface UpdateLog {
  /**
   * Records that an update is being handled; false when it was recorded before (Telegram re-sent it,
   * or another instance behind the balancer got it first). Handle the update only on true.
   */
  claim(updateId: number): Promise<boolean>;
  /**
   * `claim` of several updates in one statement, each answer in the order given; an id given twice
   * is claimed by its first place only.
   */
  claimMany(updateIds: readonly number[]): Promise<boolean[]>;
  /** Forgets updates recorded more than `olderThanMs` ago; returns how many. */
  prune(olderThanMs: number): Promise<number>;
}

export interface LeaseHolder {
  owner: string;
  until: number;
}

/** Named leases for work only one process may do at a time (e.g. `polling`). */
export interface LeaseStore {
  /** Takes or renews the lease when it is free, expired or already `owner`'s; true when `owner` holds it now. */
  acquire(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Gives it up; false when `owner` did not hold it. */
  release(name: string, owner: string): Promise<boolean>;
  holder(name: string): Promise<LeaseHolder | null>;
  /** Every owner holding a named lease or a job lease (to recognise a dead predecessor on this host). */
  owners(): Promise<string[]>;
  /** Releases every named lease and job lease `owner` holds (a clean stop, or its process is dead); returns how many. */
  releaseAll(owner: string): Promise<number>;
}

/** Telegram `file_id`s of what was uploaded once (pictures), by a key naming what was drawn. */
export interface FileIdStore {
  get(key: string): Promise<string | null>;
  put(key: string, fileId: string): Promise<void>;
  /** Forgets every key starting with `prefix` (an article changed); returns how many. */
  forget(prefix: string): Promise<number>;
}

/** One of Telegram's limits: a send costs `intervalMs` on the key; `burst` sends may go back to back. */
export interface RateKey {
  key: string;
  intervalMs: number;
  burst: number;
}

/** One send to reserve: the keys it draws on, and the earliest time it may start. */
export interface RateRequest {
  keys: readonly RateKey[];
  notBefore: number;
}

/** Telegram's limits shared by every instance on the database (GCRA: a theoretical arrival time per key). */
export interface RateStore {
  /** Reserves one send on every key at once, at the earliest time (ms, ≥ notBefore) all of them allow; returns it. */
  reserve(keys: readonly RateKey[], notBefore: number): Promise<number>;
  /**
   * `reserve` for several sends in one transaction, in the order given (each sees the ones before
   * it): one round-trip for a batch instead of one per message. Returns each one's time.
   */
  reserveMany(requests: readonly RateRequest[]): Promise<number[]>;
  /** After a 429: nothing on `key` starts before `until`. */
  pause(key: string, until: number): Promise<void>;
  /** Until when `key` is paused (0 when never): a slot reserved before a 429 must not be used during it. */
  pausedUntil(key: string): Promise<number>;
}

export interface Store {
  readonly chats: ChatStore;
  readonly jobs: JobStore;
  readonly deliveries: DeliveryStore;
  readonly briefings: BriefingStore;
  readonly previews: PreviewStore;
  readonly audit: AuditStore;
  readonly stats: StatsStore;
  readonly updates: UpdateLog;
  readonly leases: LeaseStore;
  readonly fileIds: FileIdStore;
  readonly rates: RateStore;
  /** Resolves when the database answers a trivial query (readiness); rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
