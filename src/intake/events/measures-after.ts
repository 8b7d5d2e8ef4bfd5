// Measures taken after an event (a curfew, reinforcements): the answer to it, not another event.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "imposed a curfew", "declared a state of emergency", "sent reinforcements to the region", "فرضت
 * حظر تجول", "أعلنت حظر التجوال", "أرسلت تعزيزات عسكرية إلى المنطقة", "دفعت بتعزيزات".
 */
const MEASURE = `(?:(?:imposed|declared|announced|ordered|extended)\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:curfews?|state\\s+of\\s+emergency|lockdown)|(?:sent|rushed|deployed|dispatched)\\s+(?:[\\p{L}-]+\\s+){0,2}?reinforcements|(?:${anyOf(['فرضت', 'فرض', 'أعلنت', 'أعلن', 'أعلنت عن', 'أعلن عن'])})\\s+(?:[^\\s،,.]+\\s+){0,2}?(?:${anyOf(['حظر تجول', 'حظر التجول', 'حظر تجوال', 'حظر التجوال', 'حالة الطوارئ'])})|(?:${anyOf(['أرسلت', 'أرسل', 'دفعت', 'دفع', 'استقدمت', 'استقدم'])})\\s+(?:[^\\s،,.]+\\s+){0,2}?(?:${anyOf(['تعزيزات', 'بتعزيزات', 'التعزيزات'])}))`;

/** What the measure came after: "a day after", "hours after", "following", "بعد يوم من", "عقب", "إثر". */
const AFTER = `(?:(?:a|one|two|three|several)\\s+(?:days?|hours?)\\s+after|hours\\s+after|shortly\\s+after|after|following|in\\s+the\\s+wake\\s+of|${anyOf(['بعد', 'عقب', 'إثر', 'على إثر', 'غداة', 'في أعقاب'])})`;

/**
 * "imposed curfews … and sent reinforcements on Friday, a day after gunmen ambushed a patrol",
 * "فرضت السلطات حظر تجول في المدينة عقب هجوم استهدف…": the measure is the clause's news, and the event
 * named after it is the one it answers, told again where the article tells it with its toll.
 */
const MEASURE_AFTER = new RegExp(`(?<!${L})${MEASURE}(?!${L}).*?(?<!${L})${AFTER}(?!${L})`, 'u');

/** The clause (in matching form) tells measures taken after an event it names. */
export function tellsMeasuresAfter(matchText: string): boolean {
  return MEASURE_AFTER.test(matchText);
}
