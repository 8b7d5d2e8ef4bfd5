// An event told as the answer to the one before it: a toll told after it may still be the first one's.
import { RETALIATION_AR, RETALIATION_EN } from './retaliation-words.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/** "The army responded by shelling…", "in retaliation", "ردّ الجيش بقصف…", "رداً على الهجوم". */
const RESPONSE = new RegExp(
  `(?<!${L})(?:${f(['رد', 'ردت', ...RETALIATION_AR, 'انتقاما'])}|responded|retaliated|${RETALIATION_EN.join('|')})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells an event as the answer to another. */
export function tellsResponse(matchText: string): boolean {
  return RESPONSE.test(matchText);
}
