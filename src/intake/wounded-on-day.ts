// A death of wounds told with its own day first, then the day the wounds were got.
import { diedOfWoundsAt } from './wounded-died/phrases.js';
import type { DateMention } from './types.js';
import { L, anyOf } from './word-pattern.js';

/** The wounds told as got, after the death of them: "متأثراً بجروح أصيب بها", "of wounds he sustained". */
const WOUNDS_GOT = new RegExp(
  `(?<!${L})(?:${anyOf(['أصيب', 'أصيبت', 'أصيبا', 'أصيبوا'])})\\s+(?:${anyOf(['بها'])})(?!${L})|(?<!${L})(?:wounds|injuries)\\s+(?:(?:he|she|they)\\s+(?:had\\s+)?)?(?:sustained|suffered|received)(?!${L})`,
  'u',
);

/**
 * "توفي، اليوم الأربعاء، منتسب متأثراً بجروح أصيب بها في الهجوم على حاجز …، يوم الاثنين الماضي", "توفي
 * اليوم راعٍ متأثراً بجروح أصيب بها يوم السبت بانفجار عبوة": the day told before "died of his wounds"
 * is the death's, the day told after the wounds it says were got is the blow's. The clause's event
 * dates lose the death's day where the blow's is told (`untilDeath` then runs the event to the
 * death, unless the death raised the toll of an attack that killed others).
 */
export function withoutDeathDayBeforeWounds(matchText: string, dates: readonly DateMention[]): DateMention[] {
  const phrase = diedOfWoundsAt(matchText);
  if (phrase < 0 || !dates.some((d) => d.start < phrase)) return [...dates];
  const got = matchText.slice(phrase).search(WOUNDS_GOT);
  if (got < 0 || !dates.some((d) => d.start > phrase + got)) return [...dates];
  return dates.filter((d) => d.start > phrase);
}
