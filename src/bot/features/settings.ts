import { Feature } from '../feature.js';
import type { Language } from '../../content/schema.js';
import type { Chat, ChatStore } from '../../store/store.js';
import { decodeAction, type SettingsChange } from '../callback-data.js';
import { mayManageChat } from '../chat-admin.js';
import type { BotContext } from '../context.js';
import { editAndAnswer, replyHtml } from '../reply.js';
import { replyText } from '../reply-text.js';
import type { DigestSchedule } from '../schedule-text.js';
import { settingsMessage } from '../settings-view.js';
import { withSlot } from '../slot-choice.js';
import { subscribeChat } from '../subscribe-chat.js';
import { topicOf } from '../topic.js';

export interface SettingsDeps {
  chats: ChatStore;
  /** Configured digest slot names ("08:00", "20:00"), one toggle each. */
  slotNames: readonly string[];
  schedule: DigestSchedule;
}

/**
 * /settings shows the chat's language, subscription, digest times and filters with buttons; a press
 * changes the setting and edits the message in place. In groups only admins may change anything
 * (anyone may look).
 */
export function settingsFeature({ chats, slotNames, schedule }: SettingsDeps): Feature<BotContext> {
  const feature = new Feature<BotContext>();

  feature.command('settings', async (ctx) => {
    // The chat-record middleware stores every chat before features run.
    const chat = ctx.chatRecord;
    if (!chat) return replyText(ctx, ctx.t.somethingWentWrong);
    const message = settingsMessage(chat, ctx.lang, slotNames, schedule);
    return replyHtml(ctx, message.html, message.keyboard);
  });

  feature.action(/^st:/, async (ctx) => {
    const action = decodeAction(ctx.match.input);
    const chat = ctx.chatRecord;
    if (action?.kind !== 'settings' || !chat)
      return ctx.answerCbQuery(ctx.t.buttonExpired, { show_alert: true });
    if (!(await mayManageChat(ctx)))
      return ctx.answerCbQuery(ctx.t.subscriptions.adminsOnly, { show_alert: true });
    const message = ctx.callbackQuery.message;
    const threadId = topicOf(message && 'message_thread_id' in message ? message : undefined);
    const refused = await apply(chats, chat, action.change, slotNames, threadId, ctx.lang);
    if (refused === 'lastSlot') return ctx.answerCbQuery(ctx.t.settings.lastSlot, { show_alert: true });
    const updated = await chats.get(chat.id);
    if (!updated) return ctx.answerCbQuery(ctx.t.buttonExpired, { show_alert: true });
    const lang: Language = action.change.field === 'language' ? action.change.lang : ctx.lang;
    const view = settingsMessage(updated, lang, slotNames, schedule);
    return editAndAnswer(ctx, view.html, view.keyboard);
  });

  return feature;
}

/** Stores one change; 'lastSlot' when it would switch off the chat's last digest time. */
async function apply(
  chats: ChatStore,
  chat: Chat,
  change: SettingsChange,
  slotNames: readonly string[],
  threadId: number | null,
  lang: Language,
): Promise<'lastSlot' | undefined> {
  switch (change.field) {
    case 'subscribed':
      // Subscribing from a settings message in a topic sends the digests to that topic, as /subscribe does.
      if (change.on) await subscribeChat(chats, chat, threadId, lang);
      else await chats.unsubscribe(chat.id);
      return undefined;
    case 'language':
      await chats.setLanguage(chat.id, change.lang);
      return undefined;
    case 'slot': {
      if (!slotNames.includes(change.slot)) return undefined;
      const next = withSlot(chat.slots, slotNames, change.slot, change.on);
      if (next !== null && next.length === 0) return 'lastSlot';
      await chats.setSlots(chat.id, next);
      return undefined;
    }
    case 'clearFilters':
      for (const filter of chat.filters) await chats.removeFilter(chat.id, filter);
      return undefined;
  }
}
