// "…قتلوا ستة عناصر من الميليشيات، فيما ارتقى مقاتلان من الفصائل خلال التصدي للهجوم": dead told
// fallen "while repelling the attack" are the defenders' own dead of a fight — the enemy dead the
// same sentence counted just before are its other side, though the clause that opened the event
// named no fight (the fight was told in sentences that counted no dead).
import type { Building } from '../incidents/incident-types.js';
import { namesBlowOfItsOwn } from '../events/blow-of-its-own.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { withoutSpoilsOfFight } from './spoils-of-fight.js';

/** "خلال التصدي للهجوم", "أثناء صد الهجوم", "في التصدي لمحاولة التقدم": while repelling the attack (matching form). */
const WHILE_REPELLING = new RegExp(
  `(?<!${L})(?:${anyOf(['خلال', 'أثناء', 'اثناء', 'في'])})\\s+(?:${anyOf(['التصدي', 'صد'])})\\s+(?:${anyOf(['للهجوم', 'الهجوم', 'لمحاولة', 'محاولة', 'للمحاولة', 'المحاولة', 'للهجمات', 'الهجمات'])})(?!${L})`,
  'u',
);

/**
 * The clause (matching form) tells its dead fallen while repelling the attack, and the event it is set
 * against was told with no blow of its own (the enemy dead of the fight, not a strike's victims):
 * the clause's dead are the fight's other side. (Its side, the "while", its day and place are weighed
 * by the caller, fight-sides.ts.)
 */
export function fellRepelling(event: Building, clauseMatchText: string): boolean {
  return (
    WHILE_REPELLING.test(clauseMatchText) &&
    !namesBlowOfItsOwn(withoutSpoilsOfFight(matchView(event.source).text))
  );
}
