// A clause that counts the event's victims first, then tells the fight with its attackers.
import { KILLED_CUES } from '../casualties/dying-verbs.js';
import { CUES } from '../events/event-cues.js';
import { PURSUIT } from '../incidents/clause-links.js';

/**
 * "أسفر الهجوم عن مقتل اثنين من الحراس وإصابة ثلاثة آخرين، مبيناً أن القوة اشتبكت مع المهاجمين",
 * "the raid killed two guards and wounded three, and the post's men fought off the attackers": the
 * count stands before the chase, so it is the victims' — the attackers killed in a chase are
 * counted after it ("اشتبكت مع المهاجمين وقتلت اثنين منهم"). The chase still holds for the clauses
 * after this one. `matchText` is the clause in matching form.
 */
export function chaseAfterToll(matchText: string): boolean {
  const chase = PURSUIT.exec(matchText);
  if (!chase) return false;
  const cues = [matchText.search(KILLED_CUES), matchText.search(CUES.wounded)].filter((i) => i >= 0);
  return cues.length > 0 && Math.min(...cues) < chase.index;
}
