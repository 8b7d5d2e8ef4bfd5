// A place told only as a side of a city, which may lie beyond that city's governorate.
import type { ResolvedPlace } from '../../places/types.js';
import { liesNear, liesOnSideTold } from '../../places/resolve.js';
import { normalizeForMatch } from '../../text/normalize.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { SUBJECT_BACK } from '../incidents/clause-links.js';
import { sameCount, type Count } from '../reading/count.js';
import type { Building } from '../incidents/incident-types.js';
import { oneOfPlacesTold } from './one-of-places.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "south of Damascus", "some 125 km north of Baghdad", "جنوب دمشق", "شمالي بغداد". */
const SIDE_OF = new RegExp(
  `^(?:(?:north|south)(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?|${anyOf(['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي'])})(?!${L})`,
  'u',
);

/**
 * "Missiles struck positions south of Damascus", "north of Baghdad": a side of a city and no spot of
 * the gazetteer; the city names where it was told from, not the governorate it lies in (the
 * countryside south of Damascus is Rif Dimashq, 125 km north of Baghdad is Salahuddin).
 */
export function offCity(place: ResolvedPlace | null | undefined): boolean {
  const locality = place?.locality;
  if (!place?.governorate || place.district || !locality || (locality.en && locality.ar)) return false;
  return SIDE_OF.test(normalizeForMatch(locality.en ?? locality.ar ?? ''));
}

/**
 * "Israeli missiles struck positions south of Damascus…", then "the attack caused damage in al-Kiswah"
 * ("القصف طال مواقع في الكسوة"); "Troops killed 16 militants west of Samarra", then "the troops
 * attacked hideouts some 125 km north of Baghdad, killing 16 militants": the event just told, by its
 * definite name or its same toll, where one of the two places is only a side of a city: another
 * governorate named that way does not make it another event.
 */
export function sameEventOffCity(current: Building, facts: ClauseFacts): boolean {
  if (!offCity(current.place) && !offCity(facts.place)) return false;
  if (SUBJECT_BACK.test(facts.matchText) || facts.refersBack) return true;
  if (closerRetelling(current, facts)) return true;
  // (militants an event's only dead are its killed: "killing 16 militants" again)
  const { wounded, attackersKilled } = facts.casualties;
  const killed = facts.casualties.killed ?? (current.deadAreAttackers ? attackersKilled : null);
  const again = (a: Count | null, b: Count | null): boolean => a === null || (b !== null && sameCount(a, b));
  return (
    (killed !== null || wounded !== null) && again(killed, current.killed) && again(wounded, current.wounded)
  );
}

/**
 * "Rockets slammed into an air base north of Baghdad, wounding five", then "Two rockets struck near
 * a hangar at the Balad base": a clause of no toll naming the same kind of blow at a spot lying on the side of the city the
 * event was told at tells that event closer, not another one (a roundup's next item tells its own
 * toll).
 */
function closerRetelling(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded, attackersKilled } = facts.casualties;
  if (killed !== null || wounded !== null || attackersKilled !== null) return false;
  if (current.killed === null && current.wounded === null) return false;
  if (!offCity(current.place) || !facts.place || offCity(facts.place)) return false;
  // (the same kind of blow named again: a town of that side told for what else befell it, or for
  // where it lies, is no retelling)
  if (!facts.eventNamed || facts.event?.subType !== current.event.subType) return false;
  return liesOnSideTold(facts.place.text, current.place?.text ?? '');
}

/**
 * "إصابة أربعة عسكريين بصواريخ على قاعدة بلد الجوية" over "…سقطت على القاعدة في بلد شمال بغداد":
 * a toll placed only by a side of a city, in an article whose title names a spot of another
 * governorate lying on that side, which the clause (`source`) names too — by a name read there as
 * an ordinary word ("بلد", a country): the spot the title names, which the side only told from
 * afar. Null where the place is no side of a city, or the title names no such spot, or the clause
 * names another ("the edge of Taza, 20 km south of Kirkuk" under a title on Tuz Khurmatu).
 */
export function titleSpotOffCity(
  place: ResolvedPlace | null | undefined,
  title: ResolvedPlace | null,
  source: string,
): ResolvedPlace | null {
  if (!offCity(place) || !title?.governorate || offCity(title)) return null;
  if (title.precision === 'governorate' || title.governorate.en === place?.governorate?.en) return null;
  const words = ` ${normalizeForMatch(source).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const names = [title.district?.ar, title.district?.en].filter((n): n is string => !!n);
  const named = names.some((n) => words.includes(` ${normalizeForMatch(n)} `));
  return named && liesOnSideTold(title.text, place?.text ?? '') ? title : null;
}

/**
 * "Tribesmen hold off jihadists in town north of Baghdad" over a lead on "the town of X": a title
 * that tells its place only by a side of a city means the spot the lead (`leadText`) names on that
 * side, the place of a clause that names none of its own. Null where the title is no side of a
 * city, or the lead names no such spot — or names it as one of several ("the pocket in X, Y and
 * Z" under "the pocket south of Damascus": the side spans them all, no one of them is the spot).
 */
export function leadSpotOfTitle(
  title: ResolvedPlace | null,
  lead: ResolvedPlace | null,
  leadText: string,
): ResolvedPlace | null {
  if (!lead?.governorate || offCity(lead) || nearCity(lead) || lead.precision === 'governorate') return null;
  if (oneOfPlacesTold(leadText, lead.text)) return null;
  // ("Fighting kills 19 near Damascus" over a lead on "the Wadi Barada valley near Damascus": the
  // spot the lead names close by the city the title tells its story near)
  if (nearCity(title)) return liesNear(lead.text, title?.text ?? '') ? lead : null;
  if (!offCity(title)) return null;
  return liesOnSideTold(lead.text, title?.text ?? '') ? lead : null;
}

/** "near Damascus", "قرب دمشق": a place told only as near a city, no spot of the gazetteer. */
const NEAR_OF = /^(?:near|outside|قرب|بالقرب من)(?![\p{L}])/u;

/** Whether `place` is told only as near a city: "Fighting kills 19 near Damascus". */
function nearCity(place: ResolvedPlace | null | undefined): boolean {
  const locality = place?.locality;
  if (!place?.governorate || place.district || !locality || (locality.en && locality.ar)) return false;
  return NEAR_OF.test(normalizeForMatch(locality.en ?? locality.ar ?? ''));
}
