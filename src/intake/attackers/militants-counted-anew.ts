// Armed men a side says it killed, counted for the first time after a blow on victims.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { TOLL_WORD } from '../incidents/clause-links.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { AR_PREFIX, matchView } from '../reading/view.js';
import { sameCount } from '../reading/count.js';
import { longerThanNight } from '../dates/event-period.js';

/**
 * The dead named as the doers of the blow already told: by a partitive ("of them", "one of the
 * two", "منهم", "أحدهما"), by the definite article ("the gunmen", "المسلحين"), or by a word that
 * only means the doer of an attack ("one attacker", "an assailant", "مهاجم") — never a fresh count
 * of armed men.
 */
const DOERS_POINTED_BACK = new RegExp(
  `(?<!${L})(?:(?:one|two|three) of (?:them|the two)|of (?:them|the (?:gunmen|militants|insurgents|bombers?))|the (?:gunmen|bombers?|perpetrators)|attackers?|assailants?)(?!${L})|(?<!${L})و?(?:${anyOf(['منهم', 'منهما', 'أحدهم', 'أحدهما', 'مهاجم', 'مهاجمين', 'مهاجمان', 'المهاجم', 'المهاجمين', 'المهاجمون', 'المسلحين', 'المسلحون', 'الجناة', 'المنفذين'])})(?!${L})`,
  'u',
);

/**
 * Suicide bombers, however counted ("a second bomber", "انتحاريين اثنين"): the doers of a blow told
 * by the same word ("A suicide bomber blew himself up…"), fresh men after a blow of another kind.
 */
const BOMBERS = new RegExp(
  `(?<!${L})(?:bombers?|${AR_PREFIX}(?:${anyOf(['انتحاري', 'انتحاريا', 'انتحاريين', 'انتحاريان', 'انتحاريون'])}))(?!${L})`,
  'u',
);

/**
 * "On the ground, troops said they had repelled a counter-attack, killing 17 militants", "وأضاف أن
 * وحدة أخرى قضت على 18 إرهابياً في كمين", "تمكنت القوات فجر اليوم من قتل انتحاريين اثنين": told in a
 * paragraph after a blow that had victims of its own (dead, wounded, or a toll told unsplit), a
 * clause whose only dead are armed men, counted afresh, tells the deed of the side that killed them
 * — an event of its own, whose dead they are. Not where the blow told was itself a fight between
 * armed sides, whose other side they are ("He said more than 40 militants were killed"); not the
 * doers of that blow pointed back to ("killed two of the attackers", "قتل أحدهما", "a second bomber"
 * after a suicide bombing), chased, or counted "too"; not the dead that blow counted, told again
 * ("all seven militants were killed"); not a toll told ("put the toll at six"), nor a month's kills
 * ("killed 27 smugglers that month").
 */
export function militantsCountedAnew(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded, attackersKilled } = facts.casualties;
  const victimsOfItsOwn =
    (current.killed !== null && !current.deadAreAttackers && !current.armedDead) ||
    current.wounded !== null ||
    current.checks.some((c) => c.reason === 'casualties-unsplit');
  return (
    attackersKilled !== null &&
    killed === null &&
    wounded === null &&
    victimsOfItsOwn &&
    current.event.type !== 'battles' &&
    current.attackersKilled === null &&
    !(current.killed !== null && sameCount(attackersKilled, current.killed)) &&
    !facts.dates.some((d) => longerThanNight(d.date)) &&
    !facts.refersBack &&
    !facts.continues &&
    !facts.additional &&
    !facts.pursues &&
    !facts.tollOnly &&
    !TOLL_WORD.test(facts.matchText) &&
    !DOERS_POINTED_BACK.test(facts.matchText) &&
    !(BOMBERS.test(facts.matchText) && BOMBERS.test(matchView(current.source).text))
  );
}
