// A title filed under a place ("حلب: …", "Daraa: …"): the place the story is about, whatever
// namesake of another country the rest of the title names.
import type { Language } from '../../content/schema.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { PlaceResolver } from '../incidents/clause-facts.js';

/** "حلب: ستة شهداء…", "Deir ez-Zor: SDF raid…": up to three words, then a colon. */
const HEAD = /^\s*([^\s:"«]+(?:\s+[^\s:"«]+){0,2})\s*:/u;

/**
 * The place of a title (`told`: the gazetteer's reading of it whole). A title headed by a place and a
 * colon is filed under that place; where the rest names a place of another country ("حلب: … اشتباكات
 * هي الأعنف في صلاح الدين", Aleppo's quarter, no Iraqi governorate), that is the head's namesake, and
 * the head's place stands.
 */
export function titlePlaceOf(
  title: string,
  lang: Language,
  told: ResolvedPlace | null,
  resolve: PlaceResolver,
): ResolvedPlace | null {
  const head = HEAD.exec(title)?.[1];
  if (!told) return told;
  const headPlace = head ? resolve(head, lang) : null;
  // (a head that is no governorate's, "Syria Daily Roundup:", files the story under none)
  if (!headPlace?.governorate) return leadStoryPlace(title, lang, told, resolve);
  return headPlace.country !== told.country ? headPlace : told;
}

/**
 * "روايتان لحصيلة اقتحام الحويجة.. ومسلحون يسيطرون على سليمان بيك", "…Strikes Hit Southern Idlib;
 * Mass Grave Found in Raqqa": two stories, joined by ".." or ";".
 */
const STORIES = /\s*(?:\.{2,}|…|;)\s*/u;

/**
 * A title of two stories joined by ".." (Arabic copy's way of heading a lead and a second item) or
 * ";" (a roundup's) that names a place in each, in two governorates: the place of the first, the
 * lead's, which the body tells first — the gazetteer's reading of the title whole takes the finer
 * name, wherever it is.
 */
function leadStoryPlace(
  title: string,
  lang: Language,
  told: ResolvedPlace,
  resolve: PlaceResolver,
): ResolvedPlace {
  const [first, second, ...more] = title.split(STORIES);
  if (!first || !second || more.length > 0) return told;
  const lead = resolve(first, lang);
  const other = resolve(second, lang);
  const twoPlaces =
    !!lead?.governorate && !!other?.governorate && lead.governorate.en !== other.governorate.en;
  return twoPlaces ? lead : told;
}
