import type { Logger } from 'pino';
import type { Article, Language } from '../content/schema.js';
import type { ContentRepository } from '../content/repository.js';
import {
  ReservationConflictError,
  type Delivery,
  type Job,
  type NewDelivery,
  type Store,
} from '../store/store.js';
import type { Slot } from '../schedule/slots.js';
import { renderDigestBlocks } from '../briefing/digest.js';
import { splitBlocks } from '../telegram/split.js';
import type { MessagePart } from '../delivery/bulk-message.js';
import type { Composed } from '../delivery/job-runner.js';
import { readPayload } from '../delivery/payload.js';
import { withPicture } from '../pictures/digest-parts.js';
import type { PictureService } from '../pictures/picture-service.js';
import { briefingFilterKeys, filtersAllow } from './filters.js';
import { DigestDeliveryPayload, DigestJobPayload } from './payload.js';
import { planChatDigest } from './plan.js';
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
  /** Starts sending what was planned (never rejects). */
  runJobs: () => Promise<void>;
  /** DIGEST_PICTURES: the lead briefing's map goes with the digest. Absent: text only. */
  pictures?: Pick<PictureService, 'map' | 'send'>;
  log: Logger;
}

const PLAN_ATTEMPTS = 3;
/** Rendered digests kept for reuse (distinct briefing sets × languages); a slot rarely has many. */
const RENDERED_COMBINATIONS = 500;
/** How far back lastRun looks past broadcasts and on-demand digests. */
const RECENT_JOBS = 200;

/** `/digest_now` slots (keys `now:…`) are not on the schedule: they go to every subscriber. */
const isOnDemand = (slot: Slot) => slot.key.startsWith('now:');

/**
 * A digest slot: claimed once in the database (its key is unique), planned per chat in the same
 * transaction, then sent by the job runner. Whoever loses the claim (another process, a repeated
 * tick) only helps send.
 */
export function createDigestService(deps: DigestServiceDeps) {
  const { store, log } = deps;

  async function planRecipients(slot: Slot): Promise<NewDelivery[]> {
    const briefings = deps.content.list().map((a) => a.briefing);
    const among = briefings.map((b) => b.id);
    const filterKeys = new Map(briefings.map((b) => [b.id, briefingFilterKeys(b)]));
    const recipients: NewDelivery[] = [];
    const query = isOnDemand(slot) ? {} : { slot: slotName(slot.key) };
    for await (const batch of store.chats.subscribers(query)) {
      const history = await store.briefings.deliveredMany(
        batch.map((c) => c.id),
        among,
      );
      for (const chat of batch) {
        const had = history.get(chat.id);
        const briefingIds = planChatDigest({
          briefings,
          delivered: had ?? new Set(),
          hasHistory: had !== undefined,
          matches: (b) => filtersAllow(filterKeys.get(b.id)!, chat.filters),
          maxItems: deps.maxItems,
        });
        if (briefingIds.length === 0) continue;
        const payload: DigestDeliveryPayload = {
          chatType: chat.type,
          lang: chat.language ?? deps.defaultLanguage,
          briefingIds,
        };
        recipients.push({ chatId: chat.id, threadId: chat.threadId, payload, briefingIds });
      }
    }
    return recipients;
  }

  async function planSlot(slot: Slot): Promise<void> {
    const key = `digest:${slot.key}`;
    for (let attempt = 1; attempt <= PLAN_ATTEMPTS; attempt++) {
      if (await store.jobs.getByKey(key)) return log.info({ slot: slot.key }, 'digest slot already claimed');
      const recipients = await planRecipients(slot);
      try {
        const payload = { slot: slot.key, at: slot.at, scheduled: !isOnDemand(slot) };
        const job = await store.jobs.create({ kind: 'digest', key, payload }, recipients);
        if (job)
          log.info({ slot: slot.key, job_id: job.id, recipients: recipients.length }, 'digest slot planned');
        return;
      } catch (error) {
        // Another process planned some of the same briefings for these chats meanwhile: plan again.
        if (!(error instanceof ReservationConflictError) || attempt === PLAN_ATTEMPTS) throw error;
        log.warn({ slot: slot.key, conflicts: error.total }, 'digest plan conflicted, planning again');
      }
    }
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

    /** The last scheduled slot planned (on-demand ones aside): the scheduler's catch-up starts from there. */
    async lastRun(): Promise<number | null> {
      for (const job of await store.jobs.recent(RECENT_JOBS)) {
        if (job.kind !== 'digest') continue;
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
