import type { Logger } from 'pino';
import { Markup } from 'telegraf';
import { Feature } from '../../feature.js';
import { encodeBroadcastButton, decodeBroadcastButton } from '../../../broadcast/buttons.js';
import { broadcastContent } from '../../../broadcast/content.js';
import type { BroadcastJobPayload } from '../../../broadcast/payload.js';
import { prepareBroadcastText } from '../../../broadcast/text.js';
import type { AdminMessages } from '../../../i18n/admin-messages.js';
import { adminCatalogue } from '../../../i18n/admin.js';
import type { Preview, Store } from '../../../store/store.js';
import { escapeHtml } from '../../../telegram/html.js';
import { splitMessage } from '../../../telegram/split.js';
import type { BotContext } from '../../context.js';
import { editHtml, replyHtml } from '../../reply.js';
import { editText, replyText } from '../../reply-text.js';
import { BotApiFailure } from '../../../telegram/bot-api-failure.js';
import { audienceDeliveries, countAudience, type AudienceCounts } from './audience.js';
import { recordAdminAction } from './audit.js';
import { broadcastJobKey, broadcastNumber } from '../../../broadcast/number.js';

export interface BroadcastDeps {
  store: Pick<Store, 'chats' | 'jobs' | 'previews' | 'audit'>;
  /** Starts sending what is planned (the job runner's run); never rejects. */
  runJobs: () => Promise<void>;
  now: () => number;
  log: Logger;
}

const noButtons = Markup.inlineKeyboard([]);

function controlKeyboard(
  t: AdminMessages,
  previewId: number,
  audience: AudienceCounts,
  includeChannels: boolean,
) {
  const button = (text: string, data: Parameters<typeof encodeBroadcastButton>[0]) =>
    Markup.button.callback(text, encodeBroadcastButton(data));
  const rows = [];
  if (audience.channels > 0) {
    rows.push([
      includeChannels
        ? button(t.buttons.excludeChannels, { action: 'channels', previewId, includeChannels: false })
        : button(t.buttons.includeChannels(audience.channels), {
            action: 'channels',
            previewId,
            includeChannels: true,
          }),
    ]);
  }
  rows.push([
    button(t.buttons.confirm, { action: 'confirm', previewId, includeChannels }),
    button(t.buttons.cancel, { action: 'cancel', previewId }),
  ]);
  return Markup.inlineKeyboard(rows);
}

function controlText(
  t: AdminMessages,
  preview: Preview,
  audience: AudienceCounts,
  includeChannels: boolean,
): string {
  const parts = preview.content.kind === 'html' ? splitMessage(preview.content.html).length : 1;
  return escapeHtml(`${t.previewIntro}\n${t.audience({ ...audience, includeChannels, parts })}`);
}

/**
 * /broadcast <text>, or /broadcast in reply to a message (copied as it is): shows the admin the
 * broadcast exactly as it will go out, the audience and Confirm / Cancel. Confirm creates one
 * persisted job (the preview settles once, so a double tap or a second admin cannot send twice)
 * and the job runner fans it out.
 */
