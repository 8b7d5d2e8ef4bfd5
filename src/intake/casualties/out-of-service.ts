// "خرج المشفى الميداني عن الخدمة بعد إصابته بقذيفتين": a facility put out of service after "its"
// hit — the pronoun of the wound noun is the building's, told as taken out of service, no one wounded.
import { ar } from '../events/cue-pattern.js';

/**
 * "… عن الخدمة بعد", "خارج الخدمة إثر" (matching form), a few words at most between: what went out of
 * service, right before the pronoun's wound noun, is what it was "hit" by.
 */
const OUT_OF_SERVICE_BEFORE = new RegExp(
  `(?:${ar(['عن الخدمة', 'خارج الخدمة'])})\\s+(?:[\\p{L}]+\\s+){0,2}?(?:${ar(['بعد', 'إثر', 'اثر', 'جراء', 'بسبب'])})\\s+$`,
  'u',
);

/**
 * The pronoun's wound noun starting at `start` of the clause (in matching form) is a facility's
 * damage: the clause told something taken out of service right before it.
 */
export function outOfServiceHit(matchText: string, start: number): boolean {
  return OUT_OF_SERVICE_BEFORE.test(matchText.slice(0, start));
}
