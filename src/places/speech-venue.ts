// Where a statement was given is not where the news happened.

/**
 * "في مؤتمر صحفي عقده ببغداد", "خلال مؤتمر صحفي في أربيل", "في مؤتمر صحافي في بغداد" (either
 * spelling), "told a news conference in Baghdad": the hall a spokesman spoke in, often the capital, far from the operation he tells of. What stands
 * between the conference and the name is at most the verb that held it ("عقده", "held") and the
 * preposition, which in Arabic may be glued to the name ("ببغداد": `clitic`).
 */
const CONFERENCE_BEFORE = new RegExp(
  '(?:^|[^\\p{L}])(?:[وبل]?(?:ال)?مؤتمرا?\\s+(?:ال)?صحا?فيا?|(?:press|news)\\s+(?:conference|briefing))' +
    '(?:\\s+(?:عقده|عقدته|عقدها|عقدوه|عقد|عقدت|(?:he|she|they|it)?\\s*held))?' +
    '\\s+(?:في|in)?\\s*$',
  'iu',
);

/** The name at [start, …) is the venue of a press conference, with `clitic` glued before it. */
export function namesSpeechVenue(sentence: string, start: number, clitic: string): boolean {
  const at = start - clitic.length;
  const before = sentence.slice(Math.max(0, at - 60), at);
  const m = CONFERENCE_BEFORE.exec(before);
  if (!m) return false;
  // the preposition is written out, or glued to the name as "ب" / "في"
  return /(?:في|in)\s*$/iu.test(m[0]) || clitic.includes('ب');
}
