import type { Logger } from 'pino';
import type { Article, Language } from '../content/schema.js';
import type { ContentRepository } from '../content/repository.js';
import type { Delivery, Job, Recipient, Store } from '../store/store.js';
import type { Slot } from '../schedule/slots.js';
import { renderDigestBlocks } from '../briefing/digest.js';
import { splitBlocks } from '../telegram/split.js';
import type { MessagePart } from '../delivery/bulk-message.js';
import type { Composed } from '../delivery/job-runner.js';
import { readPayload } from '../delivery/payload.js';
import { withPicture } from '../pictures/digest-parts.js';
import type { PictureService } from '../pictures/picture-service.js';
import { DigestDeliveryPayload, DigestJobPayload } from './payload.js';
import { digestPlanContext, planDigestBatch, type DigestPlanContext } from './plan-batch.js';
import { writePipelined } from './plan-pipeline.js';
import { slotName } from './slot-name.js';

export interface DigestServiceDeps {
  store: Store;
  content: ContentRepository;
  maxItems: number;
  defaultLanguage: Language;
  /** Re-reads CONTENT_DIR, so articles added since the last slot go out without a restart. */
  reloadContent: () => Promise<unknown>;
  /** Makes sure the configured channels are subscribed; called before each slot is planned. */
  syncChannels: () => Promise<void>;
  /** Unique per process: the plan's lease is held under it (as the job runner's). */
  owner: string;
  /** How long a planner that died holds its plan before another may resume it (JOB_LEASE_SECONDS). */
  leaseMs: number;
  /** Subscribers planned and written per batch (one transaction each); default: the store's `jobs.planBatchSize`. */
  planBatchSize?: number;
  /** Starts sending what was planned (never rejects). */
  runJobs: () => Promise<void>;
  /** DIGEST_PICTURES: the lead briefing's map goes with the digest. Absent: text only. */
  pictures?: Pick<PictureService, 'map' | 'send'>;
  log: Logger;
}

/** Stalled plans a sweep looks at; more wait for the next sweep. */
const STALLED_PER_SWEEP = 20;
/** Rendered digests kept for reuse (distinct briefing sets × languages); a slot rarely has many. */
const RENDERED_COMBINATIONS = 500;
/** How far back lastRun looks past broadcasts and on-demand digests. */
const RECENT_JOBS = 200;

/** `/digest_now` slots (keys `now:…`) are not on the schedule: they go to every subscriber. */
const isOnDemand = (slot: Slot) => slot.key.startsWith('now:');

/**
 * A digest slot: claimed once in the database (its key is unique), planned per chat in batches,
 * then sent by the job runner. Whoever loses the claim (another process, a repeated tick) only
 * helps send.
 */
