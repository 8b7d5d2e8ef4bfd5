import { CITY_PART_NOUNS, DESIGNATORS_BEFORE } from './place-words.js';
import { arabicReadings, isIn, type Token } from './tokens.js';

/** Words that say the place after them holds the names before it: "in", "of", "في", "ضمن" (within). */
const CONTAINER_WORDS = new Set(['in', 'of', 'في', 'ضمن']);
/**
 * Skipped between that word and the holder's name: "the city of", "مدينة"; the security sector named
 * for the place, "ضمن قاطع عمليات نينوى" (within the Nineveh operations sector).
 */
const HOLDER_WORDS = new Set([...DESIGNATORS_BEFORE, 'the', 'قاطع', 'عمليات']);
/**
 * English words for the land around a place, told before it with "of": "the southern countryside of
 * Raqqa", "the outskirts of Homs" (Arabic glues them as designators: "ريف الرقة").
 */
const LAND_OF = new Set(['countryside', 'outskirts']);
/** At most this many words of other names listed with the first before their holder ("وحي حلب الجديدة"). */
const MAX_LISTED_WORDS = 4;
/** Breaks that end a list of names (a comma does not). */
const LIST_BREAK = /[.;؛:!?؟()"«»\n]/;

/**
 * The word for what the names are, told after them ("the al-Mansour district of Raqqa", "the Hamra
 * and Rawda neighbourhoods of Homs"): the names are held by the place after "of" all the same.
 */
const KIND_AFTER = new Set([...CITY_PART_NOUNS, 'areas']);

const startsWithAnd = (token: Token | undefined): boolean =>
  token !== undefined &&
  (token.arabic ? arabicReadings(token.norm, true).some((r) => r.clitic === 'و') : token.norm === 'and');

/** Whether "in" is glued to the word: "بحلب", "بمدينة". */
const gluedIn = (token: Token): boolean =>
  token.arabic && arabicReadings(token.norm, true).some((r) => r.clitic === 'ب');

/**
 * The token saying "in": the word before the holder's designators, or one glued to them ("بمدينة حلب",
 * "بحلب"); the land told around the holder is one of them ("near X, in the southern countryside of
 * Raqqa": X lies in Raqqa's countryside, as "قرب X في ريف الرقة" tells it).
 */
function containerCue(tokens: readonly Token[], holder: number): number | undefined {
  if (gluedIn(tokens[holder]!)) return holder;
  let j = holder - 1;
  if (tokens[j]?.norm === 'of' && isIn(LAND_OF, tokens[j - 1])) j -= 2;
  while (j >= 0 && isIn(HOLDER_WORDS, tokens[j])) {
    if (gluedIn(tokens[j]!)) return j;
    j--;
  }
  return j >= 0 && CONTAINER_WORDS.has(tokens[j]!.norm) ? j : undefined;
}

/**
 * Whether the names ending before token `after` are held by the place whose name starts at token
 * `holder`: "حي الحمدانية وحي حلب الجديدة في مدينة حلب", "the Hamdaniya and New Aleppo districts of
 * Aleppo city". The city the article puts them in wins over a namesake elsewhere; the names may be
 * listed with others ("and", "و") before it.
 */
export function heldBy(sentence: string, tokens: readonly Token[], after: number, holder: number): boolean {
  const cue = containerCue(tokens, holder);
  if (cue === undefined || cue < after) return false;
  let named = cue;
  while (named > after && KIND_AFTER.has(tokens[named - 1]!.norm)) named--;
  const listed = tokens.slice(after, named);
  if (listed.length > MAX_LISTED_WORDS || (listed.length > 0 && !startsWithAnd(listed[0]))) return false;
  return !LIST_BREAK.test(sentence.slice(tokens[after - 1]?.end ?? 0, tokens[cue]!.start));
}
