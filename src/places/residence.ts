// Where a person lives is who they are, not where the news happened.

/**
 * "said the council member, who is from Hit but now lives in Baghdad", "a resident of Mosul now
 * living in Erbil": a source or a victim told by the city they live in; the deed is placed by its
 * own words, never by that home.
 */
const LIVES_IN_BEFORE = /(?:^|[^\p{L}])(?:lives|living|lived|resides|residing)\s+in\s+(?:the\s+)?$/iu;

/** The name at `start` is told as where someone lives. */
export function namesResidence(sentence: string, start: number): boolean {
  return LIVES_IN_BEFORE.test(sentence.slice(Math.max(0, start - 24), start));
}
