// "Madaya: A sniper killed …", "مكحول: قتل جندي …": a roundup's paragraph headed by its place and a colon.

/**
 * One to three words and a colon at the head of a paragraph, then the item: a place heading. Not a
 * saying ("وقال المصدر: …", "He said: …"): the heading is a name, never opened by "و" nor, in Latin
 * script, by a small letter.
 */
const PLACE_HEAD = /^\s*(?!و)(?![a-z])[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s*:\s+\S/u;

/**
 * "Zabadani: Two fighters were wounded …", then "Madaya: A sniper killed a man …": each paragraph of
 * a roundup headed by its place is an item of its own, whatever the item before lacked (a deed told
 * with no count, "gunmen shot the son of a tribal elder", is not completed by the next item's dead).
 * `clause`: the new paragraph's first clause; `current`: the clause the item before was told in.
 */
export function nextPlaceHeadedItem(clause: string, current: string): boolean {
  return PLACE_HEAD.test(clause) && PLACE_HEAD.test(current);
}
