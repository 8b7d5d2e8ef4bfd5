// A governorate's name given as a man's first name: "said Muthanna Al Tamimi".
import type { Entry } from './types.js';

/** A family name in the Arab manner right after: "Al Tamimi", "al-Jubouri", "el-Sayed". */
const FAMILY_NAME_AFTER = /^\s+(?:Al|al|El|el)[-\s]\p{Lu}/u;

/**
 * "said Muthanna Al Tamimi, head of the provincial security committee": a governorate named in
 * English and followed at once by a family name ("Al Tamimi", "al-Jubouri") is a person's first
 * name, not the place. Only a governorate's own name is read so: a town written "X al-Y" ("Busra
 * al-Harir", "Tel al-Sheer") is a place of its own the gazetteer may lack, and keeps its first word.
 */
export function governorateAsFirstName(sentence: string, entry: Entry, end: number): boolean {
  return entry.kind === 'governorate' && FAMILY_NAME_AFTER.test(sentence.slice(end, end + 12));
}
