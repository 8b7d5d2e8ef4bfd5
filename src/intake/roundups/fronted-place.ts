// "وفي الميادين، قضى الشاب …", "In Homs city, a car bomb …": a paragraph of a roundup that opens on its
// place, set before its event, is the next item there, not a toll of the event told before.
import { normalizeForMatch } from '../../text/normalize.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { sameGovernorate } from '../places/incident-places.js';

/**
 * The opening "وفي X،", "ففي مدينة X،", "In X,": the place before a comma at the very start of the
 * clause (only marks may stand before it: \W would take Arabic letters too, and find "في الحي،" far on).
 */
const FRONTED = /^[^\p{L}\p{N}]*(?:وفي|ففي|في|وب|in|at) ([^،,.]{2,40})[،,]/iu;

/** Whether the clause (its match view) opens on the place it names (`placeText`, as written). */
export function opensAtPlace(matchText: string, placeText: string): boolean {
  const opening = FRONTED.exec(matchText)?.[1];
  return opening !== undefined && opening.includes(normalizeForMatch(placeText));
}

/**
 * "وفي إدلب، اقتحمت قوات النظام بلدة سرمين، وأفاد ناشطون بأن عناصرها أعدموا سبعة شبان", "وفي بابل،
 * ذكرت الشرطة أن مسلحين أوقفوا حافلة …، وأطلقوا النار على ركابها فقتلوا أربعة": a roundup's item
 * whose first clause opens on its place and tells no event (the words for what was done are no event
 * word), its toll in a later clause of the sentence that names no place. The toll is the item's, at
 * that place, not more on the item told before.
 */
export function frontedItemPlace<P extends { governorate: unknown }>(first: {
  matchText: string;
  reportsEvent: boolean;
  place: P | null;
}): P | null {
  if (first.reportsEvent || !first.place?.governorate) return null;
  return FRONTED.test(first.matchText) ? first.place : null;
}

/**
 * "ففي حلب، سقط ستة …", "كما استشهد اثنان … في حي بستان القصر" (a quarter the gazetteer does not
 * know), then "وفي العاصمة دمشق، استشهد ثلاثة …": an item told with no place of its own stands where
 * the roundup's item before it was placed; a paragraph that opens on a place of another governorate
 * is the next item, not the place of that one, even with the same toll. `current`: the incident
 * built last, with no governorate; `built`: all so far.
 */
export function frontedAwayFromUnplaced(
  built: readonly Building[],
  current: Building,
  facts: ClauseFacts,
): boolean {
  const place = facts.place;
  if (current.place?.governorate || !place?.governorate) return false;
  // (the opening names the clause's place, or its governorate: "وفي إدلب، … على بلدة سراقب")
  const { en, ar } = place.governorate;
  if (![place.text, en, ar].some((name) => name && opensAtPlace(facts.matchText, name))) return false;
  const before = built.slice(0, built.indexOf(current)).findLast((b) => !!b.place?.governorate);
  // (the unplaced item a paragraph of its own, as a roundup's items are: not the clause after a
  // source's place, "قال متحدث في بغداد إن …، وإن جندياً قتل", which the next paragraph may place)
  return !!before && before.paragraph !== current.paragraph && !sameGovernorate(before.place, place);
}
