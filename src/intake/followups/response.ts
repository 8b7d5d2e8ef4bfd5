// An event told as the answer to the one before it: a toll told after it may still be the first one's.
import { RETALIATION_AR, RETALIATION_EN } from './retaliation-words.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "The army responded by shelling…", "in retaliation", "ردّ الجيش بقصف…", "رداً على الهجوم"; the
 * Arabic verb is often joined to the "و" of the sentence, and then it is the answer only with what it
 * answered after it ("وردت وحدات الجيش على مصادر النيران"; "وردت أنباء عن…" is news coming in).
 */
const RESPONSE = new RegExp(
  `(?<!${L})(?:${f(['رد', 'ردت', ...RETALIATION_AR, 'انتقاما'])}|responded|retaliated|${RETALIATION_EN.join('|')})(?!${L})|(?<!${L})(?:${f(['ورد', 'وردت'])})\\s+(?:[^\\s،,.]+\\s+){0,6}?(?:${f(['على', 'بقصف', 'باستهداف'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells an event as the answer to another. */
export function tellsResponse(matchText: string): boolean {
  return RESPONSE.test(matchText);
}
