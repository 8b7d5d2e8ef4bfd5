import type { Language } from '../content/schema.js';

/** What an inline button asks for. Encoded compactly: Telegram allows 64 bytes of callback data. */
export type View = 'summary' | 'incidents' | 'figures' | 'source';
/** A /settings button. Each carries the value it sets, not "toggle", so a double tap changes nothing. */
export type SettingsChange =
  | { field: 'subscribed'; on: boolean }
  | { field: 'language'; lang: Language }
  | { field: 'slot'; slot: string; on: boolean }
  | { field: 'clearFilters' };
export type ButtonAction =
  | { kind: 'view'; view: View; lang: Language; page: number; articleId: string }
  | { kind: 'list'; lang: Language; page: number }
  | { kind: 'settings'; change: SettingsChange };

export const MAX_CALLBACK_BYTES = 64;

const VIEW_CODES: Record<View, string> = { summary: 's', incidents: 'i', figures: 'f', source: 'o' };
const VIEW_BY_CODE = new Map(Object.entries(VIEW_CODES).map(([view, code]) => [code, view as View]));

function encodeSettings(change: SettingsChange): string {
  switch (change.field) {
    case 'subscribed':
      return `st:sub:${change.on ? 1 : 0}`;
    case 'language':
      return `st:lang:${change.lang}`;
    case 'slot':
      return `st:slot:${change.on ? 1 : 0}:${change.slot}`;
    case 'clearFilters':
      return 'st:clear';
  }
}

/** Slot names may hold colons ("08:00"): everything after the on/off flag is the name. */
function decodeSettings(parts: string[]): SettingsChange | undefined {
  const [field, value, ...rest] = parts;
  const on = value === '1' ? true : value === '0' ? false : undefined;
  if (field === 'sub' && on !== undefined && rest.length === 0) return { field: 'subscribed', on };
  if (field === 'lang' && (value === 'ar' || value === 'en') && rest.length === 0)
    return { field: 'language', lang: value };
  if (field === 'slot' && on !== undefined && rest.join(':') !== '')
    return { field: 'slot', slot: rest.join(':'), on };
  if (field === 'clear' && value === undefined) return { field: 'clearFilters' };
  return undefined;
}

export function encodeAction(action: ButtonAction): string {
  const data =
    action.kind === 'view'
      ? `v:${VIEW_CODES[action.view]}:${action.lang}:${action.page}:${action.articleId}`
      : action.kind === 'list'
        ? `l:${action.lang}:${action.page}`
        : encodeSettings(action.change);
  if (Buffer.byteLength(data, 'utf8') > MAX_CALLBACK_BYTES) {
    throw new Error(`callback data over ${MAX_CALLBACK_BYTES} bytes: ${data}`);
  }
  return data;
}

/** Parses callback data; anything unrecognised (old or forged buttons) gives undefined. */
export function decodeAction(data: string): ButtonAction | undefined {
  const parts = data.split(':');
  if (parts[0] === 'st') {
    const change = decodeSettings(parts.slice(1));
    return change && { kind: 'settings', change };
  }
  const lang = parts[parts[0] === 'v' ? 2 : 1];
  if (lang !== 'ar' && lang !== 'en') return undefined;
  const page = Number(parts[parts[0] === 'v' ? 3 : 2]);
  if (!Number.isSafeInteger(page) || page < 0) return undefined;
  if (parts[0] === 'l' && parts.length === 3) return { kind: 'list', lang, page };
  const view = VIEW_BY_CODE.get(parts[1] ?? '');
  if (parts[0] === 'v' && parts.length === 5 && view && parts[4]) {
    return { kind: 'view', view, lang, page, articleId: parts[4] };
  }
  return undefined;
}
