// Where the dead found were taken before they were killed: not where their bodies were found.

/**
 * "انتشلت الشرطة تسع جثث من النهر، يعتقد أن أصحابها اختطفوا في بغداد": the place the victims were
 * seized in, told of them as an earlier deed by the pronoun of their bodies ("أصحابها"), is where
 * they were taken, often far from where they were found. The words up to the end of the phrase.
 * (English copy names where the bodies were found first, which the resolver already prefers.)
 */
const TAKEN_FROM =
  /(?<![\p{L}])(?:أصحابها|اصحابها)\s+(?:قد\s+|كانوا\s+)?(?:اختطفوا|خطفوا|اختُطفوا|خُطفوا|اعتقلوا|اقتيدوا)\s+(?:في|من)\s+[^،,.؛]*/gu;

/** The text with where the dead found had been seized blanked (same length, offsets keep). */
export function withoutTakenFrom(text: string): string {
  return text.replace(TAKEN_FROM, (m) => ' '.repeat(m.length));
}
