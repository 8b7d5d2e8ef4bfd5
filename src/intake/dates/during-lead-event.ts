// "خرج نحو ألف مدني من المدينة المحاصرة أمس الأحد…", then "أطلق قناص النار على العائلات أثناء عبورها
// الطريق": a deed told as done while those the lead told of were doing what it told (their crossing,
// their leaving) happened on the lead's day, though the lead told no deed and no death of its own.
import { L } from '../reading/word-pattern.js';

/**
 * "أثناء عبورها", "خلال خروجهم", "في أثناء نزوحهن": while (during) a deed of theirs, its verbal noun
 * bearing a pronoun of a group or a plural told before (ها, هم, هن, هما; not one man's "ه", whose
 * errand, "أثناء توجهه إلى عمله", is his own); "as they were leaving", "while they fled", "during
 * their evacuation" (matching form: folded Arabic, lower-case Latin).
 */
const DURING_THEIR_DEED = new RegExp(
  `(?<!${L})(?:(?:في\\s+)?اثناء|خلال)\\s+[وف]?\\p{L}{2,}(?:ها|هم|هن|هما)(?!${L})|(?<!${L})(?:as|while)\\s+they\\s+(?:were\\s+)?\\p{L}+(?:ing|ed)(?!${L})|(?<!${L})during\\s+their\\s+\\p{L}+`,
  'u',
);

/** Whether the clause (matching form) tells its deed as done during a deed of those told before. */
export function duringTheirDeed(matchText: string): boolean {
  return DURING_THEIR_DEED.test(matchText);
}
