// "A militia spokesman said three of its fighters had been killed in the fighting, which he said the
// other side began." then "The Kurdish command rejected that account": a side's count of its own dead
// is no claim the other side disputes — the rejection is of the rest of the account (who began it).

/**
 * "of its fighters", "of their own men", "of our ranks" (pattern source, matching form): a side's own
 * men, as one of its tellers counts them — the dead a side owns to (fight-sides.ts OWN_DEAD) too.
 */
export const OF_OWN_MEN_EN = String.raw`of\s+(?:its|their|our)\s+(?:own\s+)?(?:fighters|members|troops|soldiers|men|personnel|ranks)`;

/** A teller's count of its own men killed (matching form): "three of its fighters had been killed". */
const OWN_DEAD_COUNTED = new RegExp(
  String.raw`(?<![\p{L}])${OF_OWN_MEN_EN}\s+(?:had\s+been|have\s+been|were|was)\s+killed(?![\p{L}])`,
  'u',
);

/** Any other killing told in the sentence (a count of the enemy too, which the denial may be of). */
const KILLING = /(?<![\p{L}])(?:kill|killed|killing|dead|died|deaths?)(?![\p{L}])/gu;

/**
 * The sentence (matching form) counts its teller's own men killed and tells no other killing: the
 * next sentence's denial is not of those dead.
 */
export function toldOwnDeadOnly(sentence: string): boolean {
  return OWN_DEAD_COUNTED.test(sentence) && [...sentence.matchAll(KILLING)].length === 1;
}
