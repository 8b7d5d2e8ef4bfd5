// The wounded told before a toll rose by some of them dying: fewer are wounded now.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Count } from '../reading/count.js';
import { diedOfWoundsAt, diesOfWounds } from './wounded-died/phrases.js';
import { tellsRisenToll } from './toll-update.js';
import { countBeforeRise } from './earlier-count.js';
import type { Building } from '../incidents/incident-types.js';
import { floorValues } from '../roundups/lower-bound.js';
import { matchView } from '../reading/view.js';

/**
 * "One wounded man died, raising the toll to two", then "the strike killed the driver and wounded
 * two" ("ارتفعت الحصيلة إلى قتيلين بعد وفاة جريح متأثراً بجراحه" then "أسفرت الغارة عن مقتل السائق
 * وإصابة اثنين"): the dead added were among those wounded, so one is wounded now. The wounded the
 * event has now where the clause tells its count before the rise (0 where all of them died: "ارتفعت
 * الحصيلة إلى ثلاثة قتلى بعد وفاة شرطي ثالث", then "مقتل شرطيين وإصابة ثالث"), else null.
 */
export function woundedLeft(current: Building, facts: ClauseFacts): Count | null {
  const { killed, wounded } = facts.casualties;
  if (current.wounded !== null || typeof wounded !== 'number') return null;
  if (killed === null) return woundedBesideTheDead(current, wounded, facts.additional);
  if (typeof killed !== 'number' || typeof current.killed !== 'number') return null;
  if (!countBeforeRise(current, facts) || !diesOfWounds(matchView(current.source).text)) return null;
  // "more than 40 were wounded": a floor, which the one who died of them leaves standing
  if (floorValues(facts.notes).includes(wounded)) return wounded;
  const left = wounded - (current.killed - killed);
  return left >= 0 ? left : null;
}

/**
 * "أفاد مصدر بوفاة مزارع متأثراً بجروح أصيب بها بانفجار عبوة", then "أسفر الانفجار في حينه عن إصابة
 * المزارع وشقيقه" ("a soldier died of wounds he received in an attack", then "the attack had wounded
 * two soldiers"): the event was first told by the one who died of his wounds, and the account of the
 * blow counts him among its wounded, as they were then; the others are the wounded now. Not wounded
 * told as others than him ("وإصابة ثلاثة آخرين"), nor after a toll that rose (wounded-left above).
 */
function woundedBesideTheDead(current: Building, wounded: number, others: boolean): number | null {
  if (current.killed !== 1 || others || wounded <= 1) return null;
  const first = matchView(current.source).text;
  return diedOfWoundsAt(first) >= 0 && !tellsRisenToll(first) ? wounded - 1 : null;
}
