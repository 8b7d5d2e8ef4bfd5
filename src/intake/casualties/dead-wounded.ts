// "إثر وفاة جريحين متأثرين بإصاباتهما", "وتوفي جريحان": the wounded whose death is told are dead, not wounded.

/**
 * The wounded noun starting at `nounStart` of the clause is the subject or object of a verb or noun of
 * dying that ends right before it (`deathCueEnds`): those wounded died since, counted among the dead
 * by the cue of dying; they are no count of wounded.
 */
export function woundedToldDead(text: string, nounStart: number, deathCueEnds: readonly number[]): boolean {
  return deathCueEnds.some((end) => end <= nounStart && /^\s+$/u.test(text.slice(end, nounStart)));
}
