// A disease named only as the time of something else does not make an article one about an epidemic.
import { CUES } from './event-cues.js';
import { L, anyOf as f } from '../reading/word-pattern.js';
import { withoutOnesIllness } from '../casualties/caught-disease.js';

/**
 * "during the coronavirus lockdown", "amid the COVID-19 pandemic", "في ظل جائحة كورونا", "خلال فترة
 * حظر التجوال بسبب كورونا": the epidemic as the time an attack was told in, not what the article counts.
 */
const DISEASE_AS_TIME = new RegExp(
  `(?<!${L})(?:during|amid|under|despite)\\s(?:the\\s)?(?:coronavirus|covid-19|covid)\\s(?:lockdown|curfew|restrictions|pandemic|crisis)(?!${L})|(?<!${L})(?:${f(['خلال', 'في ظل', 'أثناء', 'رغم'])})\\s+(?:${f(['فترة'])}\\s+)?(?:${f(['جائحة', 'أزمة', 'حظر التجوال بسبب', 'الحجر الصحي بسبب'])})\\s+(?:${f(['فيروس'])}\\s+)?(?:${f(['كورونا', 'كوفيد'])})(?!${L})`,
  'gu',
);

/**
 * The clause (in matching form) names a disease as what it tells of: in an article about an
 * epidemic, casualties with no word for violence are the disease's cases and deaths. Not where the
 * disease is only the time of the news ("IS has stepped up attacks during the coronavirus
 * lockdown"): the article's dead are an attack's.
 */
export function namesEpidemic(matchText: string): boolean {
  // (nor where it is one person's illness, "بسبب إصابته بفيروس كورونا": caught-disease.ts)
  return (
    CUES.disease.test(matchText) &&
    CUES.disease.test(withoutOnesIllness(matchText.replace(DISEASE_AS_TIME, ' ')))
  );
}
