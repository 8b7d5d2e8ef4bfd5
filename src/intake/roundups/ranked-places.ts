// "بغداد سجلت 250 قتيلاً، تلتها ذي قار بـ110", "Nineveh had the most, followed by Anbar with 40": places ranked by their counts.
import { AR_TENS, AR_UNITS, EN_COUNT_PATTERN } from '../reading/number-words.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "…، تلتها ذي قار بـ110 قتلى", "…، تليها كركوك بـ13", "…، تلاه ريف بانياس بـ24" (after a place
 * named in the masculine), "followed by Baghdad with 413", "followed by
 * Nineveh, with 96 killed" (the place set off by a comma): the place after it ranked by its count,
 * below the one before; what is ranked so is a tally per place over a span (a report's, a
 * ministry's), never one event.
 */
const FOLLOWED_BY = new RegExp(
  `(?<!${L})(?:${anyOf(['تلتها', 'تليها', 'يليها', 'تلاها', 'وتلتها', 'وتليها', 'ويليها', 'تلاه', 'وتلاه', 'يليه', 'ويليه'])})(?:\\s+[^\\s\\d،,.]+){1,4}?،?\\s+${anyOf(['ب', 'بواقع'])}\\s*\\d|(?<!${L})followed by(?:\\s+[^\\s\\d,.]+){1,5}?,?\\s+with\\s+\\d`,
  'u',
);

/**
 * "وتوزعت الهجمات على ريف المدينة الشمالي بواقع 12 هجوماً، وريفها الجنوبي بواقع 7": a whole spread
 * over places, each given its share by "بواقع" and a number; each share is a tally of that place over
 * the whole's span, never one event.
 */
const SPREAD_BY_SHARES = new RegExp(
  `(?<!${L})(?:${anyOf(['توزعت', 'وتوزعت', 'توزع', 'وتوزع', 'توزعوا', 'وتوزعوا', 'تتوزع', 'يتوزعون'])})(?!${L})[^.؛]*?\\s${anyOf(['بواقع'])}\\s*\\d`,
  'u',
);

/**
 * "Baghdad was again the worst-affected province, with 241 killed", "the hardest-hit governorate",
 * "وكانت بغداد المحافظة الأكثر تضرراً بـ241 قتيلاً": a place named the worst of the provinces by its
 * count heads the same ranking; its count is its share of the tally, not one event (a town "worst
 * hit" by one storm of shelling is told with the blow: only a province, a governorate or a region
 * is ranked so).
 */
const RANKED_FIRST = new RegExp(
  `(?<!${L})(?:worst|hardest|most)[- ](?:affected|hit)\\s+(?:province|governorate|region)(?!${L})|(?<!${L})(?:${anyOf(['المحافظة الأكثر', 'المحافظات الأكثر', 'أكثر المحافظات'])})\\s+(?:${anyOf(['تضررا', 'تضرراً', 'دموية', 'تسجيلا'])})(?!${L})`,
  'u',
);

/**
 * "وكانت محافظة حلب الأكثر دموية خلال الشهر، إذ سقط فيها أكثر من 2300 قتيل", "Aleppo province was
 * the deadliest, with 2,300 killed", "Anbar was the deadliest province": a province named first,
 * then ranked the deadliest of them; its count, in whichever clause of the sentence, is its share of
 * the tally.
 */
const NAMED_THEN_RANKED = new RegExp(
  `(?<!${L})(?:${anyOf(['محافظة', 'المحافظة'])})\\s+(?:[^\\s\\d،,.]+\\s+){1,3}?(?:${anyOf(['الأكثر'])})\\s+(?:${anyOf(['دموية', 'تضررا', 'تضرراً'])})(?!${L})|(?<!${L})(?:province|governorate) was (?:again |also )?the (?:deadliest|bloodiest|worst[- ]hit|hardest[- ]hit)(?!${L})|(?<!${L})was (?:again |also )?the (?:deadliest|bloodiest) (?:province|governorate|region)(?!${L})`,
  'u',
);

/** The clause (in matching form) ranks places by their counts: a tally, not an event. */
export function ranksPlacesByCount(matchText: string): boolean {
  return (
    FOLLOWED_BY.test(matchText) ||
    RANKED_FIRST.test(matchText) ||
    NAMED_THEN_RANKED.test(matchText) ||
    SPREAD_BY_SHARES.test(matchText)
  );
}

/** A count as a list item carries it: digits or a number word. */
const AR_COUNT = `(?:\\d+|${Object.keys({ ...AR_UNITS, ...AR_TENS }).join('|')})`;

/**
 * "…, 34 in Aleppo, 17 in Idlib", "، و52 في حلب، و30 في إدلب": a count and the place it fell in,
 * set one after another in a list.
 */
const SHARE_OF_PLACE = new RegExp(
  `,\\s+(?:and\\s+)?${EN_COUNT_PATTERN}\\s+in(?!${L})|،\\s*و${AR_COUNT}\\s+(?:${anyOf(['في'])})(?!${L})`,
  'gu',
);

/**
 * "and the rest in Hama", "فيما توزع الباقون على محافظتي حماة ودرعا": what is left of a whole once
 * its shares are told.
 */
const THE_REST = new RegExp(
  `(?<!${L})(?:the (?:rest|remainder|remaining|others)|(?:${anyOf(['الباقون', 'الباقين', 'الباقي', 'البقية', 'البقيه', 'توزع', 'توزعوا', 'توزعت'])}))(?!${L})`,
  'u',
);

/**
 * "According to the monitor, 61 were killed in Damascus, 34 in Aleppo, 17 in Idlib, and the rest in
 * Hama", "فإن 71 قتيلاً سقطوا في دمشق، و52 في حلب، وتوزع الباقون على…": a whole toll (the sentence,
 * in matching form) shared out among places, the rest told as what is left: each share is a tally of
 * that place, never one event (the events, where told, come after it).
 */
export function sharesOutByPlace(sentence: string): boolean {
  return (
    ((sentence.match(SHARE_OF_PLACE)?.length ?? 0) >= 2 && THE_REST.test(sentence)) ||
    sharedInBrackets(sentence)
  );
}

/** A place's share told in brackets after its name: "(137 قتيلاً)", "(12 killed)". */
const SHARE_IN_BRACKETS = new RegExp(
  `\\(\\s*\\d[\\d,]*\\s+(?:${anyOf(['قتيلا', 'قتلى', 'قتيل', 'شهيدا', 'شهداء'])}|killed|dead|deaths)\\s*\\)`,
  'gu',
);

/** "توزعوا على", "distributed among": a whole told as spread over places. */
const SPREAD_OVER = new RegExp(
  `(?<!${L})(?:${anyOf(['توزعوا', 'توزعت', 'توزع', 'يتوزعون'])})(?!${L})|(?<!${L})(?:distributed|spread|broken down)\\s+(?:among|across|between|by)(?!${L})`,
  'u',
);

/**
 * "ووثق التقرير مقتل 214 مدنياً، توزعوا على محافظة إدلب (137 قتيلاً)، وريف حماة (71 قتيلاً)، وجبل
 * الأكراد (6 قتلى)", "the dead were distributed among Idlib (137 killed) and Hama (71 killed)": a
 * whole spread over places, each given its share in brackets after its name; each share is a tally
 * of that place, never one event.
 */
function sharedInBrackets(sentence: string): boolean {
  return SPREAD_OVER.test(sentence) && (sentence.match(SHARE_IN_BRACKETS)?.length ?? 0) >= 2;
}
