// "Two members of a civilian team recovering bodies from the ruins were killed", "three soldiers
// manning a checkpoint were wounded": what the counted were doing when hit.

/**
 * A present participle with what it governs ("recovering bodies from the ruins of Raqqa", "manning
 * a checkpoint on the road"), up to the passive "was"/"were" of the count before it, tells what the
 * counted were doing: the count before it is still the verb's subject (the "bodies" it names count
 * no one). Not "including …" (who was among them) nor a span that tells a casualty of its own.
 */
export const DOING_WHEN_HIT =
  /(?<![\p{L}])(?!(?:including|excluding|according|during|following)(?![\p{L}]))\p{L}{2,}ing\s+(?:(?!(?:killed|killing|wounded|wounding|injured|injuring|died|dead)(?![\p{L}]))[^,.;])*?(?=\s(?:was|were)(?![\p{L}]))/gu;
