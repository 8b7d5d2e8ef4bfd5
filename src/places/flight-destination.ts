// Where people fled, were sent or were bound is where they went, not where the event happened.

/**
 * Flight and withdrawal: "فرار من تبقى منهم", "هربوا", "انسحاب عناصر التنظيم", "نزوح الأهالي"; a few
 * words (who fled) may come between the verb and where to.
 */
const FLED_AR =
  '(?:و|ب)?(?:فرار|فر|فروا|فرّ|فرّوا|هرب|هربوا|هروب|انسحاب|انسحبوا|انسحب|نزوح|نزحوا|فارين|هاربين|منسحبين)';
/** "باتجاه", "نحو", "إلى", "صوب", and the kind of place after it: "باتجاه بلدة الهبيط". */
const TOWARDS_AR =
  '(?:باتجاه|بإتجاه|اتجاه|نحو|صوب|إلى|الى)(?:\\s+(?:مدينة|بلدة|قرية|منطقة|مناطق|قضاء|ناحية))?';

/**
 * "fled to", "retreated towards", "the transfer of several prisoners to", "were transferred to":
 * people leaving for a place, or sent there; "the bus was travelling west towards X when it was
 * ambushed", "heading to": where travellers were bound, not where they were hit.
 */
const FLED_EN =
  '(?:fled|flee|fleeing|flees|retreated|retreating|withdrew|withdrawing|transfer|transfers|transferred|transferring|travelling|traveling|heading|headed)';

/**
 * "بعد مقتل عدد من الإرهابيين وفرار من تبقى منهم باتجاه بلدة X في ريف Y", "a dispute over the
 * transfer of several prisoners to Erbil": the destination, from the word "to"; in Arabic with the
 * places that situate it, to the end of the phrase; in English its capitalised name, "the town of"
 * perhaps before it. Whence they fled ("فروا من بلدة X إلى Y") stays.
 */
const TO_DESTINATION = new RegExp(
  [
    `(?<=(?<![\\p{L}])${FLED_AR}(?:\\s+[^\\s،,.؛]+){0,3}?\\s+)${TOWARDS_AR}\\s[^،,.؛]*`,
    `(?<=(?<![\\p{L}])${FLED_EN}(?:\\s+[\\p{L}'’-]+){0,4}?\\s+)(?:to|towards?|into)\\s+(?:the\\s+)?(?:(?:city|town|village|province)\\s+of\\s+)?(?:al-|el-)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*`,
  ].join('|'),
  'gu',
);

/** The text with the places people fled or were sent to blanked (same length, offsets keep). */
export function withoutFlightDestinations(text: string): string {
  return text.replace(TO_DESTINATION, (m) => ' '.repeat(m.length));
}
