// A wounded count, then "one of them died of his wounds" in the same clause: one of those moves to the dead.
import { OWN_WOUNDS_AR } from './died-of-wounds.js';
import { L, anyOf } from './word-pattern.js';

const ONE_OF_THEM = anyOf(['أحدهم', 'أحدهما', 'إحداهن', 'إحداهما']);
const TWO_OF_THEM = anyOf(['اثنان منهم', 'اثنين منهم']);
const DIED_AR = anyOf(['توفي', 'توفيت', 'توفيا', 'فارق', 'فارقت', 'فارقا']);

/**
 * "أصيب ثلاثة آخرون، توفي أحدهم فجر اليوم", "وفارق اثنان منهم الحياة", "wounding four, one of whom
 * later died", "one of them died in hospital": that many of the wounded the clause counted died since.
 */
const DIED_SINCE = new RegExp(
  `(?<!${L})(?:${DIED_AR})\\s+(?:(?<one>${ONE_OF_THEM})|(?<two>${TWO_OF_THEM}))(?!${L})|(?<!${L})(?:(?<en1>one)|(?<en2>two)) of (?:whom|them)\\s+(?:(?:later|has|had|since|also|subsequently)\\s+)?(?:died|succumbed)(?!${L})`,
  'u',
);

/** "لكنه فارق الحياة", "إلا أنها توفيت", "ثم توفي": he or she, told wounded just before, died. */
const HE_DIED_AR = `(?:${anyOf(['لكنه', 'لكنها', 'ولكنه', 'ولكنها', 'إلا أنه', 'إلا أنها', 'غير أنه', 'غير أنها', 'ثم'])})\\s+(?:${anyOf(['فارق', 'فارقت', 'توفي', 'توفيت'])})`;
/** "who later died of his wounds", "but he succumbed to his injuries": the same in English. */
const HE_DIED_EN = `(?:who|but (?:he|she))\\s+(?:(?:later|has|had|since|then|subsequently)\\s+)?(?:died|succumbed)`;
/**
 * "وإصابة ثالث بجروح بليغة، لكنه فارق الحياة ليلاً متأثراً بجراحه", "wounding a third man, who later
 * died of his wounds": the one wounded, named only by a pronoun, died of those wounds.
 */
const THE_ONE_DIED = new RegExp(
  `(?<!${L})(?:${HE_DIED_AR}[^.؛;]*?(?:${anyOf(OWN_WOUNDS_AR)})|${HE_DIED_EN}\\s+(?:of|from|to)\\s+(?:his|her)\\s+(?:wounds|injuries))(?!${L})`,
  'u',
);

/**
 * How many of the `wounded` counted before it (at `woundedAt`, in matching form) the clause tells died
 * since, or 0: the editor counts them dead, no longer wounded. A pronoun ("لكنه فارق الحياة") is read
 * only where one was wounded, whom it can only name.
 */
export function woundedSinceDead(matchText: string, woundedAt: number, wounded: number): number {
  const after = matchText.slice(woundedAt);
  const g = DIED_SINCE.exec(after)?.groups;
  if (g) return g.two || g.en2 ? 2 : 1;
  return wounded === 1 && THE_ONE_DIED.test(after) ? 1 : 0;
}
