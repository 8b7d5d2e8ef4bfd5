import type { Logger } from 'pino';
import type { Metrics } from '../metrics/metrics.js';
import {
  JOB_KINDS,
  type Delivery,
  type Job,
  type JobKind,
  type JobProgress,
  type Store,
} from '../store/store.js';
import type { BulkMessage, MessagePart } from './bulk-message.js';
import { UnreadablePayloadError } from './payload.js';
import type { OutgoingMessage, Sender } from './types.js';

/** What to send for one delivery; null when there is nothing left to send (e.g. content removed). */
export interface Composed {
  chatType: OutgoingMessage['chatType'];
  parts: MessagePart[];
}

export type InDoubtRule = 'resend' | 'skip';

/**
 * Thrown by a compose that found the job taken over while it worked (its lease gone): the delivery
 * is left as it is, to the job's new owner.
 */
export class JobLeaseLostError extends Error {
  override readonly name = 'JobLeaseLostError';
  constructor(readonly jobId: number) {
    super(`job ${jobId} was taken over while its delivery was composed`);
  }
}

export interface JobRunnerDeps {
  store: Store;
  sender: Sender<BulkMessage>;
  /** Unique per process: leases and in-flight rows are recorded under it. */
  owner: string;
  leaseMs: number;
  /** What to do with a message whose request was in flight when a process died. */
  inDoubt: InDoubtRule;
  /**
   * Throws UnreadablePayloadError when a persisted payload no longer parses: a job's fails the
   * whole job (cancelled, what is pending stays unsent), a delivery's fails that delivery; and
   * JobLeaseLostError when it finds the job taken over (the runner leaves the job to its owner).
   */
  compose: (job: Job, delivery: Delivery) => Promise<Composed | null>;
  log: Logger;
  /** Deliveries read and queued at a time. */
  batchSize?: number;
  onProgress?: (job: Job, progress: JobProgress, done: boolean) => Promise<void>;
  /**
   * Job kinds worked through side by side, one job at a time in each lane: an admin's draft is
   * not held up behind a digest to every subscriber. Default: one lane of every kind.
   */
  lanes?: readonly (readonly JobKind[])[];
  /** Each message's outcome, counted by job kind. */
  metrics?: Pick<Metrics, 'messageSent'>;
}

/**
 * Works through persisted jobs (digests, broadcasts, intake drafts): one process at a time per job (a lease), each
 * delivery marked in flight only right before its request, so a crash leaves in doubt only the
 * message that was really on the wire, and whoever takes over resolves it by the configured rule.
 */
