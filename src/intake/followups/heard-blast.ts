// A witness who heard the blast tells the blast just told again, from where they stood: "كنا
// نستريح بعد مسيرة يوم كامل من بغداد، وفجأة سمعنا انفجاراً هائلاً" is no second blast, and the
// place they came from is not where it fell.
import { L, anyOf } from '../reading/word-pattern.js';

/** "سمعنا انفجاراً", "سمعت دوي انفجار", "we heard a huge explosion", "I heard the blast". */
const HEARD_BLAST = new RegExp(
  `(?<!${L})(?:${anyOf(['سمعنا', 'سمعت', 'وسمعنا', 'وسمعت', 'فسمعنا', 'فسمعت'])})\\s+(?:${anyOf(['انفجارا', 'انفجار', 'انفجارين', 'دوي', 'صوت', 'أصوات'])})(?!${L})|(?<!${L})(?:we|i)\\s+heard\\s+(?:an?\\s+|the\\s+|two\\s+)?(?:[\\p{L}-]+\\s+)?(?:explosions?|blasts?|bangs?|booms?)(?!${L})`,
  'u',
);

/** The clause (in matching form) is a witness in the first person hearing a blast. */
export function heardTheBlast(matchText: string): boolean {
  return HEARD_BLAST.test(matchText);
}
