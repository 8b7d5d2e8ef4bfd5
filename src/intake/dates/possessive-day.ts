// "Friday's protests followed unrest in the north, where two were killed on Feb. 17": a day told as
// the owner of a noun names another event by its day; the day written as a date is the clause's (and
// "قتلى الجمعة", Friday's dead, the clause's other day).
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** A day told as the owner of what follows ("Sunday's bomb", "sunday s" in matching form). */
const POSSESSIVE_AFTER = /^(?:['’]|\s)s(?!\p{L})/u;
/** A written day of the month: "Feb. 17", "17 شباط". */
const DAY_NUMBER = /\p{Nd}/u;

/**
 * "تشييع أحد قتلى الجمعة", "لضحايا أمس": a day after the dead it owns (Arabic's idafa), naming those
 * killed by their day.
 */
const DEAD_OWNED_BEFORE = new RegExp(
  `(?<!${L})[لب]?(?:${anyOf(['قتلى', 'شهداء', 'ضحايا'])})\\s+(?:${anyOf(['يوم'])}\\s+)?$`,
  'u',
);

/**
 * The dates a clause gives for its event, less a day told as an owner ("Friday's protests",
 * "Monday's bombing") where the clause also writes a day as a date: that one dates what the clause
 * tells, the owner only names the event it is set against. Alone, the owner's day stands ("Sunday's
 * bombing killed five").
 */
export function withoutPossessiveDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  const owner = (d: DateMention): boolean =>
    d.date.precision === 'day' && POSSESSIVE_AFTER.test(matchText.slice(d.end));
  const written = dates.some((d) => !owner(d) && d.date.precision === 'day' && DAY_NUMBER.test(d.date.text));
  // ("أطلقت قوات الأمن اليوم السبت النار على موكب تشييع أحد قتلى الجمعة": the dead's day is none of
  // the clause's event where it tells a day of its own)
  const ofDead = (d: DateMention): boolean =>
    d.date.precision === 'day' && DEAD_OWNED_BEFORE.test(matchText.slice(Math.max(0, d.start - 16), d.start));
  const ownDay = dates.some((d) => !ofDead(d) && d.date.precision === 'day');
  return dates.filter((d) => (!written || !owner(d)) && (!ownDay || !ofDead(d)));
}
