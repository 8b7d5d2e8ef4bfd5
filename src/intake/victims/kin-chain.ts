// The kin told one after another beside the one a casualty noun's pronoun stands for (casualties-ar.ts).
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import { POSSESSED } from '../casualties/casualty-words.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { AR_UNITS } from '../reading/number-words.js';
import { normalizeForMatch } from '../../text/normalize.js';

/** "مقتله هو ونجليه": the pronoun told again for stress, before the kin joined to him. */
const STRESSED = new RegExp(`^\\s+(?:${anyOf(['هو', 'هي', 'هما', 'هم'])})(?!${L})`, 'u');

/** What follows a casualty noun's pronoun (in matching form), without a stressed pronoun after it. */
export function pastStressedPronoun(after: string): string {
  return after.replace(STRESSED, '');
}

const AND = 'و';
/** The next word, right after the one before (a comma or a full stop ends the run). */
const NEXT_WORD = /^\s+(\p{L}+)(?!\p{L})/u;

/**
 * "… ونجليه وزوجته" after the first of them: more of someone's own kin, each "و" and a person noun
 * with its pronoun, who died with him too — how many (0 where none: "وإصابة آخرين" is no kin).
 */
export function moreKinJoined(rest: string): number {
  let more = 0;
  let left = rest;
  for (let m = NEXT_WORD.exec(left); m; m = NEXT_WORD.exec(left)) {
    const word = m[1]!;
    const some = SOME_OF_HIS.exec(left);
    if (some) {
      more += AR_UNITS[some[1]!]!;
      left = left.slice(some[0].length);
      continue;
    }
    const n = word.startsWith(AND) && POSSESSED.some((x) => word.endsWith(x)) ? arabicNounCount(word) : null;
    if (n === null) break;
    more += n;
    left = left.slice(m[0].length);
  }
  return more;
}

/**
 * "واثنين من أبنائه", "وثلاثة من أحفادها": "و", a number word, "من" and a plural with its pronoun —
 * that many of his own kin (in matching form).
 */
const SOME_OF_HIS = new RegExp(
  `^\\s+${AND}(${Object.keys(AR_UNITS).join('|')})\\s+${normalizeForMatch('من')}\\s+\\p{L}+(?:${POSSESSED.join('|')})(?!${L})`,
  'u',
);
