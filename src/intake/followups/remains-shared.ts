// "…باشرت الفرق بانتشال الرفات، وتم حتى الآن استخراج 47 جثة": the bodies counted of remains just told.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { AR_PREFIX } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** A count of bodies: "47 جثة", "جثث 12 شخصاً", "30 bodies", "the remains of 12". */
const BODIES = new RegExp(
  `(?<!${L})${AR_PREFIX}(?:${anyOf(['جثة', 'جثث', 'جثمان', 'جثامين', 'رفات'])})(?!${L})|(?<!${L})(?:bodies|corpses|remains)(?!${L})`,
  'u',
);

/**
 * "…باشرت فرق الطب العدلي بانتشال الرفات، وتم حتى الآن استخراج 47 جثة", "teams began exhuming the
 * grave on Saturday, and have recovered 31 bodies so far": the bodies a clause counts after the
 * clause before, in the same sentence, told of a mass grave or remains are those remains (victims of
 * long ago, found now), not the dead of an event of the news; not where the clause names an event or
 * a day of its own. `remainsBefore`: the clause before told of remains.
 */
export function sharesRemains(remainsBefore: boolean, facts: ClauseFacts): boolean {
  return remainsBefore && !facts.eventDate && !facts.eventNamed && BODIES.test(facts.matchText);
}
