import type { Language, LocalizedText } from '../content/schema.js';
import { bidiFor, isolateAs } from '../i18n/bidi.js';
import { catalogue } from '../i18n/catalogue.js';
import { escapeHtml } from '../telegram/html.js';
import { italic } from './markup.js';

export const otherLanguage = (lang: Language): Language => (lang === 'ar' ? 'en' : 'ar');

/**
 * Content may carry embeddings, overrides or isolates of its own; a stray one would leak into or
 * close ours, so they go (marks such as RLM stay) and our isolation takes their place.
 */
const withoutExplicitBidi = (text: string) => text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');

/** Plain content text as HTML for output in `lang`: bidi-safe, then escaped. */
export function textHtml(lang: Language, text: string): string {
  return escapeHtml(bidiFor(lang, withoutExplicitBidi(text)));
}

/** A text written in `written`, shown in an output of another language: isolated as a whole. */
export function foreignTextHtml(written: Language, text: string): string {
  return escapeHtml(isolateAs(written, bidiFor(written, withoutExplicitBidi(text))));
}

export function onlyAvailableNote(lang: Language, available: Language): string {
  return italic(escapeHtml(catalogue(lang).onlyAvailableIn(available)));
}

/** The text in `lang`, else the other language's text; `fallback` says which happened. */
function pick(text: LocalizedText, lang: Language): { html: string; fallback: boolean } {
  const own = text[lang];
  if (own !== undefined) return { html: textHtml(lang, own), fallback: false };
  const other = otherLanguage(lang);
  return { html: foreignTextHtml(other, text[other] ?? ''), fallback: true };
}

/** A localized text as HTML, with the "only available in …" note when shown in the other language. */
export function localizedHtml(text: LocalizedText, lang: Language): string {
  const { html, fallback } = pick(text, lang);
  return fallback ? `${html} ${onlyAvailableNote(lang, otherLanguage(lang))}` : html;
}

/** Several localized texts joined into one list, with a single note if any is in the other language. */
export function localizedListHtml(texts: readonly LocalizedText[], lang: Language): string {
  const picked = texts.map((t) => pick(t, lang));
  const joined = picked.map((p) => p.html).join(escapeHtml(catalogue(lang).listSeparator));
  return picked.some((p) => p.fallback)
    ? `${joined} ${onlyAvailableNote(lang, otherLanguage(lang))}`
    : joined;
}
