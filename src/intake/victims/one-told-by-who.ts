// "killing 11 of them and a pro-government militiaman who was guarding them": "who" says a person.
import type { Token } from '../reading/tokens.js';

/** How many words may describe the one named between "a" and "who" ("a young local guard who…"). */
const MAX_WORDS = 4;
/** Words after "a" that begin a quantity or a group, not one person ("a number of people who…"). */
const QUANTITY = new Set(['dozen', 'number', 'few', 'handful', 'couple', 'family', 'group', 'crowd']);

/**
 * "a X who…", "an X who…": one person, whatever noun names them, for only people take "who" (a noun
 * the word lists do not know, "militiaman", "truffle hunter", "sweeper", is still one more of the
 * counted). Returns the index of "who" (the relative clause tells who they were, not more of them), or null.
 */
export function oneToldByWho(tokens: readonly Token[], i: number): number | null {
  const article = tokens[i]?.word;
  if (article !== 'a' && article !== 'an') return null;
  if (QUANTITY.has(tokens[i + 1]?.word ?? '')) return null;
  for (let j = i + 2; j <= i + 1 + MAX_WORDS; j++) {
    const w = tokens[j]?.word;
    if (w === 'who') return j;
    if (w === undefined || w === 'and' || w === 'of') return null;
  }
  return null;
}
