/**
 * The Arabic nouns for wounds, bare and after "ب" ("أصيب بجروح", "متأثراً بجراح"): what the wounded
 * are hurt with and the dead died of. Never "إصابة", which is also an infection's case.
 */
export const WOUND_NOUNS_AR = ['بجراح', 'بجروح', 'جراح', 'جروح'] as const;
