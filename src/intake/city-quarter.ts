// "the city's al-Rumaila district": a quarter of the city just told, whatever else its name is.
import type { ClauseFacts } from './clause-facts.js';
import type { Building } from './incident-types.js';
import { L } from './word-pattern.js';

/**
 * "the city's al-Rumaila district", "the city's western Jazra neighbourhood", in matching form
 * ("the city s al rumaila district": the apostrophe and the hyphen are spaces there).
 */
const THE_CITYS_QUARTER = new RegExp(
  `(?<!${L})the\\s+city\\s+s\\s+(?:\\p{L}+\\s+){1,3}(?:district|neighbou?rhood|quarter)(?!${L})`,
  'u',
);

/**
 * "A mine exploded in the city of Raqqa", then "Another mine killed a man in the city's al-Rumaila
 * district": "the city's" points back at the city just told, so a quarter's name the gazetteer
 * knows elsewhere (an oil field of Basra) is a namesake; the place is that city's.
 */
export function quarterOfTheCity(current: Building | undefined, facts: ClauseFacts): boolean {
  const here = current?.place?.governorate;
  const there = facts.place?.governorate;
  return !!here && !!there && here.en !== there.en && THE_CITYS_QUARTER.test(facts.matchText);
}
