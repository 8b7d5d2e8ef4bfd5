// Forces getting ready for what is to come: no event yet, whatever the fight it names.
import { L, anyOf } from '../reading/word-pattern.js';
import { preparingAtTheTime } from './preparing-at-the-time.js';

/**
 * "Iraqi forces are preparing for an offensive on the city", "the alliance was preparing a new phase
 * of the offensive", "the army is gearing up to storm the town", "تستعد القوات لشن هجوم على المدينة",
 * "يتأهب الجيش لاقتحام البلدة": the verb of getting ready, in the present or the past progressive
 * (the offensive it names is still to come); so is a place or a force being made ready for it ("the
 * air base is being prepared as a logistics hub for the Mosul offensive").
 */
const PREPARING = new RegExp(
  `(?<!${L})(?:is|are|was|were|been)\\s+(?:now\\s+|also\\s+|still\\s+)?(?:preparing|gearing\\s+up|getting\\s+ready|massing\\s+(?:troops|forces|fighters)|being\\s+(?:prepared|readied))(?!${L})|(?<!${L})[وف]?(?:${anyOf(['تستعد', 'يستعد', 'تتأهب', 'يتأهب', 'تتهيأ', 'يتهيأ', 'تستعدان', 'يستعدون', 'تحضر لشن', 'يحضر لشن'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells forces getting ready, not a blow. */
export function tellsPreparation(matchText: string): boolean {
  // (not what the victims were doing when the blow fell, "as workers were preparing bread": preparing-at-the-time.ts)
  const atTheTime = preparingAtTheTime(matchText);
  const text = atTheTime
    ? matchText.slice(0, atTheTime.start) +
      ' '.repeat(atTheTime.end - atTheTime.start) +
      matchText.slice(atTheTime.end)
    : matchText;
  return PREPARING.test(text);
}
