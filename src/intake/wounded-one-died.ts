// The one wounded man, then "but he died of his wounds": he is counted dead, and no one wounded.
import { OWN_WOUNDS_AR } from './died-of-wounds.js';
import { L, anyOf } from './word-pattern.js';

/** "لكنه فارق الحياة", "إلا أنها توفيت", "ثم توفي": he or she, told wounded just before, died. */
const HE_DIED_AR = `(?:${anyOf(['لكنه', 'لكنها', 'ولكنه', 'ولكنها', 'إلا أنه', 'إلا أنها', 'غير أنه', 'غير أنها', 'ثم'])})\\s+(?:${anyOf(['فارق', 'فارقت', 'توفي', 'توفيت'])})`;
/** "who later died of his wounds", "but he succumbed to his injuries": the same in English. */
const HE_DIED_EN = `(?:who|but (?:he|she))\\s+(?:(?:later|has|had|since|then|subsequently)\\s+)?(?:died|succumbed)`;
const THE_ONE_DIED = new RegExp(
  `(?<!${L})(?:${HE_DIED_AR}[^.؛;]*?(?:${anyOf(OWN_WOUNDS_AR)})|${HE_DIED_EN}\\s+(?:of|from|to)\\s+(?:his|her)\\s+(?:wounds|injuries))(?!${L})`,
  'u',
);

/**
 * The clause (in matching form), after its wounded count at `woundedAt`, tells the one wounded dead
 * of those wounds by a pronoun ("وإصابة ثالث بجروح بليغة، لكنه فارق الحياة ليلاً متأثراً بجراحه",
 * "wounding a third man, who later died of his wounds"): read only where one was wounded, whom the
 * pronoun can only name.
 */
export function theOneWoundedDied(matchText: string, woundedAt: number): boolean {
  return THE_ONE_DIED.test(matchText.slice(woundedAt));
}
