// "In Basra, hundreds rallied outside the council on Monday. A protester was shot dead there on Sunday":
// "there" points at the place the text just told, whether or not an event of its own was told there.
import type { Language } from '../../content/schema.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { PlaceResolver } from '../incidents/clause-facts.js';

/** "shot dead there", "from there"; not the "there" of "there was no claim", which points nowhere. */
const THERE =
  /(?<!\p{L})there(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|seems?|appears?|remains?)(?!\p{L}))(?!\p{L})/iu;

/**
 * The place a clause that names none (`matchText`, its matching form) points at with "there": the
 * first of `before` (the clause's own sentence up to it, then the sentence before) that names a
 * governorate. null: it points at none.
 */
export function placeOfThere(
  matchText: string,
  before: readonly string[],
  resolve: PlaceResolver,
  lang: Language,
): ResolvedPlace | null {
  if (lang !== 'en' || !THERE.test(matchText)) return null;
  for (const text of before) {
    const place = text.trim() === '' ? null : resolve(text, lang);
    if (place?.governorate) return place;
  }
  return null;
}
