import { Markup } from 'telegraf';
import { Feature } from '../feature.js';
import type { Logger } from 'pino';
import type { Message } from 'telegraf/types';
import { renderFigures } from '../../briefing/figures.js';
import { renderIncidentBlocks, renderIncidentsHeader } from '../../briefing/incidents.js';
import { bold, italic } from '../../briefing/markup.js';
import { renderSummary } from '../../briefing/summary.js';
import { discardDraft, publishDraft } from '../../content/drafts.js';
import type { ReloadReport } from '../../content/repository.js';
import type { Article } from '../../content/schema.js';
import { draftCheckLines } from '../../intake/drafts/draft-checks.js';
import { saveDraftBeside } from '../../intake/drafts/draft-version.js';
import type { AuditStore } from '../../store/store.js';
import { escapeHtml } from '../../telegram/html.js';
import { splitBlocks } from '../../telegram/split.js';
import { botButtons } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { replyHtml } from '../reply.js';
import { replyText } from '../reply-text.js';

/**
 * The intake pipeline is two thirds of the code base's modules (some 460): loaded when the first
 * article comes in, not at every start of an instance that may never draft one.
 */
const loadIngest = async () => (await import('../../intake/ingest.js')).ingest;

/** Shorter texts are chat, not articles: they get the usual hint. */
const MIN_ARTICLE_LENGTH = 200;
const MAX_FILE_BYTES = 1024 * 1024;
const DATE_LINE = /^\s*(\d{4}-\d{2}-\d{2})\s*\n/;

export interface IntakeDeps {
  contentDir: string;
  reloadContent: () => Promise<ReloadReport>;
  audit: AuditStore;
  log: Logger;
}

/** The draft as the editor sees it: summary, incidents and figures, marked where to look. */
function draftMessages(article: Article, ctx: BotContext): string[] {
  const { lang, t } = ctx;
  const incidents = renderIncidentBlocks(article, lang);
  const checks = draftCheckLines(article.briefing, t);
  return splitBlocks([
    `${bold(escapeHtml(t.intake.draftHeading))}\n${italic(escapeHtml(t.intake.checkNote))}`,
    renderSummary(article, lang),
    renderIncidentsHeader(article, lang, incidents.length),
    ...incidents,
    renderFigures(article, lang),
    ...(checks.length > 0
      ? [
          [bold(escapeHtml(t.intake.checksHeading)), ...checks.map((line) => `• ${escapeHtml(line)}`)].join(
            '\n',
          ),
        ]
      : []),
  ]);
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
 * article sent as text or a .txt document becomes a draft in CONTENT_DIR/drafts, shown with Publish
 * and Discard buttons. Publish makes it a served briefing at once (and part of the next digest).
 */
export function intakeFeature(deps: IntakeDeps): Feature<BotContext> {
  const feature = new Feature<BotContext>();

  feature.on('message', async (ctx, next) => {
    const text = await articleText(ctx, ctx.message);
    if (text === undefined) return next();
    if (typeof text !== 'string') return replyText(ctx, text.error);
    const dated = DATE_LINE.exec(text);
    const raw = dated ? text.slice(dated[0].length) : text;
    const ingest = await loadIngest();
    const result = ingest(raw, dated ? { published: dated[1]! } : {});
    if (!result.ok) return replyText(ctx, ctx.t.intake.failed(result.error));
    // a draft of that id may have been corrected by an editor: the new one goes beside it
    const { path, id, besideOf } = await saveDraftBeside(deps.contentDir, result.draft, raw);
    const draft = { ...result.draft, id };
    await deps.audit.record({
      adminId: ctx.from.id,
      action: 'draft',
      details: { id, path, besideOf },
    });
    deps.log.info(
      { admin_id: ctx.from.id, id, beside_of: besideOf, incidents: draft.incidents.length },
      'draft written',
    );
    if (besideOf !== null) await replyText(ctx, ctx.t.intake.newVersion(id, besideOf));
    const parts = draftMessages({ briefing: draft, body: raw, path }, ctx);
    const keyboard = Markup.inlineKeyboard([
      [
        Markup.button.callback(
          ctx.t.intake.publish,
          botButtons.encode({ kind: 'draft', action: 'publish', draftId: id }),
        ),
        Markup.button.callback(
          ctx.t.intake.discard,
          botButtons.encode({ kind: 'draft', action: 'discard', draftId: id }),
        ),
      ],
    ]);
    for (const [i, part] of parts.entries())
      await replyHtml(ctx, part, i === parts.length - 1 ? keyboard : undefined);
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
