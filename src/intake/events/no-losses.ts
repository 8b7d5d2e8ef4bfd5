// An event told as having caused no casualties.
import type { DateValue } from '../dates/date-values.js';
import type { Count } from '../reading/count.js';
import { sameRange } from '../dates/event-period.js';
import { L, anyOf } from '../reading/word-pattern.js';

const LOSSES_AR = ['خسائر', 'إصابات', 'ضحايا', 'خسائر بشرية', 'أضرار بشرية'];
const LOSSES_EN = ['casualties', 'losses', 'injuries'];

/**
 * "تعرضت القطعات لقصف بالهاون من دون خسائر", "the rockets caused no casualties", "without causing
 * any injuries": an event that harmed no one.
 */
const NO_LOSSES = new RegExp(
  [
    `(?<!${L})(?:${anyOf(['من دون', 'دون', 'بدون', 'ودون', 'ومن دون'])}) (?:(?:${anyOf(['وقوع', 'تسجيل', 'أي'])}) )?(?:${anyOf(LOSSES_AR)})(?!${L})`,
    `(?<!${L})(?:${anyOf(['لم تسفر', 'لم يسفر', 'ولم تسفر', 'ولم يسفر'])}) عن (?:(?:${anyOf(['وقوع', 'أي'])}) )?(?:${anyOf(LOSSES_AR)})(?!${L})`,
    // "دون أن يسفر عن إصابات بشرية", "من دون أن تؤدي إلى وقوع خسائر": the same, told by a verb
    `(?<!${L})(?:${anyOf(['دون أن', 'من دون أن', 'ودون أن', 'بدون أن'])}) (?:${anyOf(['يسفر', 'تسفر', 'يؤدي', 'تؤدي', 'يوقع', 'توقع'])}) (?:(?:${anyOf(['عن', 'إلى', 'الى'])}) )?(?:(?:${anyOf(['وقوع', 'أي'])}) )?(?:${anyOf(LOSSES_AR)})(?!${L})`,
    // "ولم تسجل إصابات", "لم تُسجَّل أي خسائر بشرية": no one was counted hurt
    `(?<!${L})(?:${anyOf(['لم تسجل', 'ولم تسجل', 'لم يسجل', 'ولم يسجل'])}) (?:(?:${anyOf(['وقوع', 'أي'])}) )?(?:${anyOf(LOSSES_AR)})(?!${L})`,
    `(?<!${L})(?:without (?:causing )?(?:any )?|caused no |causing no |no )(?:${anyOf(LOSSES_EN)})(?!${L})`,
  ].join('|'),
  'u',
);

/**
 * "استشهد مقاتل بنيران قناص", then "وتعرضت القطعات الأسبوع الماضي لقصف بالهاون من دون خسائر" (a
 * sniper killed a fighter; last week's mortar fire harmed no one): a clause with no toll, on a day
 * of its own, that says its event harmed no one tells another event than the one before it that
 * killed or wounded. Undated ("the second rocket fell in open ground without casualties") it is
 * more of that event.
 */
export function harmsNoOneAfterToll(
  before: { killed: unknown; wounded: unknown; date: DateValue | null } | undefined,
  facts: {
    matchText: string;
    eventDate: { date: DateValue } | null;
    casualties: { killed: unknown; wounded: unknown };
  },
): boolean {
  if (!before || (before.killed === null && before.wounded === null)) return false;
  if (facts.casualties.killed !== null || facts.casualties.wounded !== null) return false;
  if (!facts.eventDate || (before.date && sameRange(before.date, facts.eventDate.date))) return false;
  return NO_LOSSES.test(facts.matchText);
}

/** The text (in matching form) says its event harmed no one: "caused no injuries", "دون وقوع إصابات". */
export const toldHarmless = (matchText: string): boolean => NO_LOSSES.test(matchText);

/**
 * "A drone struck near the airport late on Monday, causing no casualties": an incident with no count
 * of its own whose sentences say it harmed no one has 0 dead and 0 wounded. The article states that,
 * which "not stated" would hide from the editor and the reader.
 */
export function withNoneHarmed<
  T extends { killed: Count | null; wounded: Count | null; sentences: readonly number[] },
>(incident: T, matchTexts: readonly string[]): T {
  if (incident.killed !== null || incident.wounded !== null) return incident;
  const told = incident.sentences.some((i) => toldHarmless(matchTexts[i] ?? ''));
  return told ? { ...incident, killed: 0, wounded: 0 } : incident;
}