export function broadcastFeature(deps: BroadcastDeps): Feature<BotContext> {
  const { store, log } = deps;
  const feature = new Feature<BotContext>();

  async function showPreview(ctx: BotContext, preview: Preview, counted?: AudienceCounts): Promise<void> {
    const t = adminCatalogue(ctx.lang);
    if (preview.content.kind === 'html') {
      for (const part of splitMessage(preview.content.html)) await replyHtml(ctx, part);
    } else {
      // The copy to the admin is the test run: a message Telegram will not copy never reaches Confirm.
      try {
        await ctx.telegram.copyMessage(preview.chatId, preview.content.fromChatId, preview.content.messageId);
      } catch (error) {
        // Telegram refuses to copy that message (a service message, a protected chat…): say why.
        const refused =
          error instanceof BotApiFailure && (error.kind === 'bad-request' || error.kind === 'message-gone');
        if (!refused) throw error;
        await replyText(ctx, t.copyFailed(error.description));
        return;
      }
    }
    const audience = counted ?? (await countAudience(store.chats));
    await replyHtml(
      ctx,
      controlText(t, preview, audience, false),
      controlKeyboard(t, preview.id, audience, false),
    );
  }

  feature.command('broadcast', async (ctx) => {
    const t = adminCatalogue(ctx.lang);
    const adminId = ctx.from.id;
    const text = ctx.payload.trim();
    const repliedTo = ctx.message.reply_to_message;
    const newPreview = async (content: Preview['content']) => {
      const audience = await countAudience(store.chats);
      const preview = await store.previews.create({
        adminId,
        chatId: ctx.chat.id,
        content,
        audienceSize: audience.subscribers,
      });
      await recordAdminAction({ audit: store.audit, log }, adminId, 'broadcast.preview', {
        preview_id: preview.id,
        kind: content.kind,
      });
      return [preview, audience] as const;
    };

    if (text === '' && repliedTo) {
      return showPreview(
        ctx,
        ...(await newPreview({ kind: 'copy', fromChatId: ctx.chat.id, messageId: repliedTo.message_id })),
      );
    }
    if (text === '') return replyText(ctx, t.broadcastUsage);
    const prepared = prepareBroadcastText(text);
    if (prepared.ok) return showPreview(ctx, ...(await newPreview({ kind: 'html', html: prepared.html })));
    if (prepared.reason === 'empty') return replyText(ctx, t.emptyBroadcast);
    // The escaped text waits as a preview of its own: sent only if the admin picks plain text, then confirms.
    const [plain] = await newPreview({ kind: 'html', html: prepared.plain.html });
    return replyText(
      ctx,
      t.invalidHtml(prepared.error),
      Markup.inlineKeyboard([
        [
          Markup.button.callback(
            t.buttons.sendAsPlainText,
            encodeBroadcastButton({ action: 'plain', previewId: plain.id }),
          ),
        ],
        [
          Markup.button.callback(
            t.buttons.cancel,
            encodeBroadcastButton({ action: 'cancel', previewId: plain.id }),
          ),
        ],
      ]),
    );
  });

  feature.action(/^bc:/, async (ctx) => {
    const t = adminCatalogue(ctx.lang);
    const adminId = ctx.from.id;
    const button = decodeBroadcastButton(ctx.match.input);
    const preview = button && (await store.previews.get(button.previewId));
    if (!button || !preview) return ctx.answerCbQuery(ctx.t.buttonExpired, { show_alert: true });
    if (preview.state !== 'pending') return ctx.answerCbQuery(t.previewSettled, { show_alert: true });

    switch (button.action) {
      case 'channels': {
        const audience = await countAudience(store.chats);
        await editHtml(
          ctx,
          controlText(t, preview, audience, button.includeChannels),
          controlKeyboard(t, preview.id, audience, button.includeChannels),
        );
        return ctx.answerCbQuery();
      }
      case 'plain':
        await editText(ctx, t.plainTextChosen, noButtons);
        await showPreview(ctx, preview);
        return ctx.answerCbQuery();
      case 'cancel':
        if (!(await store.previews.settle(preview.id, 'cancelled')))
          return ctx.answerCbQuery(t.previewSettled, { show_alert: true });
        await recordAdminAction({ audit: store.audit, log }, adminId, 'broadcast.cancel_preview', {
          preview_id: preview.id,
        });
        await editText(ctx, t.previewCancelled, noButtons);
        return ctx.answerCbQuery();
      case 'confirm': {
        const recipients = await audienceDeliveries(store.chats, button.includeChannels);
        const message = ctx.callbackQuery.message;
        if (recipients.length === 0 || !message) {
          await editText(ctx, t.noAudience, noButtons);
          return ctx.answerCbQuery();
        }
        const payload: BroadcastJobPayload = {
          content: broadcastContent(preview.content),
          author: adminId,
          createdAt: deps.now(),
          previewId: preview.id,
          includeChannels: button.includeChannels,
          lang: ctx.lang,
          progressMessage: { chatId: message.chat.id, messageId: message.message_id },
        };
        // The job key is unique per preview: a double tap, a second admin or another process creates
        // nothing more. The job comes first, so a crash before the preview settles loses nothing.
        const job = await store.jobs.create(
          { kind: 'broadcast', key: broadcastJobKey(preview.id), payload, author: adminId },
          recipients,
        );
        if (!job) return ctx.answerCbQuery(t.previewSettled, { show_alert: true });
        if (!(await store.previews.settle(preview.id, 'confirmed'))) {
          // Cancelled by another admin meanwhile: the cancel wins, before anything is sent.
          await store.jobs.cancel(job.id);
          return ctx.answerCbQuery(t.previewSettled, { show_alert: true });
        }
        await recordAdminAction({ audit: store.audit, log }, adminId, 'broadcast.confirm', {
          preview_id: preview.id,
          job_id: job.id,
          recipients: job.total,
          include_channels: button.includeChannels,
        });
        await editText(ctx, t.broadcastQueued(broadcastNumber(job), job.total), noButtons);
        await ctx.answerCbQuery();
        void deps.runJobs();
        return;
      }
    }
  });

  return feature;
}
