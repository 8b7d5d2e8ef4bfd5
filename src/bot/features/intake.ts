import { Feature } from '../feature.js';
import type { Logger } from 'pino';
import type { Message } from 'telegraf/types';
import { discardDraft, publishDraft } from '../../content/drafts.js';
import type { ReloadReport } from '../../content/repository.js';
import { intakeJobKey, type IntakeDeliveryPayload, type IntakeJobPayload } from '../../drafting/payload.js';
import type { AuditStore, JobStore } from '../../store/store.js';
import { botButtons } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { replyText } from '../reply-text.js';

/** Shorter texts are chat, not articles: they get the usual hint. */
const MIN_ARTICLE_LENGTH = 200;
const MAX_FILE_BYTES = 1024 * 1024;
const DATE_LINE = /^\s*(\d{4}-\d{2}-\d{2})\s*\n/;

export interface IntakeDeps {
  contentDir: string;
  reloadContent: () => Promise<ReloadReport>;
  jobs: Pick<JobStore, 'create'>;
  /** Starts the waiting jobs (the job runner's run); never rejects. */
  runJobs: () => Promise<void>;
  audit: AuditStore;
  log: Logger;
}

async function articleText(
  ctx: BotContext,
  message: Message,
): Promise<string | { error: string } | undefined> {
  if ('text' in message)
    return message.text.length >= MIN_ARTICLE_LENGTH &&
      !message.entities?.some((e) => e.type === 'bot_command' && e.offset === 0)
      ? message.text
      : undefined;
  if (!('document' in message)) return undefined;
  const { document } = message;
  const isText = document.mime_type === 'text/plain' || /\.txt$/i.test(document.file_name ?? '');
  if (!isText) return { error: ctx.t.intake.notText };
  if ((document.file_size ?? 0) > MAX_FILE_BYTES) return { error: ctx.t.intake.tooLarge };
  const link = await ctx.telegram.getFileLink(document.file_id);
  const response = await fetch(link);
  if (!response.ok) throw new Error(`file download failed: ${response.status}`);
  return response.text();
}

/**
 * Editorial intake, for admins in their private chat (installed behind the admin guard): a raw
 * article sent as text or a .txt document is taken in as an intake job and acknowledged at once;
 * the job drafts it into CONTENT_DIR/drafts and sends it with Publish and Discard buttons
 * (drafting/intake-job.ts). Publish makes it a served briefing at once (and part of the next digest).
 */
export function intakeFeature(deps: IntakeDeps): Feature<BotContext> {
  const feature = new Feature<BotContext>();

  feature.on('message', async (ctx, next) => {
    const text = await articleText(ctx, ctx.message);
    if (text === undefined) return next();
    if (typeof text !== 'string') return replyText(ctx, text.error);
    const dated = DATE_LINE.exec(text);
    const request: IntakeJobPayload = {
      adminId: ctx.from.id,
      chatId: ctx.chat.id,
      text: dated ? text.slice(dated[0].length) : text,
      published: dated ? dated[1]! : null,
      lang: ctx.lang,
    };
    const delivery: IntakeDeliveryPayload = { chatType: ctx.chat.type };
    const job = await deps.jobs.create(
      {
        kind: 'intake',
        key: intakeJobKey(ctx.chat.id, ctx.message.message_id),
        payload: request,
        author: ctx.from.id,
      },
      [{ chatId: ctx.chat.id, threadId: null, payload: delivery }],
    );
    // null: this very message was taken in before, and its job answers it.
    if (!job) return;
    deps.log.info({ job_id: job.id, admin_id: ctx.from.id, chars: request.text.length }, 'article taken in');
    try {
      await replyText(ctx, ctx.t.intake.received);
    } finally {
      // After the acknowledgement, so that it comes first; the job is persisted either way.
      void deps.runJobs();
    }
  });

  feature.action(/^dr:/, async (ctx, next) => {
    const button = botButtons.decode(ctx.match.input);
    // Not a draft button this version writes: the catch-all answers it as expired.
    if (button?.kind !== 'draft') return next();
    const id = button.draftId;
    const { intake } = ctx.t;
    await ctx.editMessageReplyMarkup(undefined);
    if (button.action === 'discard') {
      const removed = await discardDraft(deps.contentDir, id);
      await deps.audit.record({ adminId: ctx.from.id, action: 'draft discarded', details: { id, removed } });
      await ctx.answerCbQuery();
      return replyText(ctx, removed ? intake.discarded : intake.draftGone);
    }
    const published = await publishDraft(deps.contentDir, id);
    await deps.audit.record({
      adminId: ctx.from.id,
      action: 'draft published',
      details: { id, ...published },
    });
    await ctx.answerCbQuery();
    if (!published.ok) {
      const reply =
        published.reason === 'exists'
          ? intake.alreadyPublished(id)
          : published.reason === 'no-draft'
            ? intake.draftGone
            : intake.failed(published.detail);
      return replyText(ctx, reply);
    }
    await deps.reloadContent();
    deps.log.info({ admin_id: ctx.from.id, id, path: published.path }, 'draft published');
    return replyText(ctx, intake.published(id));
  });

  return feature;
}
