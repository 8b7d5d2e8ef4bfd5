// The toll of a clash with the attackers as they fled, on both sides (incident-followups.ts).
import type { Casualties } from '../casualties/casualties.js';

/**
 * A clause that tells the chase of the event's attackers: its dead are the attackers ("وقتلت ثلاثة
 * منهم"). Where it set them apart itself and wounded others besides ("ما أسفر عن مقتل اثنين منهم
 * وإصابة أحد عناصر الحشد", "killing two of them and wounding a policeman"), those wounded are the
 * pursuers: more hurt of the event, not attackers.
 */
export function pursuitToll(told: Casualties): Casualties {
  const attackersKilled = told.killed ?? told.attackersKilled;
  // (not one told by a pronoun: "مقتل أحدهما واعتقال الآخر بعد إصابته" is the other attacker)
  const pursuersWounded = told.attackersKilled !== null && !told.byPronoun ? told.wounded : null;
  return { killed: null, wounded: pursuersWounded, attackersKilled };
}
