// "27 were killed, among them eight children, and dozens wounded": the wounded told by no number.

/** Words that stand for a number nobody gave: "dozens", "scores", "many". */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set([
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'tens',
  'many',
  'several',
  'numerous',
]);

/**
 * The words between an English count and the casualty verb after it name a vague quantity ("… eight
 * children, and dozens wounded", "two soldiers and scores of civilians were hurt"): the verb's
 * subject is that quantity, which says no number, so the count before it is not the verb's.
 */
export function vagueSubjectBetween(words: readonly string[]): boolean {
  return words.some((w) => VAGUE_QUANTITIES.has(w));
}
