// "…في منطقة الحسينية شمال شرقي العاصمة", then "وفي حادث منفصل، أصيب شخصان … في منطقة الشعب": a
// quarter the gazetteer does not know, named without its city after an event told in a city, lies in
// that city (reporters name a city's quarters bare once the city is told).
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf, escapeRegExp } from '../reading/word-pattern.js';

/** Words that tell a quarter or area of a town before its name: "حي الشعب", "منطقة البياع". */
export const QUARTER_BEFORE = anyOf(['حي', 'بحي', 'وحي', 'منطقة', 'بمنطقة', 'ومنطقة']);
/** Words that tell one after its name: "the Shaab neighbourhood", "the Baya'a district". */
const QUARTER_AFTER = ['neighbourhood', 'neighborhood', 'district', 'quarter', 'area'].join('|');
/**
 * A place told as in a city or as a quarter itself: "شمال شرقي العاصمة", "منطقة الحسينية", "حي
 * الزهراء", "in the capital", "the Karrada district".
 */
const IN_CITY = new RegExp(
  `(?<!${L})(?:${anyOf(['العاصمة', 'بالعاصمة', 'مدينة', 'بمدينة', 'حي', 'بحي', 'منطقة', 'بمنطقة'])}|city|capital|neighbou?rhood|quarter|district)(?!${L})`,
  'iu',
);

/**
 * Whether `name`, a spot the gazetteer does not know, is told in `view` (the clause's match view) as
 * a quarter, and the event told before it (`beforeText`, its place and clause as written) as in a city.
 */
export function quarterOfCityTold(view: string, name: string, beforeText: string): boolean {
  const own = escapeRegExp(normalizeForMatch(name));
  const quarter = new RegExp(
    `(?<!${L})(?:(?:${QUARTER_BEFORE}) ${own}(?!${L})|${own} (?:${QUARTER_AFTER})(?!${L}))`,
    'iu',
  );
  return quarter.test(view) && IN_CITY.test(normalizeForMatch(beforeText));
}
