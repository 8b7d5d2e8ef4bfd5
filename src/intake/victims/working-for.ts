// "two deminers working for a private contractor were killed": whom the counted work for.

/**
 * A participle of work or service with its employer ("working for a private contractor", "employed
 * by the oil company", "serving with the border guard"), up to the passive "was"/"were" of the count
 * before it, tells who the counted are: the count before it is still the verb's subject (the article
 * in "a private contractor" counts no one).
 */
export const WORKING_FOR =
  /(?<![\p{L}])(?:working|employed|contracted|hired|serving|volunteering)\s+(?:for|by|with|at)\s+[^,.;]*?(?=\s(?:was|were)(?![\p{L}]))/gu;
