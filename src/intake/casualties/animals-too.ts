// "Four soldiers and a military working dog were wounded", "200 sheep died of thirst": animals hurt
// or dead are no casualties.

/** The English words for animals a herd, a farm or a force keeps, singular and plural. */
const ANIMAL =
  'dogs?|horses?|sheep|cattle|cows?|camels?|donkeys?|goats?|livestock|buffalo(?:es)?|oxen|fish|poultry|chickens?|birds?';

/**
 * An animal joined after the people counted, with a few describing words ("and a military working
 * dog", "and two horses"): it stands between the count and its verb and counts no one.
 */
export const ANIMALS_JOINED = new RegExp(
  `(?<![\\p{L}])and\\s+(?:an?\\s+|two\\s+|three\\s+|several\\s+|\\d+\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:${ANIMAL})(?![\\p{L}])`,
  'gu',
);

const ANIMAL_WORD = new RegExp(`^(?:${ANIMAL})$`, 'u');

/**
 * The words of a count before its verb name animals ("40,000 buffalo have died", "200 head of
 * sheep perished"): a herd's losses, no one killed.
 */
export function animalsCounted(words: readonly string[]): boolean {
  return words.some((w) => ANIMAL_WORD.test(w));
}
