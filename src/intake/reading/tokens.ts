import { normalizeForMatch } from '../../text/normalize.js';

/** A word of a matched (normalised) text with its offsets in that text. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

/** Runs of letters, or numbers with an optional decimal part ("10.2"). */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(/\d+(?:\.\d+)?|[\p{L}\p{M}]+|\d+/gu)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** "و" as a matched (normalised) text spells it: the conjunction a token may be or start with. */
export const AND_AR = normalizeForMatch('و');

/** An Arabic word without the conjunction/preposition glued before it (و، ف، ب، ل، ك). */
export function withoutArabicClitic(word: string): string[] {
  const forms = [word];
  const m = /^([وف]?)([بلك]?)(.{2,})$/u.exec(word);
  if (m && (m[1] || m[2])) forms.push(m[3] ?? word);
  if (m && m[1] && m[2]) forms.push(`${m[2]}${m[3] ?? ''}`);
  return forms;
}
