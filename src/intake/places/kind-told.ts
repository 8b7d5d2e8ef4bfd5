// "The Zilkan base … In April, a drone attack on the base wounded a Turkish soldier", "وسبق أن تعرض
// المخيم لقصف مماثل": a place named only by its kind, with the article, is the one of that kind the
// article told before — a base, a camp, an airport, a prison — wherever the news moved in between.
import { normalizeForMatch } from '../../text/normalize.js';
import { AR_PREFIX, matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** Kinds of place a story names once by name, then as "the base", "المخيم". */
const KINDS_EN = ['base', 'camp', 'airport', 'prison', 'checkpoint', 'compound', 'refinery'];
const KINDS_AR = ['مخيم', 'مطار', 'سجن', 'معسكر', 'حاجز'];

/** "the base", "the military base" (not "the base of the hill", "the camp's market"): the kind named. */
const THE_KIND = new RegExp(
  `(?<!${L})the\\s+(?:[\\p{L}-]+\\s+)?(?<en>${KINDS_EN.join('|')})(?!${L})(?!\\s+of(?!${L}))(?!['’]s)|(?<!${L})[وفبل]?(?:ال|لل)(?<ar>${anyOf(KINDS_AR)})(?!${L})`,
  'u',
);

/** The kind of place a clause names only with the article, in its match view, else null. */
export function kindNamed(text: string): { word: string; lang: 'ar' | 'en' } | null {
  const m = THE_KIND.exec(matchView(text).text);
  if (m?.groups?.en) return { word: m.groups.en, lang: 'en' };
  if (m?.groups?.ar) return { word: m.groups.ar, lang: 'ar' };
  return null;
}

/** Whether an earlier source names a place of that kind ("a Turkish military base near Bashiqa", "مخيم مخمور"). */
export function namesKind(source: string, kind: { word: string; lang: 'ar' | 'en' }): boolean {
  const word = kind.lang === 'en' ? kind.word : normalizeForMatch(kind.word);
  const pattern =
    kind.lang === 'en'
      ? new RegExp(`(?<!${L})${word}(?!${L})`, 'u')
      : new RegExp(`(?<!${L})${AR_PREFIX}${word}(?!${L})`, 'u');
  return pattern.test(matchView(source).text);
}
