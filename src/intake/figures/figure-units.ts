// What the words right after a number say it measures: a share, an area, or a counted noun
// whose caption both languages have (a count of people, fighters, troops, attacks, years).
import { normalizeForMatch } from '../../text/normalize.js';
import type { IntakePhrases } from '../drafts/phrases.js';

const f = normalizeForMatch;
export const PERCENT = new RegExp(
  `^\\s*(?:%|٪|${['في المئة', 'في المائة', 'بالمئة', 'بالمائة', 'percent', 'per cent'].map(f).join('|')})`,
  'u',
);
export const AREA = new RegExp(
  `^\\s*(?:${['كيلومتر مربع', 'كيلو متر مربع', 'كم مربع', 'كم2', 'square kilometres', 'square kilometers', 'square km', 'sq km', 'km2', 'km²'].map(f).join('|')})`,
  'u',
);
/** Counted nouns whose caption the phrase tables can give in the other language. */
export const NOUN_CAPTIONS: readonly [RegExp, keyof IntakePhrases['figure']][] = [
  [
    new RegExp(
      `^\\s*(?:${['نسمة', 'شخص', 'مواطن', 'people', 'persons', 'residents', 'inhabitants'].map(f).join('|')})`,
      'u',
    ),
    'people',
  ],
  [new RegExp(`^\\s*(?:${['مقاتل', 'مسلح', 'fighters', 'militants'].map(f).join('|')})`, 'u'), 'fighters'],
  [new RegExp(`^\\s*(?:${['عنصر', 'جندي', 'troops', 'soldiers'].map(f).join('|')})`, 'u'), 'troops'],
  [new RegExp(`^\\s*(?:${['هجوم', 'هجوما', 'هجمات', 'attacks'].map(f).join('|')})`, 'u'), 'attacks'],
  [new RegExp(`^\\s*(?:${['سنوات', 'سنة', 'عاما', 'أعوام', 'years'].map(f).join('|')})`, 'u'), 'years'],
];
