// "Three fighters from a Sunni tribal force were killed": whose men the counted were, told by "from"
// as by "of", before the passive.

/** The most words "from" and the force's name may take before "were": "from a Sunni tribal force". */
const FORCE_WORDS = 8;

/**
 * The words between a count and its passive cue past a "from" naming the force or the place the
 * counted came from ("Three fighters from a Sunni tribal force were", "Two soldiers from the
 * army's Fifth Corps were"), from the form of "be" on, so the name's length does not part the
 * count from its verb as "of" does not (casualties-en.ts); else null (no "from" first, or no verb
 * within reach). `isBe`: whether a word is a form of "be" or a verb taking the wounds as object.
 */
export function pastMembersFrom(between: readonly string[], isBe: (w: string) => boolean): string[] | null {
  if (between[0] !== 'from') return null;
  const verb = between.findIndex(isBe);
  return verb > 0 && verb <= FORCE_WORDS ? between.slice(verb) : null;
}
