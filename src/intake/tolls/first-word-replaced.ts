// A teller's first count of the event just told, replaced in the same sentence by a later teller's.
import { L, anyOf as f } from '../reading/word-pattern.js';
import { laterTellerAt } from './later-teller.js';

/**
 * "Police initially said five were killed", "the agency at first reported", "قال مصدر في البداية":
 * the word that marks a count as the first one given, in the plain past as well as the pluperfect
 * earlier-report.ts reads.
 */
export const FIRST_WORD = new RegExp(
  `(?<!${L})(?:${f(['في البداية', 'بادئ الأمر', 'في بادئ الأمر', 'في وقت سابق'])}|initially|at first|first\\s+(?:said|reported|put|gave|told|counted))(?!${L})`,
  'u',
);

/**
 * "SANA initially said nine soldiers were killed, before a military source put the toll at 14 dead":
 * after an event told without its own toll or with one, a sentence whose first teller's count is
 * replaced, after "before", by a later teller's (later-teller.ts) tells the count the event had
 * before, not an event of its own; the later count stands.
 */
export function firstWordReplaced(matchText: string): boolean {
  const later = laterTellerAt(matchText);
  return later !== null && FIRST_WORD.test(matchText.slice(0, later));
}
