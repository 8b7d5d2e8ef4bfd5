// A person's age told of him after a comma, "and he is 16 years old": no clause of its own.
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "، ويبلغ من العمر 16 عاماً،": the age of the one named before the comma, so
 * the verb after it ("أصيب بجروح") is still his (split there, the verb would lose its subject). Not
 * "، ويبلغ عدد القتلى 10": "amounts to", a clause of its own.
 */
const AGE_TOLD = new RegExp(
  `^[^\\p{L}]*(?:${anyOf(['ويبلغ', 'وتبلغ'])}) ${normalizeForMatch('من العمر')}(?!${L})`,
  'u',
);

/** The clause (as written) opens with the age of the one named before it. */
export function tellsAge(clause: string): boolean {
  return AGE_TOLD.test(normalizeForMatch(clause));
}
