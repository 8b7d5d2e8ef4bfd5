// "Four fighters of the Hashd al-Shaabi (Popular Mobilization Forces, PMF) were killed": a gloss in brackets.

/**
 * A name glossed or shortened in brackets after it ("(PMF)", "(Popular Mobilization Forces, PMF)",
 * "(SDF)"), or who they were ("(8 and 11 years old)"): it tells again of those already counted, so
 * between a count and its verb it stands for nothing (its words would otherwise part the count from
 * the verb, and a comma in it would pair with another).
 */
export const BRACKETED_GLOSS = /\([^()]*\)/gu;
