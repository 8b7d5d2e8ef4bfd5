// Where someone is accused of having done wrong before: not where the event happened.

/**
 * "دورية توجهت لاعتقال ضابط سابق متهم بارتكاب انتهاكات في سجن صيدنايا", "a former officer accused of
 * torturing detainees at Saydnaya prison": the place of the deeds the person is accused of (to the end
 * of the phrase) is where those deeds were done, long before; the event told may be far from it.
 */
const ACCUSED_OF =
  /(?<![\p{L}])(?:ال)?متهم(?:ا|اً|ًا|ة|ين|ون)?\s+(?:ب(?:ارتكاب|انتهاكات|جرائم|تعذيب|التورط)|بال(?:تورط|مشاركة))[^،,.؛]*|(?<![\p{L}])accused\s+of\s+(?:(?:committing|involvement\s+in|taking\s+part\s+in)\s+)?(?:abuses|violations|(?:war\s+)?crimes|atrocities|torture|torturing)[^,.;]*/giu;

/** The text with the place of deeds someone is accused of blanked (same length, offsets keep). */
export function withoutPastDeeds(text: string): string {
  return text.replace(ACCUSED_OF, (m) => ' '.repeat(m.length));
}
