// "Police killed three drug smugglers and lost one officer in a gunfight", "the army killed 20
// militants and lost two soldiers in the fighting": one side tells the enemy it killed and the men it
// lost, by verbs joined on one subject, in the fight the clause names — both sides of that fight,
// its toll. The lost men are a cue of their own (dying-verbs.ts); where the enemy were read as
// attackers they are no longer kept apart, and where the lost men's count was left unread (the
// enemy's count read first), it is added.
import type { Numbers, Span2 } from '../reading/count.js';
import { HEDGE_EN, otherSideToldOn } from './side-told-on-en.js';
import { FIGHT_NOUNS_EN } from '../attackers/fight-nouns.js';

/** A side's men after the count: the lost (a word or two may name them first: "one police officer"). */
const MEN = String.raw`(?:[\p{L}-]+\s+){0,2}?(?:soldiers?|fighters?|troops|men|members?|policem[ae]n|officers?|personnel|guards?)`;
/** "in a gunfight", "during the fierce fighting": the fight the men were lost in. */
const IN_FIGHT = String.raw`\s+(?:in|during)\s+(?:the|an?)\s+(?:[\p{L}-]+\s+)?${FIGHT_NOUNS_EN}(?![\p{L}])`;

/** "killed …", "and lost", a count of the side's men, in a fight (matching form). */
const KILLED_AND_LOST = new RegExp(
  String.raw`(?<![\p{L}])killed\s+[^,;]{1,80}?\s+and\s+lost\s+${HEDGE_EN}[\p{L}\d-]+\s+${MEN}${IN_FIGHT}`,
  'u',
);

/** "and lost one officer in a gunfight", the count its group 1 (the telling otherSideToldOn reads). */
const LOST_TOLD_ON = new RegExp(
  String.raw`(?<![\p{L}])and\s+lost\s+${HEDGE_EN}([\p{L}\d-]+)\s+${MEN}${IN_FIGHT}`,
  'du',
);

/** Whether the clause tells a side's enemy killed and its own men lost in one fight (KILLED_AND_LOST). */
export function killedAndLost(clause: string): boolean {
  return KILLED_AND_LOST.test(clause);
}

/**
 * The men lost, where the clause tells the enemy killed and the men lost (killedAndLost) and the
 * count right before "and lost" is the clause's dead read so far (`killed`): to be added to them;
 * null where it tells no such thing.
 */
export function lostAfterKilled(clause: string, numbers: Numbers, killed: Span2): Span2 | null {
  return killedAndLost(clause) ? otherSideToldOn(clause, numbers, killed, [LOST_TOLD_ON]) : null;
}
