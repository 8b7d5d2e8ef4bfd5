// "ارتفعت الحصيلة إلى 11 بعد وفاة ثلاثة من الجرحى، والعثور على جثة رابع": why the toll rose.
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';

/**
 * A clause that opens with "and" and a noun of a death or a body found, no verb of its own
 * ("، والعثور على جثة رابع تحت الأنقاض صباح اليوم", "، ووفاة مصاب آخر", ", and the recovery of a
 * fourth body"): one more of the reasons "بعد"/"after" gave for the rise its sentence told — dead
 * counted in the risen toll, not an event of its own, whatever day it names.
 */
const JOINED_REASON = new RegExp(
  `${CLAUSE_HEAD}(?:${anyOf(['والعثور', 'وانتشال', 'ووفاة', 'وموت', 'ومفارقة'])})(?!${L})|${CLAUSE_HEAD}and (?:the )?(?:discovery|recovery|death|finding) of(?!${L})`,
  'iu',
);

/** `risenBefore`: a clause before in the same sentence told the toll risen. */
export function reasonOfRise(risenBefore: boolean, matchText: string): boolean {
  return risenBefore && JOINED_REASON.test(matchText);
}
