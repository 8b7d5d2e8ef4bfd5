// "Four soldiers and a military working dog were wounded": the animal is hurt too, but no casualty.

/**
 * An animal joined after the people counted, with a few describing words ("and a military working
 * dog", "and two horses"): it stands between the count and its verb and counts no one.
 */
export const ANIMALS_JOINED =
  /(?<![\p{L}])and\s+(?:an?\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\p{L}-]+\s+){0,2}(?:dogs?|horses?|sheep|cattle|cows?|camels?|donkeys?|goats?|livestock)(?![\p{L}])/gu;
