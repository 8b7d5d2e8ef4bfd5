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
  if (!told || !head) return told;
  const headPlace = resolve(head, lang);
  return headPlace?.governorate && headPlace.country !== told.country ? headPlace : told;
}
