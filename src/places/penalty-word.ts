// "أوقف العمل بعقوبة الإعدام": "بعقوبة" is also the preposition ب glued to the noun "عقوبة"
// (penalty), which court stories write before the penalty it names; Baqubah is never so followed.

/** The penalty "عقوبة" names, in construct right after it: death, prison, detention, a fine. */
const PENALTY_AFTER =
  /^[\s\u0640]*(?:ال)?(?:إعدام|اعدام|سجن|حبس|مؤبد|غرامة|غرامه|أشغال|اشغال|جلد)(?![\p{L}\p{N}])/u;

/** "بعقوبة", written, with or without its vowel marks and tatweel. */
const PENALTY_WORD_WITH_BA =
  /^ب[\p{M}\u0640]*ع[\p{M}\u0640]*ق[\p{M}\u0640]*و[\p{M}\u0640]*ب[\p{M}\u0640]*[ةه][\p{M}]*$/u;

/**
 * The name at [start, end) is the words "بـ + عقوبة" (with a penalty), not the city: it is written
 * "بعقوبة" and the penalty named follows it ("بعقوبة الإعدام", "بعقوبة السجن المؤبد").
 */
export function namesPenalty(sentence: string, start: number, end: number): boolean {
  return PENALTY_WORD_WITH_BA.test(sentence.slice(start, end)) && PENALTY_AFTER.test(sentence.slice(end));
}
