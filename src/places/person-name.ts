// A place name that is a person's: a governorate as a first name ("said Muthanna Al Tamimi"), a name told with an age.
import type { Entry } from './types.js';

/** A family name in the Arab manner right after: "Al Tamimi", "al-Jubouri", "el-Sayed". */
const FAMILY_NAME_AFTER = /^\s+(?:Al|al|El|el)[-\s]\p{Lu}/u;
/** Who speaks, or a title, right before: "said", "told", "according to", "Mr", "spokesman". */
const SPEAKER_BEFORE =
  /(?:^|[^\p{L}])(?:said|says|told|according\s+to|Mr\.?|Dr\.?|Sheikh|spokesman|spokeswoman|official|officer|commander|governor|mayor|chief|named)\s*,?\s*$/iu;

/** A rank right before, its full stop or not: "police Capt.", "Brig. Gen.", "Lt Col". */
const RANK_BEFORE = /(?:^|[^\p{L}])(?:Lt|Lieut|Maj|Gen|Brig|Col|Capt|Sgt|Cpl|Pvt|Cmdr|Adm)\.?\s+$/u;
/** Another name right after: "Muthanna Khalid". */
const NAME_AFTER = /^\s+\p{Lu}\p{Ll}/u;

/**
 * "said Muthanna Al Tamimi, head of the provincial security committee": a governorate named in
 * English after a speaker's verb or title and followed at once by a family name ("Al Tamimi",
 * "al-Jubouri") is a person's name, not the place. Only a governorate's own name is read so, and
 * only so placed: "at the entrance to the Daraa al-Balad neighbourhood" and towns written "X al-Y"
 * ("Busra al-Harir") are places. So is one after a rank, followed by another name ("police Capt.
 * Muthanna Khalid said"): a rank is only ever given to a person.
 */
export function governorateAsFirstName(sentence: string, entry: Entry, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 30), start);
  const after = sentence.slice(end, end + 12);
  return (
    entry.kind === 'governorate' &&
    ((FAMILY_NAME_AFTER.test(after) && SPEAKER_BEFORE.test(before)) ||
      (RANK_BEFORE.test(before) && NAME_AFTER.test(after)))
  );
}

/**
 * An age right after, in brackets or between commas: "وزوجته فاطمة (٣٨ عاماً)", "Fatima (38)",
 * "Hassan, 45, was".
 */
const AGE_AFTER =
  /^\s*(?:[(（]\s*[\d٠-٩]{1,3}(?:\s*(?:و|and)\s*[\d٠-٩]{1,3})?(?:\s*(?:عام|سنة|سنوات|years?)[\p{L}\p{M}]*(?:\s+old)?)?\s*[)）]|,\s*\d{1,3}\s*,)/u;

/**
 * "وزوجته فاطمة (٣٨ عاماً)": a word told with a person's age right after it is that person's name,
 * whatever place it also spells (here, read with "ف" as a conjunction, Atmeh). Ages are given of
 * people, never of towns, so any place name so followed is read as a name.
 */
export function namedWithAge(sentence: string, end: number): boolean {
  return AGE_AFTER.test(sentence.slice(end, end + 24));
}

/** A verb of saying right before, its subject still to come: "وقالت", "قال", "أضافت", "أوضح". */
const SAYING_VERB_BEFORE =
  /(?:^|[^\p{L}])و?(?:قال|قالت|يقول|تقول|[أا]ضاف|[أا]ضافت|[أا]وضح|[أا]وضحت|[أا]كد|[أا]كدت|[أا]فاد|[أا]فادت)\s+$/u;

/**
 * "وقالت فاطمة حسن، التي فقدت ابنها": a place read with "ف" or "و" as a conjunction glued to it (here
 * Atmeh) right after a verb of saying is the speaker's name: no "and" stands between a verb and the
 * subject it has not named yet, so the whole word is one name.
 */
export function speakerNamedAfterSaying(sentence: string, start: number, clitic: string): boolean {
  if (!/^[فو]/u.test(clitic)) return false;
  const at = start - clitic.length;
  return SAYING_VERB_BEFORE.test(sentence.slice(Math.max(0, at - 16), at));
}
