// "four members of one family died", "three children of a single household were killed": whose they were.

/**
 * The group the counted belong to, told as one ("of one family", "of a single household"): its "one"
 * says they were all of the same group and counts nobody; the count before it is still the verb's subject.
 */
export const OF_ONE_GROUP =
  /(?<![\p{L}])of\s+(?:one|a\s+single)\s+(?:family|household|clan|tribe|house|home)(?![\p{L}])/gu;
