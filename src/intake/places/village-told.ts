// An unknown place told as a village: too small for the gazetteer, it lies among the places the
// article tells, not in a city whose quarter it might be.
import { normalizeForMatch } from '../../text/normalize.js';
import { L, escapeRegExp } from '../reading/word-pattern.js';

/**
 * "قرب قرية عقارب الصافية", "near the village of Tal Ward": `name`, a place the gazetteer does not
 * know, told with the word for a village right before it — unlike "حي الواسطي" or "منطقة عون", a
 * quarter or an area that may lie in a city of another governorate than the article's other events.
 */
export function toldAsVillage(source: string, name: string): boolean {
  const own = escapeRegExp(normalizeForMatch(name));
  return new RegExp(
    `(?<!${L})(?:${['قرية', 'وقرية', 'بقرية', 'لقرية'].map(normalizeForMatch).join('|')})\\s+["«“]?${own}(?!${L})|(?<!${L})village of\\s+(?:the\\s+)?${own}(?!${L})`,
    'iu',
  ).test(normalizeForMatch(source));
}
