// "ما أدى إلى مقتله واثنين من حراسه", "مقتله مع ثلاثة من حراسه": a count of his own men joined right
// after the one a casualty noun's pronoun stands for died with him, and adds to him (a chief and the
// guards killed beside him are told this way far more often than by a total).
import { POSSESSED } from '../casualties/casualty-words.js';
import { AR_UNITS } from '../reading/number-words.js';
import { L } from '../reading/word-pattern.js';
import { normalizeForMatch } from '../../text/normalize.js';

const f = normalizeForMatch;

/** "واثنين من حراسه", "مع ثلاثة من مرافقيه": "و" or "مع", a number word, "من" and a plural with its pronoun. */
const SOME_OF_HIS = new RegExp(
  `^\\s+(?:${f('و')}|${f('مع')}\\s+)(${Object.keys(AR_UNITS).join('|')})\\s+${f('من')}\\s+\\p{L}+(?:${POSSESSED.join('|')})(?!${L})`,
  'u',
);

/**
 * How many of his own are joined right after the pronoun (`after`, in matching form, starts after it),
 * and the text past them, where more kin may follow; null where no such count follows.
 */
export function someOfHisJoined(after: string): { count: number; rest: string } | null {
  const m = SOME_OF_HIS.exec(after);
  return m ? { count: AR_UNITS[m[1]!]!, rest: after.slice(m[0].length) } : null;
}
