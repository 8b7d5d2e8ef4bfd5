import { access } from 'node:fs/promises';
import type { Logger } from 'pino';
import { draftPath } from '../content/drafts.js';
import { JobLeaseLostError, type Composed } from '../delivery/job-runner.js';
import type { MessagePart } from '../delivery/bulk-message.js';
import { readPayload } from '../delivery/payload.js';
import { catalogue } from '../i18n/catalogue.js';
import { resumeDraft, saveDraftBeside, type DraftVersion } from '../intake/drafts/draft-version.js';
import type { AuditStore, Delivery, Job, JobStore } from '../store/store.js';
import { escapeHtml } from '../telegram/html.js';
import { draftKeyboard, draftMessages } from './draft-messages.js';
import { IntakeDeliveryPayload, IntakeJobPayload, type IntakeOutcome } from './payload.js';

/**
 * The intake pipeline is two thirds of the code base's modules (some 460): loaded when the first
 * article is drafted, not at every start of an instance that may never draft one.
 */
const loadIngest = async () => (await import('../intake/ingest.js')).ingest;

export interface IntakeJobDeps {
  jobs: Pick<JobStore, 'setPayload'>;
  audit: AuditStore;
  /** Where drafts are written (CONTENT_DIR/drafts). */
  contentDir: string;
  /** This process's lease owner: a draft is recorded only while it holds the job. */
  owner: string;
  log: Logger;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Intake jobs: an admin's article, drafted once and sent to their chat through the job runner.
 * The draft is saved and recorded in the job before any message goes out; a runner taking the job
 * over finds it recorded and sends it, never drafting the article again.
 */
export function createIntakeJobs(deps: IntakeJobDeps) {
  const { log } = deps;

  /** Records the version about to be written, under the job's lease. */
  async function claim(job: Job, request: IntakeJobPayload, claimed: DraftVersion): Promise<void> {
    if (!(await deps.jobs.setPayload(job.id, deps.owner, { ...request, claimed }))) {
      throw new JobLeaseLostError(job.id);
    }
  }

  /**
   * Ingests the article and saves its draft beside any of the same id (an editor may have corrected
   * it); a job cut short after writing its draft takes that file back.
   */
  async function draftArticle(job: Job, request: IntakeJobPayload): Promise<IntakeOutcome> {
    try {
      const ingest = await loadIngest();
      const result = ingest(request.text, request.published === null ? {} : { published: request.published });
      if (!result.ok) return { kind: 'failed', error: result.error };
      const { draft } = result;
      const { path, id, besideOf } =
        (request.claimed && (await resumeDraft(deps.contentDir, draft, request.text, request.claimed))) ??
        (await saveDraftBeside(deps.contentDir, draft, request.text, (version) =>
          claim(job, request, version),
        ));
      const article = { briefing: { ...draft, id }, body: request.text, path };
      return { kind: 'draft', id, path, besideOf, parts: draftMessages(article, request.lang) };
    } catch (err) {
      if (err instanceof JobLeaseLostError) throw err;
      // A bug in the pipeline, or a draft that cannot be written: told once, not tried again at
      // every sweep of the jobs.
      log.error({ err, job_id: job.id }, 'article could not be drafted');
      return { kind: 'failed', error: err instanceof Error ? err.message : String(err) };
    }
  }

  /** Drafts the article and records what it became; throws JobLeaseLostError when another took the job. */
  async function draftOnce(job: Job, request: IntakeJobPayload): Promise<IntakeOutcome> {
    const outcome = await draftArticle(job, request);
    if (!(await deps.jobs.setPayload(job.id, deps.owner, { ...request, outcome }))) {
      // The draft's file stays: it was claimed in the job, so the job's new owner takes it back
      // (resumeDraft) rather than writing a second one, and may already be sending it.
      throw new JobLeaseLostError(job.id);
    }
    if (outcome.kind === 'draft') {
      const { id, path, besideOf } = outcome;
      await deps.audit.record({ adminId: request.adminId, action: 'draft', details: { id, path, besideOf } });
      log.info(
        { job_id: job.id, admin_id: request.adminId, id, beside_of: besideOf, parts: outcome.parts.length },
        'draft written',
      );
    }
    return outcome;
  }

  /** The messages of an outcome: the draft (its last part with Publish / Discard), or why there is none. */
  async function messagesOf(job: Job, request: IntakeJobPayload, outcome: IntakeOutcome) {
    const { intake } = catalogue(request.lang);
    const text = (plain: string): MessagePart[] => [{ kind: 'html', html: escapeHtml(plain) }];
    if (outcome.kind === 'failed') return text(intake.failed(outcome.error));
    if (!(await exists(draftPath(deps.contentDir, outcome.id)))) {
      // Published or removed since it was recorded (or written on another machine): never drafted twice.
      log.warn({ job_id: job.id, id: outcome.id }, 'recorded draft gone before it was sent');
      return text(intake.draftGone);
    }
    const last = outcome.parts.length - 1;
    const keyboard = draftKeyboard(outcome.id, request.lang);
    const parts = outcome.parts.map((html, i): MessagePart => ({
      kind: 'html',
      html,
      ...(i === last && { replyMarkup: keyboard }),
    }));
    // The draft it was written beside may have been published or discarded since: then there is
    // nothing beside it to name.
    const besideOf = outcome.besideOf;
    return besideOf !== null && (await exists(draftPath(deps.contentDir, besideOf)))
      ? [...text(intake.newVersion(outcome.id, besideOf)), ...parts]
      : parts;
  }

  return {
    /**
     * The intake delivery's messages, for the job runner. Both payloads are parsed; an unreadable
     * one throws UnreadablePayloadError, which fails the job (or the delivery).
     */
    async compose(job: Job, delivery: Delivery): Promise<Composed | null> {
      if (job.kind !== 'intake') return null;
      const request = readPayload(IntakeJobPayload, job.payload, 'job');
      const { chatType } = readPayload(IntakeDeliveryPayload, delivery.payload, 'delivery');
      const outcome = request.outcome ?? (await draftOnce(job, request));
      return { chatType, parts: await messagesOf(job, request, outcome) };
    },
  };
}

export type IntakeJobs = ReturnType<typeof createIntakeJobs>;