export function createJobRunner(deps: JobRunnerDeps) {
  const { store, sender, owner, log } = deps;
  const batchSize = deps.batchSize ?? 200;
  const lanes = (deps.lanes ?? [JOB_KINDS]).map((kinds) => ({
    kinds,
    running: null as Promise<void> | null,
    again: false,
  }));
  let stopped = false;

  async function resolveInDoubt(job: Job): Promise<void> {
    const doubts = await store.jobs.takeInDoubt(job.id);
    if (doubts.length === 0) return;
    for (const d of doubts) {
      log.warn(
        { job_id: job.id, kind: job.kind, chat_id: d.chatId, part: d.partsSent, rule: deps.inDoubt },
        'delivery in doubt after a crash',
      );
    }
    await store.deliveries.resolveInDoubt(
      job.id,
      doubts.map((d) => d.chatId),
      deps.inDoubt,
    );
  }

  /** The delivery's messages; 'unreadable' when its own payload no longer parses (it is failed here). */
  async function compose(job: Job, delivery: Delivery): Promise<Composed | null | 'unreadable'> {
    try {
      return await deps.compose(job, delivery);
    } catch (err) {
      if (!(err instanceof UnreadablePayloadError) || err.scope !== 'delivery') throw err;
      log.error(
        { job_id: job.id, chat_id: delivery.chatId, path: err.path, issue: err.issue },
        'delivery payload unreadable, delivery failed',
      );
      await store.deliveries.markFailed(job.id, delivery.chatId, err.message);
      return 'unreadable';
    }
  }

  /** Stops a job whose own payload no longer parses: nothing of it can be sent correctly. */
  async function failUnreadable(job: Job, err: UnreadablePayloadError): Promise<void> {
    log.error(
      { job_id: job.id, kind: job.kind, path: err.path, issue: err.issue },
      'job payload unreadable, job cancelled',
    );
    await store.jobs.cancel(job.id);
  }

  async function deliver(job: Job, delivery: Delivery): Promise<void> {
    const composed = await compose(job, delivery);
    if (composed === 'unreadable') return;
    if (!composed || composed.parts.length === 0) {
      await store.deliveries.markFailed(job.id, delivery.chatId, 'nothing left to send');
      return;
    }
    let chatId = delivery.chatId;
    let started = delivery.state === 'sending';
    const messageIds = delivery.messageIds.slice(0, delivery.partsSent);
    for (let index = delivery.partsSent; index < composed.parts.length;) {
      // Once stopping, nothing new goes on the wire: queued deliveries stay pending for the next run.
      const begin = async () =>
        started || (!stopped && (started = await store.deliveries.start(job.id, chatId, owner)));
      const outcome = await sender.send({
        chatId,
        threadId: delivery.threadId,
        chatType: composed.chatType,
        part: composed.parts[index]!,
        begin,
      });
      if (!started) return; // another worker has it
      if (outcome.status !== 'migrated')
        deps.metrics?.messageSent(job.kind, outcome.status === 'sent' ? 'ok' : outcome.status);
      switch (outcome.status) {
        case 'sent':
          messageIds.push(outcome.messageIds[0]!);
          await store.deliveries.markPartSent(job.id, chatId, index, outcome.messageIds[0]!);
          index++;
          break;
        case 'migrated':
          // The chat, its settings and this delivery move to the supergroup; the same part goes there.
          await store.chats.migrate(chatId, outcome.newChatId);
          chatId = outcome.newChatId;
          break;
        case 'blocked':
          await store.deliveries.markBlocked(job.id, chatId);
          return;
        case 'failed':
          await store.deliveries.markFailed(job.id, chatId, outcome.error);
          return;
      }
    }
    await store.deliveries.markSent(job.id, chatId, messageIds);
  }

  async function runJob(job: Job): Promise<void> {
    await resolveInDoubt(job);
    let leaseLost = false;
    const renewal = setInterval(
      () => {
        void store.jobs.renew(job.id, owner, deps.leaseMs).then((ok) => (leaseLost ||= !ok));
      },
      Math.max(50, deps.leaseMs / 3),
    );
    try {
      for (let after: number | undefined; !leaseLost && !stopped;) {
        const batch = await store.deliveries.pending(job.id, batchSize, after);
        if (batch.length === 0) break;
        after = batch.at(-1)!.chatId;
        let unreadable: UnreadablePayloadError | undefined;
        await Promise.all(
          batch.map((d) =>
            deliver(job, d).catch((err: unknown) => {
              // Every delivery of the batch finds the same job payload unreadable: one log line.
              if (err instanceof UnreadablePayloadError && err.scope === 'job') unreadable ??= err;
              else if (err instanceof JobLeaseLostError) leaseLost = true;
              else log.error({ err, job_id: job.id, chat_id: d.chatId }, 'delivery failed unexpectedly');
            }),
          ),
        );
        if (unreadable) return await failUnreadable(job, unreadable);
        await deps.onProgress?.(job, await store.jobs.progress(job.id), false);
      }
      if (leaseLost) return log.warn({ job_id: job.id }, 'job lease lost, leaving it to its new owner');
      if (stopped) return;
      const progress = await store.jobs.progress(job.id);
      if (progress.pending === 0 && progress.sending === 0 && (await store.jobs.finish(job.id))) {
        log.info({ job_id: job.id, kind: job.kind, ...progress }, 'job finished');
      }
      await deps.onProgress?.(job, progress, true);
    } finally {
      clearInterval(renewal);
    }
  }

  type Lane = (typeof lanes)[number];

  async function drain(lane: Lane): Promise<void> {
    const acquire = () => store.jobs.acquire(owner, deps.leaseMs, lane.kinds);
    do {
      lane.again = false;
      for (let job = await acquire(); job && !stopped; job = await acquire()) {
        await runJob(job);
      }
    } while (lane.again && !stopped);
  }

  /** One lane's run; a call while it runs makes it look again once done, sharing the promise. */
  function runLane(lane: Lane): Promise<void> {
    if (lane.running) {
      lane.again = true;
      return lane.running;
    }
    lane.running = drain(lane)
      .catch((err: unknown) => log.error({ err, kinds: lane.kinds }, 'job runner failed'))
      .finally(() => (lane.running = null));
    return lane.running;
  }

  return {
    /** Runs every job that is waiting (or whose owner died), the lanes side by side. Never rejects. */
    async run(): Promise<void> {
      await Promise.all(lanes.map(runLane));
    },
    /** Stops once the requests already on the wire have answered. */
    async stop(): Promise<void> {
      stopped = true;
      await Promise.all(lanes.map((lane) => lane.running));
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
