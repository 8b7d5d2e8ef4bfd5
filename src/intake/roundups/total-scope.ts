// Where a lead total is told to fall: its clause, or the rest of its sentence where the clause names none.
import { governoratesWithCountryside } from './city-countryside.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "in Baghdad and southern cities", "in Basra and the other provinces", "in Baghdad and the southern
 * provinces", "في بغداد ومدن الجنوب", "في دمشق ومحافظات أخرى": a place, then cities or provinces in
 * the plural beside it — several governorates, though only one is named.
 */
const AND_OTHER_PLACES = new RegExp(
  `(?<!${L})and (?:the )?(?:(?:other|several|many|southern|northern|eastern|western|central) )?(?:cities|provinces|governorates|towns across)(?!${L})|(?<!${L})(?:${anyOf(['ومدن', 'ومحافظات'])}) (?:${anyOf(['الجنوب', 'الشمال', 'أخرى', 'عدة', 'الوسط'])})(?!${L})`,
  'u',
);

/**
 * "killed at least nine people, most of them in Hama", "mostly in the north", "سقط 20 قتيلاً معظمهم في
 * حمص", "أغلبهم في ريف إدلب": the place that holds most of the toll, told so because the rest fell
 * elsewhere — a toll of several places, though only one is named.
 */
const MOST_OF_IT_IN = new RegExp(
  `(?<!${L})(?:most of them|most of whom|the majority of them|mostly|mainly)(?:,)? (?:in|on|around|near)(?!${L})|(?<!${L})(?:${anyOf(['معظمهم', 'أغلبهم', 'غالبيتهم', 'معظمها', 'أغلبها'])}) (?:${anyOf(['في', 'ب'])})`,
  'u',
);

/**
 * "قتل 15 شخصاً بينهم 12 مسلحاً، وأصيب ثمانية آخرون، في أعمال عنف متفرقة شهدتها محافظات بغداد
 * وديالى وبابل": the clause that counts the dead names no place, the sentence names the several
 * governorates the toll fell in; the total is placed nowhere, whatever governorate it was lent
 * (a clause with a governorate of its own keeps it: "five killed in Baghdad, two in Diyala"); so is
 * one told of a governorate and other cities beside it ("in Baghdad and southern cities"), or with
 * most of it in one ("most of them in Hama"), and one
 * told of a city and its countryside where that countryside is a governorate of its own ("في دمشق
 * وريفها", "in Damascus and its countryside": Damascus and Rif Dimashq).
 */
export function toldAcrossSeveral(clause: string, sentence: string): boolean {
  const text = normalizeForMatch(clause);
  if (AND_OTHER_PLACES.test(text) || MOST_OF_IT_IN.test(text)) return true;
  const own = governoratesWithCountryside(clause).length;
  return own > 1 || (own === 0 && governoratesWithCountryside(sentence).length > 1);
}
