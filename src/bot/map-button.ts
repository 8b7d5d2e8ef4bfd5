import { Markup } from 'telegraf';
import type { Language } from '../content/schema.js';
import { botButtons } from './callback-data.js';

/** The 🗺 button's callback data: `m:<lang>:<article id>`. */
export function encodeMapButton(lang: Language, articleId: string): string {
  return botButtons.encode({ kind: 'map', lang, articleId });
}

export function decodeMapButton(data: string): { lang: Language; articleId: string } | undefined {
  const button = botButtons.decode(data);
  return button?.kind === 'map' ? { lang: button.lang, articleId: button.articleId } : undefined;
}

export function mapButton(label: string, lang: Language, articleId: string) {
  return Markup.button.callback(label, encodeMapButton(lang, articleId));
}
