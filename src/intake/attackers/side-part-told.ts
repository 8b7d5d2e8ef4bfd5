// "مقتل 27 عنصراً من داعش…، فيما أكد مصدر في الحشد استشهاد اثنين من مقاتليه وإصابة تسعة"; then "القوات
// قتلت 27 إرهابياً", and "مقاتلين اثنين من الحشد استشهدا وأصيب تسعة": each side's part of a fight's
// toll, told again by its own teller — the same fight, not two more events.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building, Toll } from '../incidents/incident-types.js';
import { withinGap } from '../incidents/incident-followups.js';
import { inside } from '../dates/event-period.js';
import { sameGovernorate } from '../places/incident-places.js';
import { sameCount, type Count } from '../reading/count.js';

/**
 * The fight's toll is the sum of its sides' (fight-sides.ts, armed-dead-while.ts): keeps the part
 * each side's dead and wounded were told as, the first the fight's own toll before the sum.
 */
export function noteSidePart(fight: Building, part: Toll, sentence?: number): void {
  const first = { killed: fight.killed, wounded: fight.wounded };
  fight.sideParts = [...(fight.sideParts ?? [first]), part];
  if (sentence !== undefined) fight.sidePartsSentence = sentence;
}

const same = (a: Count | null, b: Count | null): boolean => a !== null && b !== null && sameCount(a, b);

/**
 * Whether the clause tells again one side's part of the fight's summed toll: its dead (as victims or
 * as the armed men killed) that part's, its wounded none or that part's, with no day outside the
 * fight's, no other province, and not told as another event or a tally.
 */
export function sidePartToldAgain(fight: Building, facts: ClauseFacts, sentenceIndex: number): boolean {
  const { killed, wounded, attackersKilled } = facts.casualties;
  const dead = killed ?? attackersKilled;
  if (!fight.sideParts || dead === null || (killed !== null && attackersKilled !== null)) return false;
  if (facts.separate || facts.another || facts.aggregate || facts.denied) return false;
  // (a sentence the fight took in already is its own telling, unless it came after the parts were
  // told: "…، فيما قتل ثلاثة من عناصرها", then the commander's "شنوا فجر اليوم هجوماً …، فيما استشهد
  // ثلاثة من مقاتلينا")
  const toldSince = fight.sidePartsSentence !== undefined && sentenceIndex > fight.sidePartsSentence;
  if (!withinGap(fight, sentenceIndex) || (fight.sentences.includes(sentenceIndex) && !toldSince))
    return false;
  if (facts.eventDate && !(fight.date && inside(facts.eventDate.date, fight.date))) return false;
  if (facts.place?.governorate && !sameGovernorate(fight.place, facts.place)) return false;
  // (its wounded may be told only now, where neither the part nor the fight counted any: the dead
  // are the part's, the wounded the fight's first — "…، فيما قتل ثلاثة من عناصرها", then the side's
  // commander: "فيما استشهد ثلاثة من مقاتلينا وجرح تسعة آخرون")
  return fight.sideParts.some(
    (part) =>
      same(part.killed, dead) &&
      (wounded === null || same(part.wounded, wounded) || (part.wounded === null && fight.wounded === null)),
  );
}
