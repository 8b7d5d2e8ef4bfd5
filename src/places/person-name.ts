// A governorate's name given as a man's first name: "said Muthanna Al Tamimi".
import type { Entry } from './types.js';

/** A family name in the Arab manner right after: "Al Tamimi", "al-Jubouri", "el-Sayed". */
const FAMILY_NAME_AFTER = /^\s+(?:Al|al|El|el)[-\s]\p{Lu}/u;
/** Who speaks, or a title, right before: "said", "told", "according to", "Mr", "spokesman". */
const SPEAKER_BEFORE =
  /(?:^|[^\p{L}])(?:said|says|told|according\s+to|Mr\.?|Dr\.?|Sheikh|spokesman|spokeswoman|official|officer|commander|governor|mayor|chief|named)\s*,?\s*$/iu;

/**
 * "said Muthanna Al Tamimi, head of the provincial security committee": a governorate named in
 * English after a speaker's verb or title and followed at once by a family name ("Al Tamimi",
 * "al-Jubouri") is a person's name, not the place. Only a governorate's own name is read so, and
 * only so placed: "at the entrance to the Daraa al-Balad neighbourhood" and towns written "X al-Y"
 * ("Busra al-Harir") are places.
 */
export function governorateAsFirstName(sentence: string, entry: Entry, start: number, end: number): boolean {
  return (
    entry.kind === 'governorate' &&
    FAMILY_NAME_AFTER.test(sentence.slice(end, end + 12)) &&
    SPEAKER_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))
  );
}
