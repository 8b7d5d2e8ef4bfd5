// "أسفرت عن مقتل أكثر من 40 إرهابياً، فيما استشهد ثلاثة من عناصر الجيش خلال المعارك", and in the next
// sentence "وارتقى خلال الاشتباكات ثلاثة شهداء من عناصر الجيش": after a fight whose dead told so far
// are all armed men, dead told martyred (or risen, "ارتقى") in the fight named back by its definite
// noun ("خلال المعارك") — "martyred" is what a side calls its own dead, never the enemy it killed —
// are the other side's dead of the same fight, its toll too, though the clause that opened it told
// no fight by name ("العملية أسفرت عن…", "إنها أسفرت عن…") or told it as forces storming the enemy
// rather than fighting off an attack.
import type { Building } from '../incidents/incident-types.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { MARTYRDOM_AR, MARTYRED_VERBS_AR } from './martyred-joined.js';
import { namesBlow } from './operation-fought.js';
import { FIGHT_NAMED_BACK_AR } from './fight-nouns.js';

/** "استشهد", "وارتقى", "واستشهاد" (matching form): a side's word for its own dead. */
const MARTYRDOM = new RegExp(`(?<!${L})[وف]?(?:${anyOf([...MARTYRED_VERBS_AR, MARTYRDOM_AR])})(?!${L})`, 'u');

/** "خلال المعارك", "في الاشتباكات" (matching form): the fight just told, by its definite noun. */
const FIGHT_NAMED_BACK = new RegExp(FIGHT_NAMED_BACK_AR, 'u');

/**
 * The clause (matching form) tells dead martyred in the fight named back by its definite noun, in no
 * blow of its own.
 */
export function martyredInTheFight(clauseMatchText: string): boolean {
  return (
    MARTYRDOM.test(clauseMatchText) && FIGHT_NAMED_BACK.test(clauseMatchText) && !namesBlow(clauseMatchText)
  );
}

/**
 * The event's dead are all armed men (militants it killed, told as such) and the clause tells dead
 * martyred in the fight (martyredInTheFight): the fight's other side. (The clause's side, "while",
 * sentence and place are weighed by the caller, fight-sides.ts.)
 */
export function martyredAfterArmedDead(event: Building, clauseMatchText: string): boolean {
  return (event.deadAreAttackers || event.armedDead) && martyredInTheFight(clauseMatchText);
}
