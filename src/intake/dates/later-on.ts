// "Later" with no day of its own: on the day of the event told just before.
import type { DateValue } from './date-values.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** A clause opening with "later", "later on", "وفي وقت لاحق", "لاحقاً". */
const LATER = new RegExp(
  `^["«“]?\\s*(?:later(?: on)?|(?:${anyOf(['وفي وقت لاحق', 'في وقت لاحق', 'ولاحقا', 'لاحقا'])}))(?!${L})`,
  'u',
);

/**
 * "…قرب بلدة المزيريب مساء الثلاثاء", then "وفي وقت لاحق، توفي مختار البلدة … متأثراً بجراحه": the
 * death told as later than the event before, with no day of its own, is told of that day; the day
 * of the report stands only where nothing was dated before (or the day before was later still).
 */
export function laterThan(matchText: string, anchor: DateValue | null, published: string): string {
  return anchor && anchor.to < published && LATER.test(matchText) ? anchor.to : published;
}
