// "في الليلة ذاتها", "the same day", "later that day": the day of the event told just before, not of the last date named
// (and "في الشهر نفسه", "in the same month": its month).
import { month, type DateValue } from './date-values.js';
import type { DateMention } from '../reading/types.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { longerThanNight } from './event-period.js';

const SAME_DAY = new RegExp(
  `(?<!${L})(?:(?:${anyOf(['في', 'خلال', 'مساء', 'صباح', 'ليل'])})\\s+)?(?:${anyOf(['اليوم', 'الليلة'])}\\s+(?:${anyOf(['ذاته', 'ذاتها', 'نفسه', 'نفسها'])})|(?:${anyOf(['ذات', 'نفس'])})\\s+(?:${anyOf(['اليوم', 'الليلة'])}))(?!${L})|(?<!${L})(?:(?:on|during|later|earlier)\\s+)?(?:the|that)\\s+same\\s+(?:day|night)(?!${L})|(?<!${L})(?:later|earlier)\\s+that\\s+(?:day|night)(?!${L})`,
  'u',
);

/**
 * "وفي العراق، … الضربات التي طالت مواقع في القائم في الليلة ذاتها", "On the same day, a bomb went
 * off…", "توفيت والدتهما في اليوم ذاته": another event, or more of one, on the day of the event told
 * just before — whatever day the sentences between named (a death that evening, a return home a week
 * ago, a year of background). The clause's date, where it names none of its own; null otherwise.
 */
export function sameDayAsTold(clause: string, told: DateValue | null): DateMention | null {
  if (!told) return null;
  const view = matchView(clause);
  const m = SAME_DAY.exec(view.text);
  if (!m) return sameMonthAsTold(clause, told);
  const span = view.sourceSpan(m.index, m.index + m[0].length);
  const { from, to, precision } = told;
  return { ...span, date: { from, to, precision, text: span.text }, role: 'event', aggregate: false };
}

/**
 * "في الشهر نفسه", "في نفس الشهر", "in the same month", "later that month": a deed told after "in",
 * not the span of a tally ("خلال الشهر ذاته", "during the same month", counted over the month) nor a
 * day of it ("في التاسع من الشهر ذاته", date-rules-day-of-month.ts).
 */
const SAME_MONTH = new RegExp(
  `(?<!${L})(?:${anyOf(['في', 'وفي'])})\\s+(?:${anyOf(['الشهر'])}\\s+(?:${anyOf(['نفسه', 'ذاته'])})|(?:${anyOf(['نفس', 'ذات'])})\\s+${anyOf(['الشهر'])})(?!${L})|(?<!${L})(?:(?:later|earlier)\\s+)?in\\s+(?:the|that)\\s+same\\s+month(?!${L})|(?<!${L})(?:later|earlier)\\s+that\\s+month(?!${L})`,
  'u',
);

/**
 * A deed told "in the same month" as the event told just before: the whole of that event's month,
 * where the event falls within one month (a court story's second deed, "كما اعترف بزرع عبوة … في
 * الشهر نفسه"); null otherwise.
 */
function sameMonthAsTold(clause: string, told: DateValue): DateMention | null {
  if (told.from.slice(0, 7) !== told.to.slice(0, 7)) return null;
  const view = matchView(clause);
  const m = SAME_MONTH.exec(view.text);
  if (!m) return null;
  const span = view.sourceSpan(m.index, m.index + m[0].length);
  const value = month(Number(told.from.slice(0, 4)), Number(told.from.slice(5, 7)));
  return { ...span, date: { ...value, text: span.text }, role: 'event', aggregate: false };
}

/**
 * The clause (in matching form) places what it tells on "the same day" as the event told before:
 * a source retelling that event's toll names no day beside it, so a count told so is of another
 * blow that day, or more of the one told (told-again.ts).
 */
export function toldOnSameDay(matchText: string): boolean {
  return SAME_DAY.test(matchText);
}

/**
 * "وكانت القرية التي استعادتها القوات الاثنين تعرضت مساء اليوم نفسه لقصف", "the village, which troops
 * retook on Monday, was shelled later that same day": a day the clause set aside as none of its
 * event's (when the place was taken, place-history-date.ts) is the event's after all where the clause
 * then tells its event "the same day" — the day it has just named, not the one of the event told
 * before it. The event's dates, those kept, or that day where none was kept.
 */
export function sameDayNamedBack(
  matchText: string,
  all: readonly DateMention[],
  kept: readonly DateMention[],
): readonly DateMention[] {
  if (kept.length > 0) return kept;
  const m = SAME_DAY.exec(matchText);
  if (!m) return kept;
  const named = all.filter((d) => d.end <= m.index).at(-1);
  return named && !longerThanNight(named.date) ? [named] : kept;
}
