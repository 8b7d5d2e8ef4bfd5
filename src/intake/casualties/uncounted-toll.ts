// Dead or wounded told with no number: a toll all the same, only uncounted.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "…stormed an army post last month, killing several soldiers as they slept", "shelling rebel
 * hideouts, killing “scores of terrorists”", "بعد مقتل عدد من الجنود بهجوم على قاعدة", "وقضت على
 * أعداد كبيرة منهم", "أسفرت عن مقتل عدد منهم": a verb or noun of killing or wounding right before a quantity with no number
 * ("several", "scores of", "a number of", "عدد من", "أعداد كبيرة"). The clause tells casualties —
 * its event is one of its own, not background — though its killed and wounded stay uncounted.
 */
/**
 * "أوقعت أعداداً كبيرة منهم بين قتيل ومصاب", "موقعة في صفوفهم عدداً من القتلى والمصابين": a blow that
 * "inflicted" on a side a quantity with no number, told as dead or wounded (of them, or of the dead
 * and wounded) — uncounted casualties, as a side's communiqué tells its blow on the other.
 */
const INFLICTED = `(?<!${L})${anyOf(['أوقعت', 'وأوقعت', 'أوقع', 'وأوقع', 'موقعة', 'موقعا', 'موقعين'])}\\s+(?:${anyOf(['في صفوفهم', 'بينهم'])}\\s+)?${anyOf(['عددا', 'أعدادا', 'العديد'])}(?:\\s+${anyOf(['كبيرة', 'كبيرا'])})?\\s+(?:${anyOf(['منهم', 'من القتلى', 'من الجرحى', 'من المصابين', 'من القتلى والمصابين', 'من القتلى والجرحى'])})(?!${L})`;

const UNCOUNTED_TOLL = new RegExp(
  `(?<!${L})(?:killing|killed|kills|wounding|wounded|injuring|injured)\\s+["“]?(?:several|scores\\s+of|a\\s+number\\s+of|numerous|large\\s+numbers\\s+of|a\\s+large\\s+number\\s+of)(?!${L})|(?<!${L})(?:${anyOf(['مقتل', 'بمقتل', 'قتل', 'استشهاد', 'باستشهاد', 'إصابة', 'وإصابة', 'جرح', 'قضت على', 'وقضت على', 'قضى على', 'وقضى على'])})\\s+(?:${anyOf(['عدد من', 'عدد منهم', 'أعداد كبيرة', 'أعدادا كبيرة', 'العديد من'])})(?!${L})|${INFLICTED}`,
  'u',
);

/** The clause (in matching form) tells dead or wounded with no number. */
export const tellsUncountedToll = (matchText: string): boolean => UNCOUNTED_TOLL.test(matchText);
