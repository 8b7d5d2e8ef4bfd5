// "the former mayor of Khan Arnabeh was found shot dead": one person, told by the singular "was".
import { ATTACKERS } from './casualty-words.js';
import { kinAlongWith } from '../victims/kin-along-with.js';

/**
 * "was killed", "was found shot dead", "was shot and killed": a singular passive of a killing verb,
 * its subject a person described at length (a name, "the former mayor of X") that no count reads.
 */
const WAS_KILLED =
  /(?<![\p{L}])was\s+(?:(?:found|reportedly|also|later|fatally|then)\s+)*(?:killed|shot\s+dead|shot\s+and\s+killed|stabbed\s+to\s+death|assassinated|executed|beheaded|found\s+dead)(?![\p{L}])/u;
/**
 * "The third was shot dead", "he was killed", "a man who was killed last year": a subject told
 * before (one of a group counted already, a pronoun) or a relative about someone else: no new dead.
 */
const TOLD_BEFORE =
  /(?<![\p{L}])(?:first|second|third|fourth|fifth|other|latter|former|he|she|it|one|who|which|that|whom)\s*,?\s*$/u;
/**
 * "the funeral of Col. X, commander of the police, who was killed along with two of his bodyguards":
 * a relative set off by a comma, about someone named at length, that tells his death with the people
 * who died beside him is that death's own toll, not one counted before (he and they).
 */
const NAMED_WHO = /,\s*who\s*$/u;
/** "no one was killed", "nobody was killed", "none of them was killed": nobody. */
const NOBODY = /(?<![\p{L}])(?:no\s+one|nobody|none(?:\s+of\s+[\p{L}]+)?|no\s+[\p{L}]+)\s*$/u;

/**
 * How many an English clause with no count tells killed by a singular "was …" (English, matching
 * form): one, and the kin killed along with him ("was killed along with his brother": two); null
 * where it tells none, nobody ("no one was killed"), one told before ("the third was shot dead")
 * or an attacker ("the bomber was killed").
 */
export function oneWasKilled(text: string): number | null {
  const m = WAS_KILLED.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  const kin = kinAlongWith(text.slice(m.index + m[0].length));
  if (NOBODY.test(before) || (TOLD_BEFORE.test(before) && !(kin > 0 && NAMED_WHO.test(before)))) return null;
  const subject = before.split(/[;:]/u).pop() ?? '';
  if (subject.split(/[^\p{L}]+/u).some((w) => ATTACKERS.has(w))) return null;
  return 1 + kin;
}
