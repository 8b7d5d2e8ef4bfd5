// "“Dozens of militants were killed,” the commander said." then "Three fighters were killed when a
// roadside bomb struck their vehicle": an offensive whose dead were told only as "dozens", and a
// blow of another kind with a count of its own — two events, not the count of the first.
import type { IncidentEvent } from '../../content/schema.js';
import { FIGHT_NOUNS_AR, FIGHT_NOUNS_EN, IN_FIGHT_PREPOSITIONS_AR } from '../attackers/fight-nouns.js';
import { L, anyOf } from '../reading/word-pattern.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { isGeneric } from '../incidents/same-event.js';

/**
 * The families of blows that tell events apart: a fight, a strike from the air, shelling, a bomb set
 * off on the spot (a planted bomb, a suicide bomber, a grenade: "two bombs" and "a car bomb and a
 * suicide bomber" tell one blast told twice).
 */
const FAMILIES: Readonly<Record<string, string>> = {
  armed_clash: 'fight',
  air_drone_strike: 'air',
  shelling_artillery_missile_attack: 'guns',
  remote_explosive_landmine_ied: 'spot',
  suicide_bomb: 'spot',
  grenade: 'spot',
};

/** Two kinds of blow: a fight and a blast, or two families of blast (an air strike and shelling). */
function otherKind(a: IncidentEvent | null, b: IncidentEvent | null): boolean {
  if (!a || !b || isGeneric(a) || isGeneric(b)) return false;
  const [x, y] = [FAMILIES[a.subType], FAMILIES[b.subType]];
  return !!x && !!y && x !== y;
}

/**
 * Dead placed in the fighting ("استشهدوا خلال المعارك", "were killed in the clashes", matching form):
 * the fight's own dead, whatever blast the clause also tells ("…، مبيناً أن التنظيم زج بعجلات مفخخة").
 */
const DIED_IN_FIGHT = new RegExp(
  `(?<!${L})(?:(?:${anyOf(IN_FIGHT_PREPOSITIONS_AR)})\\s+(?:ال)?(?:${anyOf(FIGHT_NOUNS_AR)})|(?:in|during)\\s+(?:the\\s+)?${FIGHT_NOUNS_EN})(?!${L})`,
  'u',
);

const counts = (x: Pick<Building, 'killed' | 'wounded' | 'attackersKilled'>): boolean =>
  x.killed !== null || x.wounded !== null || x.attackersKilled !== null;

/**
 * The incident told before (`current`, whose dead its clauses told only by a vague quantity when
 * `currentVague`: "dozens", "scores", "العشرات") and the clause (`facts`, `factsVague` likewise)
 * name blows of different kinds, and one of them has dead it told no number for while the other has
 * dead of its own, counted or not: the clause tells another event. A count is no number for the
 * "dozens" of another blow (merged, the fight would take the bomb's three dead and vanish as an
 * incident), nor "scores killed" by artillery more victims of an air strike that counted its own.
 * `clauseText`: the clause in matching form.
 */
export function vagueTollOfOtherBlow(
  current: Building,
  currentVague: boolean,
  facts: ClauseFacts,
  factsVague: boolean,
  clauseText: string,
): boolean {
  if (!facts.eventNamed || !otherKind(current.event, facts.event)) return false;
  const factsCounts = counts(facts.casualties);
  // the incident's dead told only as a vague quantity, the clause counting its own — unless a fight's
  // and the clause's dead fell in the fighting (the other side's count, after the foe's "dozens")
  const inItsFight = FAMILIES[current.event?.subType ?? ''] === 'fight' && DIED_IN_FIGHT.test(clauseText);
  if (currentVague && !counts(current) && factsCounts && !inItsFight) return true;
  // the clause's dead told only so, beside an incident with dead of its own
  return factsVague && !factsCounts && (counts(current) || currentVague);
}
