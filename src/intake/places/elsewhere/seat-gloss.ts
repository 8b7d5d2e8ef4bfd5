// "وقال مصدر في شرطة قضاء الحمدانية، ومركزه قره قوش، إن التفجير أسفر عن…": a district's seat told as
// a gloss ("whose seat is") tells where the district is run from, not where the event happened.
import { findPlaces } from '../../../places/find.js';

/** "ومركزه", "ومركزها", "مركزه" (its seat), "whose seat is", "whose centre is". */
const SEAT = /(?<![\p{L}])(?:و?مركزه|و?مركزها|whose\s+(?:seat|centre|center|capital)\s+is)(?![\p{L}])/gu;

/** Between the word and the seat's name: nothing, or the kind of town ("ومركزها مدينة X"). */
const TO_NAME = /^\s*(?:(?:مدينة|بلدة|ناحية|قضاء|the\s+(?:city|town)\s+of)\s+)?$/u;

/** A second name of the seat in brackets right after it: "قره قوش (بغديدا)". */
const ALIAS = /^\s*\([^()]{1,30}\)/u;

/** The clause's text (as written) less the seats told as glosses, with the name in brackets after each. */
export function withoutSeatGloss(text: string): string {
  if (!/مركزه|مركزها|whose/u.test(text)) return text;
  const mentions = findPlaces(text);
  let blanked = text;
  for (const seat of text.matchAll(SEAT)) {
    const from = seat.index + seat[0].length;
    const name = mentions.find((m) => m.start >= from && TO_NAME.test(text.slice(from, m.start)));
    if (!name) continue;
    const alias = ALIAS.exec(text.slice(name.end));
    const end = name.end + (alias?.[0].length ?? 0);
    blanked = blanked.slice(0, seat.index) + ' '.repeat(end - seat.index) + blanked.slice(end);
  }
  return blanked;
}
