// The day a wounded victim died is not the day of the attack that wounded them.
import { CUES } from './event-cues.js';
import { diedOfWoundsAt } from './died-of-wounds.js';
import type { ClauseFacts } from './clause-facts.js';
import { risenToAt } from './toll-update.js';
import { L, anyOf as f } from './word-pattern.js';
import type { DateMention } from './types.js';

/**
 * One of the wounded told as dead since by a relative clause: "وإصابة أربعة، بينهم محمد الذي فارق
 * الحياة اليوم", "four were wounded, among them a boy who died on Thursday".
 */
const WHO_DIED = new RegExp(
  `(?<!${L})(?:${f(['الذي', 'التي', 'الذين', 'اللذين'])})\\s+(?:${f(['فارق', 'فارقت', 'فارقوا', 'توفي', 'توفيت', 'توفوا'])})(?!${L})|(?<!${L})who\\s+(?:later\\s+)?died(?!${L})`,
  'u',
);

/** Where the clause (in matching form) tells a death of wounds, by its phrase or a relative clause. */
function deathAt(matchText: string): number {
  const phrase = diedOfWoundsAt(matchText);
  return phrase >= 0 ? phrase : matchText.search(WHO_DIED);
}

/**
 * The dates a clause gives for its event, less those told after a wounding and its victim's death of
 * those wounds: in "وإصابة شابين بجروح، قبل أن يفارق أحدهما الحياة متأثرا بجراحه فجر اليوم" and "two
 * were wounded, and one of them died of his wounds on Tuesday" the day is the death's, and the wounding
 * is the event told before (a day told before the death stays: untilDeath makes it a span).
 */
export function withoutDeathDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  if (dates.length === 0) return [];
  const death = deathAt(matchText);
  if (death < 0) return [...dates];
  // (or the wounded named as such: "إلى 11 قتيلاً بعد وفاة ثلاثة من الجرحى متأثرين بجراحهم صباح
  // اليوم", "rose to 11 after three of the wounded died of their wounds on Sunday": the deaths' day)
  // (or a toll told risen before the death: "ارتفع عدد الضحايا إلى ثلاثة، بعد وفاة الطفل متأثراً
  // بجراحه صباح اليوم", "the toll rose to three after a boy died of his wounds on Thursday")
  const wounding =
    [CUES.wounded, CUES.woundedNoun].some((cue) =>
      [...matchText.matchAll(cue)].some((m) => m.index < death),
    ) || risenToAt(matchText).some((at) => at < death);
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
