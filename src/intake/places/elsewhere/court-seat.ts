// "أصدرت محكمة قضايا الإرهاب في دمشق حكماً … في التفجير الذي استهدف مدينة النبك": where the court
// sits is not where the deed it judged happened.
import { findPlaces } from '../../../places/find.js';
import type { PlaceResolver } from '../../incidents/clause-facts.js';
import type { Language } from '../../../content/schema.js';

/** A court named: "محكمة", "المحكمة", "court". */
const COURT = /(?<![\p{L}])(?:ال)?محكمة(?![\p{L}])|(?<![\p{L}])[Cc]ourt(?![\p{L}])/gu;

/**
 * Between the court and its seat, the court's kind: three words at most, no punctuation, ending
 * with "in" where it has any ("محكمة قضايا الإرهاب في ", "المحكمة الجنائية المركزية في ", "محكمة
 * جنايات ", "Court in ", "court of "); or a court's longer name, whose it is told ("محكمة الدفاع
 * عن الشعب التابعة للإدارة الذاتية في مدينة "), up to "in" and the kind of its town.
 */
const COURT_TO_SEAT =
  /^\s+(?:[^\s،,.؛:]+\s+){0,2}?(?:(?:في|ب)\s*|(?:in|of)\s+(?:the\s+)?)?$|^\s+(?:[^\s،,.؛:]+\s+){0,2}?ب$|^\s+(?:[^\s،,.؛:]+\s+){0,4}?(?:التابعة|التابع)\s+(?:[^\s،,.؛:]+\s+){1,2}?في\s+(?:(?:مدينة|بلدة|محافظة)\s+)?$/u;

/** "a Baghdad court", "the Baghdad criminal court": the seat named before the court. */
const SEAT_BEFORE = /^(?:['’]s)?\s+(?:(?:criminal|central|federal|appeals?|terrorism|military)\s+)*$/u;

/** A ruling the clause tells: only then is the court the seat of a judgement, not a target. */
const RULING =
  /(?<![\p{L}])(?:حكم|حكما|حكماً|أحكام|أحكاما|أحكاماً|قضت|تقضي|يقضي|بإعدام|بالإعدام|بالسجن|sentenced|sentences|convicted|ruled|ruling)(?![\p{L}])/u;

/**
 * The clause's text (as written) less the court's seat — the first place named within a few words
 * after a court, or right before "court" — where the clause tells a ruling and the rest still names
 * where the deed happened (else the seat is all the clause says, and stays).
 */
export function withoutCourtSeat(text: string, lang: Language, resolvePlace: PlaceResolver): string {
  if (!/محكمة|[Cc]ourt/u.test(text) || !RULING.test(text)) return text;
  const mentions = findPlaces(text);
  let blanked = text;
  for (const court of text.matchAll(COURT)) {
    const at = court.index;
    const after = mentions.find((m) => {
      const between = text.slice(at + court[0].length, m.start);
      return m.start >= at + court[0].length && COURT_TO_SEAT.test(between) && !RULING.test(between);
    });
    const before = mentions.find((m) => m.end <= at && SEAT_BEFORE.test(text.slice(m.end, at)));
    const seat = after ?? before;
    if (seat)
      blanked = blanked.slice(0, seat.start) + ' '.repeat(seat.end - seat.start) + blanked.slice(seat.end);
  }
  return blanked !== text && resolvePlace(blanked, lang)?.governorate ? blanked : text;
}
