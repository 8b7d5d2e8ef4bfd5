// "At least nine Peshmerga fighters were killed in clashes with Iraqi forces and the Hashd al-Shaabi",
// then "A Hashd spokesman said three of its fighters had been killed in the fighting": the side the
// dead fought, named after "clashes with", counting its own dead — the other side's dead of the same
// fight, its toll too (fight-sides.ts fightOfOwnLosses sums them), as a side's own dead counted after
// the enemy it killed are.
import { findActors, type ActorId } from '../actors/actor-table.js';
import { matchView } from '../reading/view.js';
import { FIGHT_NOUNS_EN } from './fight-nouns.js';

/**
 * The foe a fight's dead were told fighting (matching form): the words after "in clashes with",
 * "in fighting against", up to the end of the clause or its next place or day ("near", "on").
 */
const FOUGHT_WITH = new RegExp(
  String.raw`(?<![\p{L}])${FIGHT_NOUNS_EN}\s+(?:with|against)\s+([^,;.:]{1,120}?)(?=\s+(?:near|in|on|at|around|south|north|east|west|that|which|since|late|early)(?![\p{L}])|[,;.:]|$)`,
  'u',
);

/** The actors named as the foe the dead of a fight (its opening clause, `source`) fought. */
function foesOf(source: string): ActorId[] {
  const m = FOUGHT_WITH.exec(matchView(source).text);
  return m ? findActors(matchView(m[1]!)).map((a) => a.id) : [];
}

/**
 * Whether a clause counting a side's own dead (`clause`, matching form) names a side the fight's dead
 * (told in `fightSource`) were fighting: the fight's other side, counting its own.
 */
export function foeCountsOwn(fightSource: string, clause: string): boolean {
  const named = findActors(matchView(clause));
  if (named.length === 0) return false;
  const foes = foesOf(fightSource);
  return named.some((a) => foes.includes(a.id));
}
