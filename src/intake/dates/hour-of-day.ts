// "في ساعة متأخرة من ليل أمس": the hour of a day told before the day itself.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../reading/tokens.js';

const f = normalizeForMatch;
const IN = f('في');
const HOUR = new Set(['ساعة', 'وقت', 'الساعات', 'ساعات'].map(f));
const WHICH_HOUR = new Set(['متأخرة', 'متأخر', 'مبكرة', 'مبكر', 'الأولى', 'الأخيرة'].map(f));
const OF = f('من');

/**
 * The index past "في ساعة متأخرة من", "في وقت مبكر من", "في الساعات الأولى من" at `at` (the day they
 * belong to follows), else `at`: how late or early in a day says when, so the verb's object comes after.
 */
export function pastHourOfDay(tokens: readonly Token[], at: number): number {
  const words = tokens.slice(at, at + 4).map((t) => t.word);
  return words[0] === IN && HOUR.has(words[1] ?? '') && WHICH_HOUR.has(words[2] ?? '') && words[3] === OF
    ? at + 4
    : at;
}
