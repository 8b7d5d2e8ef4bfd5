// A vaguer toll told again ("more than a dozen"), the same event told loosely.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { detectLanguage } from '../article/language.js';
import { unknownPlaceName } from '../places/unknown-place.js';
import { approximateValues } from '../casualties/casualty-notes.js';
import { spanOf } from '../reading/count.js';

/**
 * "More than a dozen people were killed…", "at least 15 were wounded" with no place of its own: the
 * event just told, told loosely. Not where each names a spot the gazetteer does not know, and they
 * differ: "ما بين ستة وثمانية من عناصره أصيبوا إثر غارة استهدفت مركزه في حي الأنصاري" after "قتل طفل
 * ووالده … على حي بستان القصر" ("between five and seven rescuers were hurt when a strike hit their
 * centre in the Kalasa district" after a strike on Bustan al-Basha) is another blow.
 */
export function toldLoosely(current: Building, facts: ClauseFacts): boolean {
  if (facts.place?.governorate || !facts.notes.some((n) => n.reason === 'casualties-approximate'))
    return false;
  // "On Monday, strikes killed nine and wounded between 10 and 12", "وفي يوم الاثنين…": a clause that
  // opens with a day of its own is the next item of a roundup, not the event before told loosely
  if (facts.opensWithDate) return false;
  // "CTS said its troops killed 25 IS fighters …, and that fewer than 300 militants remained": a loose
  // number that counts something else (the living) leaves the clause's own toll exact, another event's
  const loose = approximateValues(facts.notes);
  const own = [facts.casualties.killed, facts.casualties.wounded].flatMap((c) =>
    c === null ? [] : [spanOf(c)],
  );
  if (loose.length > 0 && !loose.some((v) => own.some((s) => v >= s.low && v <= s.high))) return false;
  // "…said an air strike on Monday had killed between 10 and 15 Islamic State fighters" after a car
  // bomb on the police: a toll of other victims (the side hit named, and none the event hit) is
  // another blow's, however loosely told
  if (
    facts.targets.length > 0 &&
    current.targets.length > 0 &&
    !facts.targets.some((t) => current.targets.includes(t))
  )
    return false;
  const lang = detectLanguage(facts.text);
  const spot = unknownPlaceName(facts.text, lang);
  const its = current.placeName;
  // (a spot named where the event was placed by the gazetteer, or as "a village", is where it happened)
  return its === null || spot === null || spot === its;
}
