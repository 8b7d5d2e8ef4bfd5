// "the wounded one", "the injured one": the hurt one told before, named by the hurt as an adjective.

/** "the wounded one": a determiner, the hurt as an adjective, and "one" standing for the person. */
const THE_HURT_ONE = /(?<![\p{L}])(?:the|its|their)\s+(?:wounded|injured|hurt)\s+ones?(?![\p{L}])/iu;

/**
 * "Both men were from Sinjar, and the wounded one was taken to hospital": after "the", "wounded" is
 * an adjective of the one already counted, not a verb whose object is a count ("wounding one"); the
 * "one" after it counts no one more. (Not "the death of two", "put the wounded at 20": a noun whose
 * count follows.)
 */
export function hurtAsAdjective(text: string, cueStart: number): boolean {
  return THE_HURT_ONE.test(text.slice(Math.max(0, cueStart - 6), cueStart + 16));
}
