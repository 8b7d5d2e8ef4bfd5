// The day a statement was made, told before the event's own day in the same clause.
import { addDays } from './calendar.js';
import type { DateValue } from './date-values.js';
import { CUES } from '../events/event-cues.js';
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "accused American forces on Tuesday of firing on a border post", "اتهمت … بإطلاق النار على …": the
 * deed an accusation names by its verbal noun ("of firing", "of attacking", "بمهاجمة"), which no
 * cue of an act reads alone.
 */
const ACCUSED_OF_DEED = new RegExp(
  `(?<!${L})(?:of\\s+(?:firing|opening\\s+fire|attacking|targeting|shooting|raiding|storming)|(?:${anyOf(['بإطلاق', 'بمهاجمة', 'باستهداف', 'باقتحام'])}))(?!${L})`,
  'u',
);

/**
 * "حول حصيلة المواجهات التي اندلعت فجر أمس", "over the toll of the fighting that broke out on
 * Sunday": fighting told by the verb of its breaking out, which no cue of an act reads alone.
 */
const BROKE_OUT = new RegExp(
  `(?<!${L})(?:broke\\s+out|erupted|flared(?:\\s+up)?|${anyOf(['اندلع', 'اندلعت', 'اندلعا', 'دارت', 'جرت'])})(?!${L})`,
  'u',
);

/** The clause tells what happened (an act or a casualty) somewhere in this stretch. */
function tellsDeed(stretch: string): boolean {
  return (
    stretch.search(CUES.action) >= 0 ||
    stretch.search(CUES.killed) >= 0 ||
    stretch.search(CUES.wounded) >= 0 ||
    ACCUSED_OF_DEED.test(stretch) ||
    BROKE_OUT.test(stretch)
  );
}

/** A day, or a night over two: a statement's and an event's time, not a span ("in July"). */
function oneDay(d: DateValue): boolean {
  return d.to <= addDays(d.from, 1);
}

/** The event lies in the week before the statement. */
const WEEK = 7;

/** Nothing but a preposition before the day: the clause opens with it ("On Monday, …", "وفي يوم الخميس"). */
const OPENS_WITH_DAY = /^\s*(?:on|late|early|وفي|في|و?يوم|و?مساء|و?صباح|و?فجر)?\s*$/u;

/** The close of a dateline's head: the agency in brackets, "(أصوات العراق)", or the dash before the news. */
const DATELINE_CLOSE = /^\s*(?:\([^()]*\)|[-–—]{1,2}\s)/u;

/** The words a dateline's head may give its town before the day: "الفلوجة", "البصرة". */
const DATELINE_TOWN_WORDS = 3;

/** The day stands in a dateline's head: a town's name or two before it, the agency or the dash after. */
function inDatelineHead(text: string, day: DateMention): boolean {
  const town = text.slice(0, day.start).split(/\s+/).filter(Boolean);
  return town.length <= DATELINE_TOWN_WORDS && DATELINE_CLOSE.test(text.slice(day.end));
}

/**
 * "اتهمت الوزارة، اليوم الجمعة، مسلحي الحزب بشن هجوم على نقطة …، مساء الأربعاء، أسفر عن مقتل ثلاثة",
 * "The ministry on Friday accused the rebels of an attack on Wednesday evening that killed three": a
 * day told before anything of the deed, then an earlier day after the deed's words. The first is
 * when it was said (whatever the verb: accused, condemned, announced), the second the event's; the
 * first is marked as the reporting day. (Not where the clause opens with its day: "On Monday, a bomb
 * went off … after a blast on Saturday" is dated by Monday.)
 */
export function markStatementDay(text: string, dates: readonly DateMention[]): DateMention[] {
  const events = dates.filter((d) => d.role === 'event' && !d.aggregate);
  // (past the day of a dateline's head, "الفلوجة 27 حزيران (أصوات العراق) – تضاربت الأنباء، اليوم
  // الجمعة، …": the day the page was put out is said with the next, not one the clause told)
  const head = events[0] && inDatelineHead(text, events[0]) ? events[0] : undefined;
  const said = (head && statementDay(text, events, events[1])) || statementDay(text, events, events[0]);
  return said ? dates.map((d) => (d === said || d === head ? { ...d, role: 'reporting' } : d)) : [...dates];
}

/** `said`, where it is the day of a statement of an earlier deed the clause tells after it; else null. */
function statementDay(
  text: string,
  events: readonly DateMention[],
  said: DateMention | undefined,
): DateMention | null {
  if (!said || !oneDay(said.date)) return null;
  const weekBefore = addDays(said.date.from, -WEEK);
  const deed = events.find(
    (d) =>
      d.start >= said.end &&
      oneDay(d.date) &&
      d.date.to < said.date.from &&
      d.date.from >= weekBefore &&
      tellsDeed(text.slice(said.end, d.start)),
  );
  const before = text.slice(0, said.start);
  return !deed || OPENS_WITH_DAY.test(before) || tellsDeed(before) ? null : said;
}