export function createDigestService(deps: DigestServiceDeps) {
  const { store, log } = deps;

  const leaseMs = deps.leaseMs;
  /** Slot keys this process is planning right now. */
  const planning = new Set<string>();

  /**
   * The pages of subscribers planned and written batch by batch. Where the store plans ahead
   * (PostgreSQL), each batch's history is read outside any transaction and planned while the batch
   * before is written, so the planner and the server work at the same time; its transaction writes that plan only if
   * nothing was planned for anyone since the read but by this plan's earlier batches, and else
   * reads the history again under the plans' lock and plans from there (see
   * store/sql/plans-version.ts). So no other job can plan the same pairs in between. Elsewhere
   * (SQLite) each batch is read and planned inside its transaction.
   */
  async function planPages(jobId: number, pages: AsyncIterator<Recipient[]>, context: DigestPlanContext) {
    const among = context.briefings.map((b) => b.id);
    await writePipelined(
      pages,
      async (chats) => {
        const batch = { from: chats[0]!.id, through: chats.at(-1)!.id, among };
        if (!store.jobs.planAhead) return { chats, batch };
        const read = await store.jobs.readPlan(batch);
        const planned = planDigestBatch(chats, read.history, context);
        return { chats, batch, ahead: await store.jobs.encodeAhead(jobId, { read, planned }) };
      },
      ({ chats, batch, ahead }) =>
        store.jobs.planBatch(
          jobId,
          deps.owner,
          leaseMs,
          batch,
          (history) => planDigestBatch(chats, history, context),
          ahead,
        ),
    );
  }

  /**
   * Claims the slot (its job key is unique) and plans it batch by batch, streaming subscribers in id
   * order: each batch's deliveries are written with the plan's cursor, and the job becomes runnable
   * only when every batch is in. A planner that dies leaves the job unrunnable; whoever runs the slot
   * again once its lease is gone resumes after the cursor, so nobody is planned twice or left out.
   */
  async function planSlot(slot: Slot): Promise<void> {
    // A batch slower than the lease lets this process's own sweep see the plan as stalled: the
    // sweep must not plan it a second time alongside under the same owner.
    if (planning.has(slot.key)) return log.info({ slot: slot.key }, 'digest slot already being planned here');
    planning.add(slot.key);
    try {
      await planClaimed(slot);
    } finally {
      planning.delete(slot.key);
    }
  }

  async function planClaimed(slot: Slot): Promise<void> {
    const payload = { slot: slot.key, at: slot.at, scheduled: !isOnDemand(slot) };
    const job = await store.jobs.beginPlan(
      { kind: 'digest', key: `digest:${slot.key}`, payload },
      deps.owner,
      leaseMs,
    );
    if (!job) return log.info({ slot: slot.key }, 'digest slot already claimed');
    if (job.planCursor !== null)
      log.info({ slot: slot.key, job_id: job.id, after_chat_id: job.planCursor }, 'digest plan resumed');
    const context = digestPlanContext(
      deps.content.list().map((a) => a.briefing),
      deps.maxItems,
      deps.defaultLanguage,
    );
    const query = {
      batchSize: deps.planBatchSize ?? store.jobs.planBatchSize,
      ...(isOnDemand(slot) ? {} : { slot: slotName(slot.key) }),
      ...(job.planCursor !== null && { after: job.planCursor }),
    };
    // A failure stops the plan with nothing of the failed batch written: the job, cursor at the
    // last batch committed, is resumed by whoever runs the slot again or sweeps stalled plans.
    await planPages(job.id, store.chats.recipients(query)[Symbol.asyncIterator](), context);
    const planned = await store.jobs.completePlan(job.id, deps.owner);
    if (planned)
      log.info({ slot: slot.key, job_id: planned.id, recipients: planned.total }, 'digest slot planned');
    else log.warn({ slot: slot.key, job_id: job.id }, 'digest plan taken over before it completed');
  }

  // Thousands of chats get the same briefings in the same language: each combination is rendered
  // once, and again only when a reload replaced one of its articles.
  const rendered = new Map<string, { articles: Article[]; parts: MessagePart[] }>();
  function renderedParts(lang: Language, articles: Article[]): MessagePart[] {
    const key = `${lang}:${articles.map((a) => a.briefing.id).join(',')}`;
    const hit = rendered.get(key);
    if (hit && hit.articles.every((a, i) => a === articles[i])) return hit.parts;
    if (rendered.size >= RENDERED_COMBINATIONS) rendered.clear();
    const text = splitBlocks(renderDigestBlocks(articles, lang)).map((html) => ({
      kind: 'html' as const,
      html,
    }));
    const { pictures } = deps;
    const parts = pictures ? withPicture(text, pictures.map(articles[0]!, lang), pictures) : text;
    rendered.set(key, { articles, parts });
    return parts;
  }

  return {
    async runSlot(slot: Slot, late = false): Promise<void> {
      log.info({ slot: slot.key, late }, 'digest slot due');
      await deps.reloadContent();
      await deps.syncChannels();
      await planSlot(slot);
      // Sending runs in the background: a long digest must not hold up the next tick or start-up.
      void deps.runJobs();
    },

    /**
     * Finishes the plans whose planner died (lease released or run out), whatever their slot: each
     * resumes after its cursor through the same claim as `runSlot`, so a live planner elsewhere keeps
     * its plan. For the job runner's periodic sweep; never rejects. Returns how many were completed.
     */
    async resumeStalled(): Promise<number> {
      let completed = 0;
      try {
        const stalled = (await store.jobs.stalledPlans(STALLED_PER_SWEEP)).filter((j) => j.kind === 'digest');
        if (stalled.length === 0) return 0;
        await deps.reloadContent();
        for (const job of stalled) {
          const payload = DigestJobPayload.safeParse(job.payload);
          if (!payload.success) {
            log.error(
              { job_id: job.id, issue: payload.error.issues[0] },
              'stalled digest plan unreadable, left',
            );
            continue;
          }
          const slot = { key: payload.data.slot, at: payload.data.at };
          log.warn(
            { slot: slot.key, job_id: job.id, after_chat_id: job.planCursor },
            'digest plan stalled, resuming',
          );
          try {
            await planSlot(slot);
            if ((await store.jobs.get(job.id))?.planning === false) completed++;
          } catch (err) {
            log.error({ err, slot: slot.key, job_id: job.id }, 'resuming a stalled digest plan failed');
          }
        }
      } catch (err) {
        log.error({ err }, 'looking for stalled digest plans failed');
      }
      return completed;
    },

    /** The last scheduled slot planned (on-demand ones aside): the scheduler's catch-up starts from there. */
    async lastRun(): Promise<number | null> {
      for (const job of await store.jobs.recent(RECENT_JOBS)) {
        // A plan cut short does not count: the catch-up runs its slot again, which resumes it.
        if (job.kind !== 'digest' || job.planning) continue;
        // An unreadable payload is skipped here: the job runner fails its job and logs it.
        const payload = DigestJobPayload.safeParse(job.payload);
        if (payload.success && payload.data.scheduled) return payload.data.at;
      }
      return null;
    },

    /**
     * The messages of one digest delivery, rendered in the chat's language from the current content.
     * Both payloads are parsed; an unreadable one throws UnreadablePayloadError, which fails the job
     * (or the delivery).
     */
    compose(job: Job, delivery: Delivery): Composed | null {
      readPayload(DigestJobPayload, job.payload, 'job');
      const payload = readPayload(DigestDeliveryPayload, delivery.payload, 'delivery');
      const articles = payload.briefingIds.flatMap((id) => deps.content.byId(id) ?? []);
      if (articles.length === 0) return null;
      return { chatType: payload.chatType, parts: renderedParts(payload.lang, articles) };
    },
  };
}

export type DigestService = ReturnType<typeof createDigestService>;
