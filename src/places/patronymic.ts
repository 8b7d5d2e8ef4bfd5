// "the Khalid ibn al-Walid Army": a name after "son of" is a person's, not the town it also spells.

/** "ibn" or "bin" right before the name, as a word of its own. */
const SON_OF_BEFORE = /(?:^|[^\p{L}])(?:ibn|bin)[\s-]+$/iu;

/**
 * A name told in English right after "ibn" / "bin" is the father's in a person's name (or a group's,
 * a mosque's, a brigade's named after one: "Khalid ibn al-Walid", "Omar bin al-Khattab"), whatever
 * town it also spells: no place is written after "son of". (The Arabic "بن الوليد" needs no rule: a
 * name that is also a word, "الوليد", is read as a place only with a word naming it one.)
 */
export function namesFather(sentence: string, start: number): boolean {
  return SON_OF_BEFORE.test(sentence.slice(Math.max(0, start - 8), start));
}
