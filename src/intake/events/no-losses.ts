// An event told as having caused no casualties.
import type { DateValue } from '../dates/date-values.js';
import type { Count } from '../reading/count.js';
import { sameRange } from '../dates/event-period.js';
import { L, anyOf } from '../reading/word-pattern.js';

const LOSSES_AR = ['خسائر', 'إصابات', 'ضحايا', 'خسائر بشرية', 'أضرار بشرية'];
const LOSSES_EN = ['casualties', 'losses', 'injuries'];
/** "خسائر في الأرواح": losses of lives, the dead only; the wounded may still be counted. */
const OF_LIVES_AR = anyOf(['في الأرواح']);
const NEGATED_AR = anyOf(['من دون', 'دون', 'بدون', 'ودون', 'ومن دون']);
/** "غير", "سوى": but, after a negation ("no dead but …"). */
const BUT_AR = anyOf(['غير', 'سوى', 'عدا', 'باستثناء', 'إلا']);
/** "لم يسفر عن", "ولم يسفر القصف عن": did not result in, its subject (one word) perhaps between. */
const NEGATED_RESULT_AR = `(?:${anyOf(['لم تسفر', 'لم يسفر', 'ولم تسفر', 'ولم يسفر'])})(?: [^\\s،,.]+)? ${anyOf(['عن'])}`;

/**
 * The losses named after a negation, a leading word perhaps between ("وقوع", "أي"): "إصابات", "خسائر
 * بشرية"; not "خسائر في الأرواح", the dead alone (NO_DEATHS).
 */
const lossesAr = (leading: readonly string[]): string =>
  `(?:(?:${anyOf(leading)}) )?(?:${anyOf(LOSSES_AR)})(?!${L})(?! ${OF_LIVES_AR})`;

/**
 * "تعرضت القطعات لقصف بالهاون من دون خسائر", "the rockets caused no casualties", "without causing
 * any injuries": an event that harmed no one.
 */
const NO_LOSSES = new RegExp(
  [
    `(?<!${L})(?:${NEGATED_AR}) ${lossesAr(['وقوع', 'تسجيل', 'أي'])}`,
    `(?<!${L})(?:${NEGATED_RESULT_AR}) ${lossesAr(['وقوع', 'أي'])}`,
    // "دون أن يسفر عن إصابات بشرية", "من دون أن تؤدي إلى وقوع خسائر": the same, told by a verb
    `(?<!${L})(?:${anyOf(['دون أن', 'من دون أن', 'ودون أن', 'بدون أن'])}) (?:${anyOf(['يسفر', 'تسفر', 'يؤدي', 'تؤدي', 'يوقع', 'توقع'])}) (?:(?:${anyOf(['عن', 'إلى', 'الى'])}) )?${lossesAr(['وقوع', 'أي'])}`,
    // "ولم تسجل إصابات", "لم تُسجَّل أي خسائر بشرية": no one was counted hurt
    `(?<!${L})(?:${anyOf(['لم تسجل', 'ولم تسجل', 'لم يسجل', 'ولم يسجل'])}) ${lossesAr(['وقوع', 'أي'])}`,
    `(?<!${L})(?:without (?:causing )?(?:any )?|caused no |causing no |no )(?:${anyOf(LOSSES_EN)})(?!${L})`,
  ].join('|'),
  'u',
);

/**
 * "لم يسفر عن خسائر في الأرواح", "دون وقوع ضحايا في الأرواح", "there was no loss of life", "caused no
 * deaths": an event that killed no one, told apart from one that harmed no one, since the same
 * sentence may go on to count its wounded ("…, and one civilian was lightly hurt"). Not "no dead but
 * the three fighters" ("لم يسفر عن قتلى غير المقاتلين الثلاثة", "no deaths other than the crew"): those
 * it names are its dead.
 */
const NO_DEATHS = new RegExp(
  [
    `(?<!${L})(?:(?:${NEGATED_AR})|(?:${NEGATED_RESULT_AR})) (?:(?:${anyOf(['وقوع', 'تسجيل', 'أي', 'سقوط'])}) )?(?:(?:${anyOf(['خسائر', 'ضحايا'])}) ${OF_LIVES_AR}|${anyOf(['قتلى', 'وفيات'])})(?!${L})(?! ${BUT_AR})`,
    `(?<!${L})(?:without (?:causing )?(?:any )?|caused no |causing no |no |there was no |there were no )(?:loss of life|deaths|fatalities)(?!${L})(?! (?:other than|except|besides|but) )`,
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
 * which "not stated" would hide from the editor and the reader. Told of the dead alone ("لم يسفر عن
 * خسائر في الأرواح"), it has 0 dead, and its wounded stay as counted.
 *
 * Its sentences are those drafted into it and those that follow it and no incident claims ("The drone
 * hit a building. There were no casualties, it said"): told after it, before any other event, they
 * tell more of it.
 */
export function withNoneHarmed<
  T extends { killed: Count | null; wounded: Count | null; sentences: readonly number[] },
>(incident: T, matchTexts: readonly string[], claimed: ReadonlySet<number>): T {
  if (incident.killed !== null) return incident;
  const texts = [
    ...incident.sentences,
    ...unclaimedAfter(incident.sentences, claimed, matchTexts.length),
  ].map((i) => matchTexts[i] ?? '');
  if (incident.wounded === null && texts.some(toldHarmless)) return { ...incident, killed: 0, wounded: 0 };
  return texts.some((text) => NO_DEATHS.test(text)) ? { ...incident, killed: 0 } : incident;
}

/** The sentences right after the last of `sentences` that no incident claims, up to one that some incident does. */
function unclaimedAfter(sentences: readonly number[], claimed: ReadonlySet<number>, count: number): number[] {
  const after: number[] = [];
  for (let i = Math.max(-1, ...sentences) + 1; i < count && sentences.length > 0 && !claimed.has(i); i++)
    after.push(i);
  return after;
}
