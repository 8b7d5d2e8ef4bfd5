// The day a wounded victim died is not the day of the attack that wounded them.
import { CUES } from './event-cues.js';
import { diedOfWoundsAt } from './died-of-wounds.js';
import type { ClauseFacts } from './clause-facts.js';
import type { DateMention } from './types.js';

/**
 * The dates a clause gives for its event, less those told after a wounding and its victim's death of
 * those wounds: in "وإصابة شابين بجروح، قبل أن يفارق أحدهما الحياة متأثرا بجراحه فجر اليوم" and "two
 * were wounded, and one of them died of his wounds on Tuesday" the day is the death's, and the wounding
 * is the event told before (a day told before the death stays: untilDeath makes it a span).
 */
export function withoutDeathDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  const death = diedOfWoundsAt(matchText);
  if (death < 0) return [...dates];
  // (or the wounded named as such: "إلى 11 قتيلاً بعد وفاة ثلاثة من الجرحى متأثرين بجراحهم صباح
  // اليوم", "rose to 11 after three of the wounded died of their wounds on Sunday": the deaths' day)
  const wounding = [CUES.wounded, CUES.woundedNoun].some((cue) =>
    [...matchText.matchAll(cue)].some((m) => m.index < death),
  );
  if (!wounding || dates.some((d) => d.start < death)) return [...dates];
  return dates.filter((d) => d.start < death);
}

/**
 * The clause tells victims wounded and then dead of those wounds ("وإصابة اثنين بجروح، قبل أن يفارق
 * أحدهما الحياة متأثرا بجراحه", "two were wounded; one of them later died of his wounds"), with no day
 * of its own: the toll of the event just told, as it changed, not another event's (the caller checks
 * the place: a hospital in the same governorate is no place of its own).
 */
export function woundedThenDied(matchText: string, facts: ClauseFacts): boolean {
  if (facts.eventDate || facts.casualties.wounded === null) return false;
  const death = diedOfWoundsAt(matchText);
  return death >= 0 && [...matchText.matchAll(CUES.wounded)].some((m) => m.index < death);
}
