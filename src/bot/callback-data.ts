import type { Language } from '../content/schema.js';
import {
  callbackCodec,
  codes,
  flag,
  integer,
  rest,
  text,
  type ButtonsOf,
} from '../telegram/callback-codec.js';

export { MAX_CALLBACK_BYTES } from '../telegram/callback-codec.js';

/** What an inline button asks for. Encoded compactly: Telegram allows 64 bytes of callback data. */
export type View = 'summary' | 'incidents' | 'figures' | 'source';

const view = codes<View>({ summary: 's', incidents: 'i', figures: 'f', source: 'o' });
const lang = codes<Language>({ ar: 'ar', en: 'en' });
/** Pages of a view or of /articles; far beyond any real count, and it keeps a view button under 64 bytes. */
const page = integer(0, 9999);
/** Briefing and draft ids: lowercase slugs of at most 48 characters (content/schema.ts). */
const slug = text(/^[a-z0-9][a-z0-9-]{0,47}$/, 'x'.repeat(48));

/**
 * Every button of the bot's own features, by kind. The data of buttons already on users' messages
 * is written exactly as before this codec, so they keep working. Settings buttons carry the value
 * they set, not "toggle", so a double tap changes nothing.
 */
export const BOT_BUTTONS = {
  view: { tag: 'v', fields: { view, lang, page, articleId: slug } },
  list: { tag: 'l', fields: { lang, page } },
  subscribed: { tag: 'st:sub', fields: { on: flag } },
  language: { tag: 'st:lang', fields: { lang } },
  // Slot names are local times ("08:00"), colons included: the last field takes the rest.
  slot: { tag: 'st:slot', fields: { on: flag, slot: rest('23:59') } },
  clearFilters: { tag: 'st:clear', fields: {} },
  map: { tag: 'm', fields: { lang, articleId: slug } },
  draft: { tag: 'dr', fields: { action: codes({ publish: 'p', discard: 'd' }), draftId: slug } },
} as const;

export type BotButton = ButtonsOf<typeof BOT_BUTTONS>;
export const botButtons = callbackCodec(BOT_BUTTONS);

/** A /settings button. */
export type SettingsChange =
  | { field: 'subscribed'; on: boolean }
  | { field: 'language'; lang: Language }
  | { field: 'slot'; slot: string; on: boolean }
  | { field: 'clearFilters' };
export type ButtonAction =
  | { kind: 'view'; view: View; lang: Language; page: number; articleId: string }
  | { kind: 'list'; lang: Language; page: number }
  | { kind: 'settings'; change: SettingsChange };

function toButton(action: ButtonAction): BotButton {
  if (action.kind !== 'settings') return action;
  const change = action.change;
  switch (change.field) {
    case 'subscribed':
      return { kind: 'subscribed', on: change.on };
    case 'language':
      return { kind: 'language', lang: change.lang };
    case 'slot':
      return { kind: 'slot', on: change.on, slot: change.slot };
    case 'clearFilters':
      return { kind: 'clearFilters' };
  }
}

/** Encodes a view, list or settings button; throws when it would not fit 64 bytes. */
export function encodeAction(action: ButtonAction): string {
  return botButtons.encode(toButton(action));
}

/** A view, list or settings button; undefined for anything else (old, forged or other buttons). */
export function decodeAction(data: string): ButtonAction | undefined {
  const button = botButtons.decode(data);
  switch (button?.kind) {
    case 'view':
    case 'list':
      return button;
    case 'subscribed':
      return { kind: 'settings', change: { field: 'subscribed', on: button.on } };
    case 'language':
      return { kind: 'settings', change: { field: 'language', lang: button.lang } };
    case 'slot':
      return { kind: 'settings', change: { field: 'slot', slot: button.slot, on: button.on } };
    case 'clearFilters':
      return { kind: 'settings', change: { field: 'clearFilters' } };
    default:
      return undefined;
  }
}
