// "بين قوات النظام من جهة، وهيئة تحرير الشام من جهة أخرى": the two sides of one fight, one clause.
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "من جهة" (on one side), and "من جهة أخرى" (on the other), as the two-sided clauses below tell them. */
const ON_A_SIDE = `(?<!${L})(?:${anyOf(['من جهة', 'من ناحية', 'من طرف'])})`;
const ON_THE_OTHER = `${ON_A_SIDE} (?:${anyOf(['أخرى', 'ثانية', 'آخر', 'ثان'])})(?!${L})`;
/** What ends the first side's words, up to the comma before the second side. */
const FIRST_SIDE_END = `${ON_A_SIDE}\\s*[،,]?\\s*["»”]?\\s*`;

/** The first side told: "…بين قوات النظام من جهة،". */
const ONE_SIDE = new RegExp(`${FIRST_SIDE_END}$`, 'u');
/**
 * The other side told right after: "وهيئة تحرير الشام من جهة أخرى"; named with its allies too, "وقوات
 * النظام مدعمة بقوات الدفاع الوطني ومقاتلين من حزب الله اللبناني من طرف آخر".
 */
const OTHER_SIDE = new RegExp(`^\\s*["«“]?\\s*و[^،,.؛]{0,100}?${ON_THE_OTHER}`, 'u');

/**
 * "اشتباكات بين قوات النظام من جهة، وهيئة تحرير الشام من جهة أخرى، قتل خلالها…" (clashes between
 * regime forces on one side and HTS on the other): the comma before the second side is no clause
 * break; the two sides and what followed are one event's. `before` is the part up to the comma,
 * `part` the one that opens after it.
 */
export function joinsOtherSide(before: string, part: string): boolean {
  return ONE_SIDE.test(matchView(before).text) && OTHER_SIDE.test(matchView(part).text);
}

/**
 * "اشتباكات بين الفصائل من طرف، وقوات النظام مدعمة بحزب الله من طرف آخر" (matching form): a clause
 * that tells a fight between two sides, each on its own side — a fight between them, whatever word
 * for an attack it tells too ("…، في هجوم هو الأعنف منذ أشهر").
 */
const BETWEEN_TWO_SIDES = new RegExp(
  `(?<!${L})${anyOf(['بين'])}\\s[^،,.؛]{1,100}?${FIRST_SIDE_END}و[^،,.؛]{0,100}?${ON_THE_OTHER}`,
  'u',
);

/** Whether a clause (matching form) tells a fight between two sides, one on each side. */
export const toldBetweenTwoSides = (matchText: string): boolean => BETWEEN_TWO_SIDES.test(matchText);
