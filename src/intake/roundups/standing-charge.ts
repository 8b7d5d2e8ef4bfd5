// A charge one side lays against another for what it did all along: no event of a day.
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "Yazidis accuse the group of killing more than 5,000 of their community", "ويتهم الأهالي التنظيم
 * بقتل واختطاف أكثر من 5 آلاف": an accusation in the present, of killing, that a side goes on
 * making — the sum of what the accused did over years, a figure, not one killing. Only where the
 * clause dates no event ("the opposition accuses the army of killing 20 civilians in shelling on
 * Monday" tells that shelling).
 */
const STANDING_CHARGE = new RegExp(
  `(?<!${L})accuses?\\s+(?:[\\p{L}'’-]+\\s+){1,6}?of\\s+(?:[\\p{L}-]+\\s+){0,3}?killing(?!${L})|(?<!${L})[وف]?(?:${anyOf(['يتهم', 'تتهم', 'يتهمون'])})\\s+(?:[^\\s،,.]+\\s+){1,6}?(?:${anyOf(['بقتل'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) lays a standing charge of killing, with no day of an event told. */
export function standingCharge(matchText: string, dates: readonly DateMention[]): boolean {
  return STANDING_CHARGE.test(matchText) && !dates.some((d) => d.role === 'event');
}
