// A force named as the one a person used to belong to (beside actors.ts).
import { anyOf as f } from '../reading/word-pattern.js';

/**
 * "القيادي السابق في فصائل المعارضة", "three former opposition fighters", "ex-rebels": the man hit
 * was once of that force and is no longer; the force is no side of the event, neither its doer nor the one attacked
 * (killing a former member who laid down his arms is violence against a civilian).
 */
const FORMER_OF_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${f(['السابق', 'سابق', 'سابقا', 'سابقون', 'سابقين', 'سابقان', 'السابقين', 'السابقون'])})\\s+(?:${f(['في', 'من'])})\\s+$|(?<![\\p{L}])(?:former|ex)\\s*$`,
  'u',
);

export function formerMemberAt(text: string, start: number): boolean {
  return FORMER_OF_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}
