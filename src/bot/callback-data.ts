import type { Language } from '../content/schema.js';

/** What an inline button asks for. Encoded compactly: Telegram allows 64 bytes of callback data. */
export type View = 'summary' | 'incidents' | 'figures' | 'source';
export type ButtonAction =
  | { kind: 'view'; view: View; lang: Language; page: number; articleId: string }
  | { kind: 'list'; lang: Language; page: number };

export const MAX_CALLBACK_BYTES = 64;

const VIEW_CODES: Record<View, string> = { summary: 's', incidents: 'i', figures: 'f', source: 'o' };
const VIEW_BY_CODE = new Map(Object.entries(VIEW_CODES).map(([view, code]) => [code, view as View]));

export function encodeAction(action: ButtonAction): string {
  const data =
    action.kind === 'view'
      ? `v:${VIEW_CODES[action.view]}:${action.lang}:${action.page}:${action.articleId}`
      : `l:${action.lang}:${action.page}`;
  if (Buffer.byteLength(data, 'utf8') > MAX_CALLBACK_BYTES) {
    throw new Error(`callback data over ${MAX_CALLBACK_BYTES} bytes: ${data}`);
  }
  return data;
}

/** Parses callback data; anything unrecognised (old or forged buttons) gives undefined. */
export function decodeAction(data: string): ButtonAction | undefined {
  const parts = data.split(':');
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
