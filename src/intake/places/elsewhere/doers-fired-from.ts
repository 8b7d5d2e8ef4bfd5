// "rebels in the eastern Ghouta region fired rockets at Damascus": where those who fired are is not
// where their fire fell.
import type { PlaceResolver } from '../../incidents/clause-facts.js';
import type { Language } from '../../../content/schema.js';

/**
 * A side told by where it is ("rebels in X", "militants holed up in X", "مسلحون في X") right before
 * it fires ("fired", "launched", "shelled", "أطلقوا", "قصفوا"), the place's few words up to that verb;
 * or, in Arabic, the side after "أطلقها"/"أطلقتها" and its place up to "على", where the fire fell
 * ("قذائف أطلقها مسلحون في X على Y").
 */
const DOERS_IN =
  /(?<![\p{L}])(?:rebels?|militants?|insurgents?|fighters|gunmen|jihadists?|opposition|troops|forces)\s+(?:(?:based|positioned|holed\s+up)\s+)?in\s+((?:(?!(?:fired|launched|lobbed|shelled|rained|and|who|on|at)(?![\p{L}]))[^\s,.;:]+\s+){1,5})(?=(?:fired|launched|lobbed|shelled|rained)(?![\p{L}]))|(?<![\p{L}])(?:مسلحون|مسلحين|المسلحون|المسلحين|إرهابيون|إرهابيين|الإرهابيون|الإرهابيين|عناصر|فصائل|الفصائل)\s+((?:في|ب)\s*(?:(?!(?:أطلقوا|اطلقوا|أطلقت|اطلقت|قصفوا|قصفت|على)(?![\p{L}]))[^\s،,.؛:]+\s+){1,4})(?=(?:أطلقوا|اطلقوا|أطلقت|اطلقت|قصفوا|قصفت)(?![\p{L}]))|(?<![\p{L}])(?:أطلقها|أطلقتها|اطلقها|اطلقتها)\s+(?:[^\s،,.؛:]+\s+){1,2}?((?:في|ب)\s*(?:(?!على(?![\p{L}]))[^\s،,.؛:]+\s+){1,4})(?=على(?![\p{L}]))/gu;

/**
 * The clause's text (as written) less the place of those who fired, where the rest of it still names
 * a governorate (the place struck); where it names none, the firers' place is all the clause says,
 * and is kept.
 */
export function withoutDoersFiredFrom(text: string, lang: Language, resolvePlace: PlaceResolver): string {
  if (!/fired|launched|lobbed|shelled|rained|أطلق|اطلق|قصف/u.test(text)) return text;
  const blanked = text.replace(DOERS_IN, (m, en?: string, ar?: string, after?: string) => {
    const place = en ?? ar ?? after ?? '';
    const at = m.lastIndexOf(place);
    return at < 0 ? m : m.slice(0, at) + ' '.repeat(place.length) + m.slice(at + place.length);
  });
  return blanked !== text && resolvePlace(blanked, lang)?.governorate ? blanked : text;
}
