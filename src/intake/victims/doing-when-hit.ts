// "Two members of a civilian team recovering bodies from the ruins were killed", "three soldiers
// manning a checkpoint were wounded": what the counted were doing when hit.

/**
 * Right after the count's noun (or the owner of its partitive, "of a civilian team", kept), a present
 * participle with what it governs ("recovering bodies from the ruins of Raqqa", "manning a checkpoint
 * on the road"), up to the passive "was"/"were": what the counted were doing, the count before it
 * still the verb's subject (the "bodies" it names count no one). Not "including …" (who was among
 * them), a saying verb's clause ("adding that no forces were hurt": a count of its own), nor a span
 * that tells a casualty of its own.
 */
export const DOING_WHEN_HIT =
  /^(\s*(?:of\s+(?:[\p{L}-]+\s+){1,4}?)?)(?!(?:including|excluding|according|during|following|working|adding|saying|noting|stating)(?![\p{L}]))\p{L}{2,}ing\s+(?:(?!(?:killed|killing|wounded|wounding|injured|injuring|died|dead|that)(?![\p{L}]))[^,.;"“”])*?(?=\s(?:was|were)(?![\p{L}]))/u;
