// "قتل تسعة مدنيين …، بعد أن كانت الحصيلة الأولية خمسة قتلى": the clause's toll, then the first toll
// it replaced, told after it.
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "بعد أن كانت الحصيلة الأولية خمسة قتلى", "بعدما كانت حصيلة أولية تحدثت عن ثلاثة": after "after", the
 * first toll of the event the clause has just counted — what the count was before the one told, as
 * first reports told after it are (first-reports-after.ts): its figures are none of the event's now.
 */
export const FIRST_TOLL_AFTER = `(?<!${L})(?:${f(['بعد أن', 'بعدما', 'وذلك بعد أن'])})\\s+(?:${f(['كانت', 'كان'])})\\s+(?:${f(['حصيلة', 'الحصيلة'])})\\s+(?:${f(['أولية', 'الأولية', 'أولى', 'الأولى', 'سابقة', 'السابقة'])})(?!${L})`;

const FIRST_TOLL_AFTER_RE = new RegExp(FIRST_TOLL_AFTER, 'u');
/** An event told from its start by the place it stands at, "وفي مدينة الأتارب المجاورة،": a new item. */
const FRONTED_PLACE = /^[^\p{L}\p{N}]*(?:وفي|ففي) [^،,.]{2,40}[،,]/u;

/**
 * The sentence (in matching form) opens on a place of its own and tells, after a toll of its own, the
 * first toll that one replaced ("وفي مدينة الأتارب، قتل تسعة …، بعد أن كانت الحصيلة الأولية خمسة"):
 * its earlier toll is its own event's, no earlier report of the event told before it.
 */
export function firstTollOfItsOwn(matchText: string): boolean {
  const m = FIRST_TOLL_AFTER_RE.exec(matchText);
  return !!m && m.index > 0 && FRONTED_PLACE.test(matchText);
}
