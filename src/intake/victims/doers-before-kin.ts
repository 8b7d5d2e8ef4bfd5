// "اغتاله مسلحون مجهولون مع نجله": a killing verb with its object pronoun tells its doers next, then
// the kin who died with the one the pronoun stands for (he and his son: two).
import { AR_SUBJECTS } from '../casualties/casualty-words.js';
import { L } from '../reading/word-pattern.js';
import { normalizeForMatch } from '../../text/normalize.js';

/** The doers' words ("مسلحون مجهولون", "مسلحان") right before "مع" (in matching form). */
const DOERS_BEFORE_WITH = new RegExp(
  `^(?:\\s+(?:${[...AR_SUBJECTS].join('|')}))+(?=\\s+${normalizeForMatch('مع')}(?!${L}))`,
  'u',
);

/**
 * What follows a casualty word's pronoun (in matching form) without the doers told between it and
 * "مع": "اغتاله مسلحون مجهولون مع نجله" reads on as "اغتاله مع نجله"; unchanged elsewhere ("قتله
 * مسلحون" alone, or doers joined by "و" to something else).
 */
export function pastDoersBeforeKin(after: string): string {
  return after.replace(DOERS_BEFORE_WITH, '');
}
