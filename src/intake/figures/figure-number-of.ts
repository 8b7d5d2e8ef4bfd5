// A figure's label from "the number of …" / "عدد …" told a few words before its number.
import { normalizeForMatch } from '../../text/normalize.js';
import { PHRASE_END } from './figure-phrase-end.js';
import { LABEL_WORDS, wordSpans } from './figure-words.js';
import type { MatchView } from '../reading/view.js';

const f = normalizeForMatch;
/** Verbs of reaching or passing a figure end "the number of …": "عدد سكان البلاد تجاوز 41 مليون". */
const REACHED = new Set(
  [
    'تجاوز',
    'يتجاوز',
    'تخطى',
    'يتخطى',
    'بلغ',
    'يبلغ',
    'وصل',
    'يصل',
    'ارتفع',
    'يرتفع',
    'انخفض',
    'ناهز',
    'يناهز',
    'قارب',
    'يقارب',
    'exceeded',
    'exceeds',
    'reached',
    'reaches',
    'rose',
    'stood',
    'stands',
    'totalled',
    'totaled',
    'doubled',
    'fell',
  ].map(f),
);

/** Words saying a number is approximate end "the number of …" before it: "عدد النازحين نحو 4 ملايين". */
const ABOUT = new Set(
  [
    'نحو',
    'حوالي',
    'قرابة',
    'زهاء',
    'اكثر',
    'أكثر',
    'about',
    'around',
    'nearly',
    'some',
    'almost',
    'roughly',
    'approximately',
    'over',
  ].map(f),
);

/** How far before its number "the number of …" may be: "the number of people in need has doubled since July to 2.5 million". */
const NUMBER_OF_REACH = 12;

/** "the number of people in need has doubled … to 2.5 million", "ارتفع عدد النازحين إلى": what the number is the number of. */
export function numberOf(view: MatchView, start: number): string {
  const head = view.text.slice(0, start);
  const at = Math.max(head.lastIndexOf('number of '), head.lastIndexOf(f('عدد ')));
  // only the count the sentence is about, a few words before its number
  if (at < 0 || wordSpans(head.slice(at)).length > NUMBER_OF_REACH || /[.,،؛;:!?؟]/u.test(head.slice(at)))
    return '';
  const words = wordSpans(head.slice(at));
  const taken = [words[0]!];
  for (const w of words.slice(1)) {
    if (
      taken.length >= LABEL_WORDS ||
      (PHRASE_END.has(w.word) && w.word !== 'of') ||
      REACHED.has(w.word) ||
      ABOUT.has(w.word)
    )
      break;
    taken.push(w);
  }
  return view.sourceSpan(at + taken[0]!.start, at + taken[taken.length - 1]!.end).text.trim();
}
