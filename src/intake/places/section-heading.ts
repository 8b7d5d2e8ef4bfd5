// "Aleppo countryside" on a line of its own, then "- Kafr Taal: three killed…": a roundup's items
// listed under the place that heads them.
import type { Language } from '../../content/schema.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { PlaceResolver } from '../incidents/clause-facts.js';
import { LIST_ITEM } from '../roundups/listed-dead.js';
import type { Sentence } from '../reading/types.js';

/** A line that is only a name: a few words, no figure, no full stop ("ريف إدلب:", "Aleppo countryside"). */
const HEADING_LINE = /^[^\d٠-٩.!?؟]{1,60}$/u;
const MOST_WORDS = 5;

/**
 * The place of the heading line the list item in `paragraph` is listed under: walking back over the
 * items before it ("- X: …"), the first paragraph that is not one must be a short line naming a
 * governorate. null where the paragraph is no list item, or the list has no such heading. A
 * roundup so laid out tells each governorate once, at the head of its items, and names only the
 * village in each item.
 */
export function headingPlace(
  sentences: readonly Sentence[],
  paragraph: number,
  resolve: PlaceResolver,
  lang: Language,
): ResolvedPlace | null {
  const textOf = (p: number): string =>
    sentences
      .filter((s) => s.paragraph === p)
      .map((s) => s.text)
      .join(' ');
  if (!LIST_ITEM.test(textOf(paragraph))) return null;
  let at = paragraph - 1;
  while (at >= 0 && LIST_ITEM.test(textOf(at))) at--;
  const heading = textOf(at).trim();
  if (!HEADING_LINE.test(heading) || heading.split(/\s+/u).length > MOST_WORDS) return null;
  const place = resolve(heading, lang);
  return place?.governorate ? place : null;
}
