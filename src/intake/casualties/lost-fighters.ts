// "فيما فقدت الوحدات مقاتلَين اثنين", "خسر الجيش ثلاثة جنود": a force that lost so many men, counted
// by a number before the noun or by the dual, has that many dead.
import { L, anyOf } from '../reading/word-pattern.js';
import { AR_TENS, AR_UNITS } from '../reading/number-words.js';
import { SUBJECT_WORD_AR } from './quoted-subject.js';

/** The verbs of a side losing its own: "فقد", "خسر", in the persons a force is told in. */
const LOST = anyOf(['فقد', 'فقدت', 'فقدوا', 'خسر', 'خسرت', 'خسروا']);
/** "فقدت الاتصال", "خسرت السيطرة": touch or ground lost, not lives. */
const NOT_LIVES = anyOf(['الاتصال', 'الاتصالات', 'السيطرة', 'أثر', 'مواقع', 'موقعا', 'مواقعها']);
/** A count told by figures or words ("٣", "ثلاثة", "ثلاثة عشر"). */
const COUNT = `(?:[\\d\\u0660-\\u0669]+|(?:${[...Object.keys(AR_UNITS), ...Object.keys(AR_TENS)].join('|')})(?:\\s+${anyOf(['عشر', 'عشرة'])})?)`;
/** The men of a force after a count: fighters, members, soldiers (never tanks, posts or ground). */
const MEN = anyOf([
  'مقاتلين',
  'مقاتلا',
  'عناصر',
  'عنصرا',
  'جنود',
  'جنديا',
  'أفراد',
  'فردا',
  'مسلحين',
  'مسلحا',
  'منتسبين',
  'منتسبا',
  'رجال',
]);
/**
 * Two men of a force: the dual of a broken plural, or a sound plural with "اثنين" after it (the
 * vowelled dual "مقاتلَين" is read as "مقاتلان", a dual whatever follows).
 */
const TWO_MEN = `(?:${anyOf(['عنصرين', 'جنديين', 'فردين', 'ضابطين', 'عنصران', 'جنديان', 'مقاتلان', 'مسلحان', 'منتسبان'])}|${anyOf(['مقاتلين', 'مسلحين', 'منتسبين'])}\\s+${anyOf(['اثنين', 'اثنان'])})`;

/**
 * The cue: the verb and its subject (two words at most, the force: "الوحدات", "الجيش الحر"), so that
 * the count stands right after it, as after "قتل" — only before men counted so ("فقدت القوات ثلاثة
 * مواقع", "خسر الجيش دبابتين" lose no one; "N من مقاتليها" after the verb is dying-verbs.ts's own).
 */
export const LOST_FIGHTERS_AR = `(?<!${L})[وف]?(?:${LOST})(?!\\s+(?:[^\\s،,.]+\\s+)?${NOT_LIVES}(?!${L}))${SUBJECT_WORD_AR}{0,2}?(?=\\s+(?:${COUNT}\\s+${MEN}|${TWO_MEN})(?!${L}))`;
