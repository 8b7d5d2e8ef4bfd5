// Fights told from their onset, with their dead counted "so far": the fights' running total, not one event.
import type { DateValue } from '../dates/date-values.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { FIGHT_NOUNS_EN } from '../attackers/fight-nouns.js';

/** Fights in the plural, the subject of a verb of breaking out or beginning. */
const FIGHTS_BROKE_OUT = new RegExp(
  `(?<!${L})(?:${anyOf(['المعارك', 'الاشتباكات', 'المواجهات', 'معارك', 'اشتباكات', 'مواجهات'])})(?!${L})[^.؛]{0,80}?(?<!${L})(?:${anyOf(['اندلعت', 'بدأت', 'انطلقت'])})(?!${L})|(?<!${L})${FIGHT_NOUNS_EN}(?!${L})[^.;]{0,80}?(?<!${L})(?:broke out|began|erupted|started)(?!${L})`,
  'u',
);

/** "حتى الآن", "so far", "to date": counted up to the day of the telling. */
const SO_FAR = new RegExp(`(?<!${L})(?:${anyOf(['حتى الآن', 'حتى اللحظة'])}|so far|to date)(?!${L})`, 'u');

/**
 * "وكانت الاشتباكات قد اندلعت في الحي منتصف الشهر، ويقول ناشطون إنها خلفت 90 قتيلاً حتى الآن", "The
 * clashes broke out early this month and have killed more than 90 people so far": fights in the
 * plural told from their onset, their dead counted up to now — the sum of every day they have
 * lasted, and no one of their days. (Where the sentence dates them to one day, "اندلعت اشتباكات صباح
 * اليوم … أسفرت حتى الآن عن مقتل خمسة", it tells one fight's running toll: the caller weighs the
 * day.) `sentence`: in matching form.
 */
export function fightsCountedSoFar(sentence: string): boolean {
  return SO_FAR.test(sentence) && FIGHTS_BROKE_OUT.test(sentence);
}

/**
 * "The fighting, which erupted on Sunday, has killed 54 people so far", after the article told its
 * Tuesday and Wednesday fights: the day the sentence gives is the fights' onset, and the events
 * already told on later days are counted in their dead. A toll that runs past the days the article
 * told of the fights sums them, whatever the day of their onset. `onset`: the sentence's day;
 * `told`: the days of the incidents told before it.
 */
export function soFarPastTold(onset: DateValue | null, told: readonly (DateValue | null)[]): boolean {
  return onset?.precision === 'day' && told.some((d) => d !== null && d.from > onset.to);
}
