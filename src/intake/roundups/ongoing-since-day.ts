// The toll of a siege or a campaign still going on since a day some days before the news: the sum of
// all its days, a figure, not one incident on the day it began.
import { daysBetween } from '../dates/calendar.js';
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { FIGHT_NOUNS_AR, FIGHT_NOUNS_EN } from '../attackers/fight-nouns.js';

/** Days back from the news from which what is still going on has run over several days. */
const SEVERAL_DAYS = 3;

/**
 * "بينما يستمر الحصار المفروض على المدينة منذ العاشر من الشهر، والذي أوقع أكثر من 400 قتيل", "the
 * siege, which has continued since March 2, has killed more than 300": a verb (or adjective) of going
 * on, then "since" and the day it began.
 */
const GOING_ON_SINCE = new RegExp(
  `(?<!${L})(?:${anyOf(['يستمر', 'تستمر', 'يتواصل', 'تتواصل', 'المستمر', 'المستمرة', 'المتواصل', 'المتواصلة'])}|continues|continuing|has continued|has gone on|has lasted)(?!${L})[^.;؛]{0,80}?(?<!${L})(?:${anyOf(['منذ'])}|since)(?!${L})`,
  'gu',
);

/**
 * "الاشتباكات المستمرة منذ مساء السبت", "the fighting that has continued since Saturday": a fight's
 * own running toll is that fight's, one incident over its days (fight-toll-since-weekday.ts), not a
 * figure.
 */
const FIGHT_GOING_ON = new RegExp(
  `(?<!${L})(?:(?:ال)?${anyOf(FIGHT_NOUNS_AR)}|${FIGHT_NOUNS_EN})(?!${L})[^.;؛،,]{0,12}$`,
  'u',
);

/**
 * The clause (in matching form) tells something going on since a day at least three days before
 * `toldOn`, among `dates` (the clause's): a count it gives sums those days.
 */
export function ongoingSinceDay(matchText: string, dates: readonly DateMention[], toldOn: string): boolean {
  for (const m of matchText.matchAll(GOING_ON_SINCE)) {
    if (FIGHT_GOING_ON.test(matchText.slice(Math.max(0, m.index - 40), m.index))) continue;
    const since = m.index + m[0].length;
    const onset = dates.find((d) => d.start >= since && d.start <= since + 2);
    if (onset && daysBetween(onset.date.from, toldOn) >= SEVERAL_DAYS) return true;
  }
  return false;
}
