// "A militia spokesman said three of its fighters had been killed in the fighting, which he said the
// other side began." then "The Kurdish command rejected that account": a side's count of its own dead
// is no claim the other side disputes — the rejection is of the rest of the account (who began it).

/**
 * A teller's count of its own men killed (matching form): "three of its fighters had been killed",
 * "two of their own men were killed".
 */
const OWN_DEAD_COUNTED =
  /(?<![\p{L}])of\s+(?:its|their|our)\s+(?:own\s+)?(?:fighters|members|troops|soldiers|men|personnel)\s+(?:had\s+been|have\s+been|were|was)\s+killed(?![\p{L}])/u;

/** Any other killing told in the sentence (a count of the enemy too, which the denial may be of). */
const KILLING = /(?<![\p{L}])(?:kill|killed|killing|dead|died|deaths?)(?![\p{L}])/gu;

/**
 * The sentence (matching form) counts its teller's own men killed and tells no other killing: the
 * next sentence's denial is not of those dead.
 */
export function toldOwnDeadOnly(sentence: string): boolean {
  return OWN_DEAD_COUNTED.test(sentence) && [...sentence.matchAll(KILLING)].length === 1;
}
