// A toll told of the whole country: the events it sums may be in any governorate.
import type { Language } from '../../content/schema.js';
import { findCasualties } from '../casualties/casualties.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { ACROSS_EN, COUNTRY_EN } from './whole-country.js';

const WHOLE_AR = anyOf(['العراق', 'سوريا', 'البلاد']);

/**
 * "A string of attacks across Iraq killed six people, … to retake the northern city of Mosul": the
 * toll is the country's, whatever town the rest of the sentence names ("هجمات في أنحاء متفرقة من
 * العراق", "في عدة محافظات" likewise).
 */
const COUNTRY_WIDE = new RegExp(
  `(?<!${L})(?:${anyOf([...ACROSS_EN, 'around'])} ${COUNTRY_EN}|(?:${anyOf(['أنحاء', 'مناطق', 'محافظات'])}) (?:(?:${anyOf(['متفرقة من', 'مختلفة من', 'مختلف'])}) )?(?:${WHOLE_AR})|${anyOf(['عدة محافظات', 'محافظات عدة', 'مختلف المحافظات'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells of the whole country ("across Iraq", "في أنحاء متفرقة من العراق"). */
export const acrossCountry = (matchText: string): boolean => COUNTRY_WIDE.test(matchText);

/**
 * The clause gives a toll of its own, told of the whole country (not a lead with no figure, "قتل وجرح
 * عدد من الأشخاص في عدة محافظات", whose incident took its figures from the first item after it).
 */
export function countryWideToll(clause: string, lang: Language): boolean {
  const view = matchView(clause);
  if (!acrossCountry(view.text)) return false;
  const own = findCasualties(view, lang);
  return own.killed !== null || own.wounded !== null;
}
