import type { Language } from '../content/schema.js';
import { isolate, RLM } from '../i18n/bidi.js';
import { escapeAttribute, escapeHtml } from '../telegram/html.js';

/** Helpers that take HTML (already escaped) unless their parameter says text. */

export const bold = (html: string) => `<b>${html}</b>`;
export const italic = (html: string) => `<i>${html}</i>`;

/** A labelled line: "<b>Date:</b> value". */
export function field(labelText: string, valueHtml: string): string {
  return `${bold(`${escapeHtml(labelText)}:`)} ${valueHtml}`;
}

/** Telegram accepts only web links here; anything else would fail the whole message. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link when the URL is a web address, else just the text. */
export function link(url: string, textHtml: string): string {
  return isWebUrl(url) ? `<a href="${escapeAttribute(url)}">${textHtml}</a>` : textHtml;
}

/**
 * An identifier to copy (tap-to-copy in Telegram). In Arabic the isolate goes around the tag, never
 * inside, so that a copied id carries no invisible characters; the RLM before it keeps a line that
 * opens with the id right-to-left.
 */
export function code(lang: Language, text: string): string {
  const html = `<code>${escapeHtml(text)}</code>`;
  return lang === 'ar' ? `${RLM}${isolate(html)}` : html;
}
