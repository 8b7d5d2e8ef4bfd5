import { Markup } from 'telegraf';
import type { Language } from '../content/schema.js';
import { catalogue } from '../i18n/catalogue.js';
import type { Chat } from '../store/store.js';
import { escapeHtml } from '../telegram/html.js';
import { encodeAction, type SettingsChange } from './callback-data.js';
import { filterNames } from './filter-names.js';
import { chatScheduleText, type DigestSchedule } from './schedule-text.js';
import { enabledSlots } from './slot-choice.js';
import type { ViewMessage } from './views.js';

const SLOTS_PER_ROW = 4;

/** The /settings message of a chat in `lang`: what is set, and a button to change each thing. */
export function settingsMessage(
  chat: Chat,
  lang: Language,
  slotNames: readonly string[],
  schedule: DigestSchedule,
): ViewMessage {
  const t = catalogue(lang);
  const enabled = enabledSlots(chat.slots, slotNames);
  const target = chat.subscribed ? (chat.threadId === null ? 'chat' : 'topic') : null;
  const lines = [
    t.settings.heading,
    '',
    t.settings.language(t.languageName),
    t.settings.subscription(target),
    t.settings.slots(chatScheduleText(t, schedule, chat.slots)),
    t.settings.filters(filterNames(chat.filters, lang)),
  ];
  const button = (text: string, change: SettingsChange) =>
    Markup.button.callback(text, encodeAction({ kind: 'settings', change }));
  const rows = [
    [
      chat.subscribed
        ? button(t.settings.buttons.unsubscribe, { field: 'subscribed', on: false })
        : button(t.settings.buttons.subscribe, { field: 'subscribed', on: true }),
      button(t.buttons.otherLanguage, { field: 'language', lang: lang === 'ar' ? 'en' : 'ar' }),
    ],
  ];
  // One slot cannot be switched off (that is unsubscribing), so it gets no button.
  if (slotNames.length > 1) {
    const slotButtons = slotNames.map((slot) => {
      const on = enabled.includes(slot);
      return button(t.settings.buttons.slot(slot, on), { field: 'slot', slot, on: !on });
    });
    for (let i = 0; i < slotButtons.length; i += SLOTS_PER_ROW)
      rows.push(slotButtons.slice(i, i + SLOTS_PER_ROW));
  }
  if (chat.filters.length > 0)
    rows.push([button(t.settings.buttons.clearFilters, { field: 'clearFilters' })]);
  return { html: escapeHtml(lines.join('\n')), keyboard: Markup.inlineKeyboard(rows) };
}
