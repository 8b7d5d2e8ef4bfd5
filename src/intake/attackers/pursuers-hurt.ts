// The toll of a clash with the attackers as they fled, on both sides (incident-followups.ts).
import type { Casualties } from '../casualties/casualties.js';
import { FORCE_MEMBERS } from './force-members.js';

/**
 * A clause that tells the chase of the event's attackers: its dead are the attackers ("وقتلت ثلاثة
 * منهم"). Where it set them apart itself and wounded others besides ("ما أسفر عن مقتل اثنين منهم
 * وإصابة أحد عناصر الحشد", "killing two of them and wounding a policeman"), those wounded are the
 * pursuers: more hurt of the event, not attackers. So are wounded told alone as soldiers or policemen
 * ("اشتبكت مع المسلحين، مضيفا أن جنديين أصيبا بجروح", "two policemen were hurt"): the force that
 * fought the attackers, not the attackers; not wounded told as "others" after the chase's own dead
 * ("مقتل أربعة من المسلحين وجندي، وإصابة جنديين آخرين"), a fight that counts its own toll apart.
 * `clause` is the clause in matching form; `others`, that it tells its casualties as others.
 */
export function pursuitToll(told: Casualties, clause: string, others: boolean): Casualties {
  const attackersKilled = told.killed ?? told.attackersKilled;
  const forceHurt =
    told.killed === null && told.attackersKilled === null && !others && FORCE_MEMBERS.test(clause);
  // (not one told by a pronoun: "مقتل أحدهما واعتقال الآخر بعد إصابته" is the other attacker)
  const pursuersWounded =
    (told.attackersKilled !== null || forceHurt) && !told.byPronoun ? told.wounded : null;
  return { killed: null, wounded: pursuersWounded, attackersKilled };
}
