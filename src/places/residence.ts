// Where a person lives is who they are, not where the news happened.

/**
 * "said the council member, who is from Hit but now lives in Baghdad", "a resident of Mosul now
 * living in Erbil": a source or a victim told by the city they live in; the deed is placed by its
 * own words, never by that home.
 */
const LIVES_IN_BEFORE = /(?:^|[^\p{L}])(?:lives|living|lived|resides|residing)\s+in\s+(?:the\s+)?$/iu;

/**
 * "يقيم في X", "المقيمين في X", "بعد نزوح دام قرابة عام في X" (after a displacement that lasted a
 * year in X): where someone lives, or lived while displaced, told of a victim or a source; a few
 * words (how long) may come before "في".
 */
const LIVES_IN_BEFORE_AR =
  /(?:^|[^\p{L}])(?:يقيم|يقيمون|تقيم|يسكن|يسكنون|تسكن|المقيم|المقيمة|المقيمين|(?:نزوح|النزوح)\s+(?:دام|استمر|امتد))(?:\s+[^\s،,.؛]+){0,3}?\s+في\s+(?:(?:مدينة|محافظة|قضاء|ناحية)\s+)?$/u;

/** The name at `start` is told as where someone lives. */
export function namesResidence(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 48), start);
  return LIVES_IN_BEFORE.test(before.slice(-24)) || LIVES_IN_BEFORE_AR.test(before);
}
