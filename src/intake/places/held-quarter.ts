// A city's quarter told by who holds it: English wire copy on a divided city calls its quarters
// "districts" and says whose side they are on.
import { L, escapeRegExp } from '../reading/word-pattern.js';

/**
 * "a rebel rocket hit the government-held X district", "shelling of the rebel-controlled X
 * neighbourhood": a quarter held by one side of a city's front line, not an administrative district
 * of the same name elsewhere (an Iraqi district the gazetteer knows). `name` is the place as told,
 * with its word for a quarter; `clause` the clause as written.
 */
export const toldAsHeldQuarter = (name: string, clause: string): boolean =>
  /(?:district|neighbou?rhood|quarter)$/iu.test(name) &&
  new RegExp(`(?<!${L})[\\p{L}]+-(?:held|controlled)\\s+${escapeRegExp(name)}(?!${L})`, 'iu').test(clause);
