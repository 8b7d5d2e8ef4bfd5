// "On that occasion, about 40 people were hurt", "وفي تلك المرة أصيب 40 شخصاً": the toll of the
// event the sentence before told on a day of its own ("since crowds first broke into the consulate
// on September 7"), not of the day of the news.
import type { DateMention } from '../reading/types.js';
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';
import type { DateValue } from './date-values.js';

/** A clause that opens by pointing back at the occasion just told. */
const THAT_OCCASION = new RegExp(
  `${CLAUSE_HEAD}(?:on that occasion|on that day|(?:${anyOf(['وفي تلك المرة', 'في تلك المرة', 'وفي ذلك اليوم', 'في ذلك اليوم', 'ويومها', 'يومها'])}))(?!${L})`,
  'u',
);

/**
 * The day of the clause's casualties where it opens with "on that occasion" and has no day of its
 * own: the last day told before it (`anchor`), else null.
 */
export function dayOfThatOccasion(
  matchText: string,
  hasCasualties: boolean,
  anchor: DateValue | null,
): DateMention | null {
  return dayPointedBackAt(THAT_OCCASION, matchText, hasCasualties, anchor);
}

/**
 * The last day told before (`anchor`) as the day of a clause with casualties whose opening (a
 * pattern anchored at its start) points back at the event told on it; null where it does not open so.
 */
export function dayPointedBackAt(
  opening: RegExp,
  matchText: string,
  hasCasualties: boolean,
  anchor: DateValue | null,
): DateMention | null {
  if (!hasCasualties || !anchor) return null;
  const found = opening.exec(matchText);
  if (!found) return null;
  const text = found[0].trim();
  return {
    start: 0,
    end: found[0].length,
    text,
    date: { ...anchor, text },
    role: 'event',
    aggregate: false,
  };
}
