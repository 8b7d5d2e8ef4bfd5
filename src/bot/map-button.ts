import { Markup } from 'telegraf';
import type { Language } from '../content/schema.js';
import { MAX_CALLBACK_BYTES } from './callback-data.js';

/** The 🗺 button's callback data: `m:<lang>:<article id>` (ids are ≤ 48 characters, so it fits 64 bytes). */
export function encodeMapButton(lang: Language, articleId: string): string {
  const data = `m:${lang}:${articleId}`;
  if (Buffer.byteLength(data, 'utf8') > MAX_CALLBACK_BYTES)
    throw new Error(`callback data over ${MAX_CALLBACK_BYTES} bytes: ${data}`);
  return data;
}

export function decodeMapButton(data: string): { lang: Language; articleId: string } | undefined {
  const match = /^m:(ar|en):([a-z0-9][a-z0-9-]*)$/.exec(data);
  return match ? { lang: match[1] as Language, articleId: match[2]! } : undefined;
}

export function mapButton(label: string, lang: Language, articleId: string) {
  return Markup.button.callback(label, encodeMapButton(lang, articleId));
}
