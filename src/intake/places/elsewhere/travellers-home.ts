// Where travellers come from: who they are, not where they were hit on the road.

/** People told by their being on the road: travellers, passengers, pilgrims. */
const AR_TRAVELLERS = [
  'مسافر',
  'مسافرا',
  'مسافراً',
  'مسافرين',
  'مسافرون',
  'المسافرين',
  'المسافرون',
  'راكب',
  'راكبا',
  'راكباً',
  'ركاب',
  'الركاب',
  'زوار',
  'الزوار',
  'زائرا',
  'زائراً',
  'زائرين',
  'الزائرين',
  'حجاج',
  'الحجاج',
];

/** Words as written (the clause's place is read on its text as written, not its matching form). */
const oneOf = (words: readonly string[]): string => `(?:${words.join('|')})`;

/** What ends the home's words: a time of day, a place word of the spot, a preposition, a verb's "after". */
const AR_STOP = [
  'ليلة',
  'ليل',
  'مساء',
  'صباح',
  'فجر',
  'ظهر',
  'أمس',
  'يوم',
  'اليوم',
  'في',
  'على',
  'عند',
  'قرب',
  'بالقرب',
  'بين',
  'بعد',
  'أثناء',
  'خلال',
  'كانوا',
  'كان',
  'إثر',
];

/**
 * "قتل مسلحون أربعة مسافرين من أهالي مدينة X ليلة …، بعد أن أوقفوا حافلتهم … قرب بلدة Y", "خطف ركاب من
 * سكان X على الطريق", "gunmen killed five travellers from X at a fake checkpoint near Y": travellers,
 * passengers and pilgrims are told by the town they come from, which they had left for the road; the
 * spot they were hit is told apart. Their home (up to four words, stopping at a time of day, a
 * preposition or a comma) is left out of the clause's place; a clause that names no other place falls
 * back on the article's.
 */
const TRAVELLERS_HOME = new RegExp(
  `(?<![\\p{L}])(?:${oneOf(AR_TRAVELLERS)})\\s+(?:من\\s+(?:أهالي|اهالي|سكان|أبناء|ابناء)|من)\\s+((?:(?!${oneOf(AR_STOP)}(?![\\p{L}]))(?!و\\p{L})[^\\s،,.؛:()]+\\s*){1,4})|(?<![\\p{L}])(?:travell?ers|passengers|pilgrims|commuters)\\s+from\\s+(?:the\\s+)?((?:(?!(?:who|on|in|at|near|when|were|was|had|as|after|outside|along)(?![\\p{L}]))[^\\s,.;:()]+\\s*){1,4})`,
  'giu',
);

/** The text with where travellers come from blanked (same length, offsets keep). */
export function withoutTravellersHome(text: string): string {
  return text.replace(TRAVELLERS_HOME, (m) => ' '.repeat(m.length));
}
