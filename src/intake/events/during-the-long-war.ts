// "a theatre that was hit by shells and gunfire during the country's eight-year war", "تضررت المدرسة
// خلال سنوات الحرب": damage told over a whole war, named by whose it was or how long it lasted, is
// the background of a feature (a restoration, a return), not an event it reports — as "during the
// war" bare is (clause.ts).
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * In matching form (apostrophes and hyphens are spaces): "during the country s eight year war",
 * "during syria s civil war", "during the long conflict", "خلال سنوات الحرب", "طوال سنوات النزاع".
 */
const OVER_THE_WAR = new RegExp(
  `(?<!${L})(?:during|throughout) (?:the |its |\\p{L}+ s )(?:\\p{L}+ s )?(?:[\\p{L}\\p{N}]+ ){0,2}?(?:war|conflict)(?!${L})|(?<!${L})(?:${anyOf(['خلال', 'طوال', 'طيلة', 'إبان'])})\\s+(?:${anyOf(['سنوات', 'أعوام'])})\\s+(?:${anyOf(['الحرب', 'النزاع', 'الصراع'])})(?!${L})`,
  'u',
);

/** Whether a clause (its match view) tells what it tells as befallen over a whole war. */
export const overTheLongWar = (matchText: string): boolean => OVER_THE_WAR.test(matchText);
