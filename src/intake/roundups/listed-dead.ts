// "وثق المرصد مقتل ١٢ شخصاً، وهم:" then "- ٢ من رعاة الأغنام، بانفجار لغم…": items counting the dead the heading announced.
import type { Casualties } from '../casualties/casualties.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { countAt } from '../casualties/casualty-phrase.js';
import { pastArabicQualifier } from '../casualties/casualties-ar.js';
import { numbersIn } from '../reading/count.js';
import { KILLED_CUES } from '../casualties/dying-verbs.js';
import { tokenize } from '../reading/tokens.js';
import type { Sentence } from '../reading/types.js';
import type { MatchView } from '../reading/view.js';

/** A list item's mark at the head of its paragraph: "- ", "• ". */
export const LIST_ITEM = /^\s*[-–•*]\s*/u;
/** A heading that ends in a colon: "وهم:", "وتوزعوا على النحو التالي:". */
const HEADING = /[:：]\s*$/u;

/**
 * The sentences that open an item of a list of the dead: paragraphs marked "- " right after a
 * sentence that tells a killing and ends in a colon ("مقتل ١٢ شخصاً في محافظة دير الزور، وهم:"),
 * as long as the marked paragraphs run. One pass over the article's sentences.
 */
export function deadListItems(sentences: readonly Sentence[], matchTexts: readonly string[]): Set<number> {
  const items = new Set<number>();
  let open = false;
  for (const [at, sentence] of sentences.entries()) {
    const opensParagraph = sentences[at - 1]?.paragraph !== sentence.paragraph;
    if (open && opensParagraph && LIST_ITEM.test(sentence.text)) items.add(at);
    else if (opensParagraph || !open) {
      open = HEADING.test(sentence.text) && (matchTexts[at] ?? '').search(KILLED_CUES) >= 0;
    }
  }
  return items;
}

/**
 * An item of such a list that names no casualty of its own ("- ٢ من رعاة الأغنام، بانفجار لغم…",
 * "- عنصر من "قسد"، برصاص مسلحين مجهولين…", "- ما لا يقل عن ٩ من عناصر التنظيم، جراء غارات…"): the
 * count it opens with is of the dead the heading announced. null where it opens with no count.
 */
export function listedDead(view: MatchView): Casualties | null {
  const tokens = tokenize(view.text);
  const phrase = countAt(tokens, numbersIn(view), pastArabicQualifier(tokens, 0), 'ar');
  if (!phrase) return null;
  const { low, high } = phrase.value;
  return { killed: low === high ? low : { low, high }, wounded: null, attackersKilled: null };
}

/**
 * "وثّق المرصد خلال شهر أيار مقتل 37 شخصاً، وهم:" then "- 14 مدنياً، بينهم طفلان وامرأة.", "- 11 من
 * مقاتلي قسد.": under a heading that sums its dead over a span, an item told in one clause with no
 * blow, place or day of its own counts the share of that total by who they were — no event. (Items
 * of a day's list name each its blow and place, "- عنصر من قسد، برصاص مسلحين في بلدة الشحيل", or
 * go on after a comma to tell it: "- 2 من عناصر قوات النظام قتلوا، وأصيب ثالث، إثر هجوم…".)
 * `headingTotal`: the list's heading sentence summed over a span.
 */
export function shareOfListedTotal(headingTotal: boolean, facts: ClauseFacts): boolean {
  return headingTotal && !facts.eventNamed && !facts.place?.governorate && !facts.eventDate;
}
