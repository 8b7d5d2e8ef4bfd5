// A figure's label from the words after its number: the counted noun and what qualifies it, the
// noun of a range's second end, or the first noun the table knows.
import type { Language } from '../../content/schema.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { countedNoun } from './figure-nouns.js';
import { endsPhrase } from './figure-phrase-end.js';
import { LABEL_WORDS, MULTIPLIERS, wordSpans } from './figure-words.js';
import type { MatchView } from '../reading/view.js';

const f = normalizeForMatch;
/** The first counted noun the table knows among the few words after a number. */
export function nounAfter(after: string, lang: Language): ReturnType<typeof countedNoun> {
  for (const w of wordSpans(after).slice(0, LABEL_WORDS)) {
    const noun = countedNoun(w.word, lang);
    if (noun) return noun;
  }
  return null;
}

/**
 * The counted noun right after the number and what qualifies it ("مقاتل من داعش", "people in
 * need" stops at "in"), as a noun phrase in the article's words; the time it refers to is added
 * when the sentence says it ("قبل خمس سنوات", "five years ago").
 */
export function counted(view: MatchView, end: number, when: string | null): string {
  const rest = view.text.slice(end);
  const stop = rest.search(/[.,،؛;:!?؟"«»()]/u);
  const words = wordSpans(stop < 0 ? rest : rest.slice(0, stop));
  const taken: typeof words = [];
  for (const w of words) {
    if (taken.length === 0 && MULTIPLIERS.has(w.word)) continue;
    // "15 من عناصرها": the partitive's noun is what is counted
    if (taken.length === 0 && /^(?:من|of)$/.test(w.word)) continue;
    // "إصابة جديدة و6 حالات": the next count begins
    if (taken.length >= LABEL_WORDS || endsPhrase(w.word, taken.length === 0) || /\d/.test(w.word)) break;
    taken.push(w);
  }
  // a phrase may not end on "of"/"من": "مقاتل من" is cut back to "مقاتل"
  while (taken.length > 1 && /^(?:من|of|the)$/.test(taken[taken.length - 1]!.word)) taken.pop();
  if (taken.length === 0) return '';
  const text = view.sourceSpan(end + taken[0]!.start, end + taken[taken.length - 1]!.end).text.trim();
  return when ? `${text} (${when})` : text;
}

/** "between 5,000 and 7,000 fighters": the first end of a range counts the noun of the second. */
const RANGE_TO = new RegExp(
  `^\\s*(?:and|to|or|-|–|${['و', 'إلى', 'الى', 'أو', 'او'].map(f).join('|')})\\s*\\d[\\d,.]*(?:\\s+(?:${[...MULTIPLIERS].join('|')}))?`,
  'u',
);
export function rangeNoun(view: MatchView, end: number, when: string | null): string {
  const range = RANGE_TO.exec(view.text.slice(end));
  return range ? counted(view, end + range[0].length, when) : '';
}
