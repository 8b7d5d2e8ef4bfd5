import { CUES } from '../events/event-cues.js';
import { tokenize } from '../reading/tokens.js';
import { L, anyOf } from '../reading/word-pattern.js';
import type { DateMention } from '../reading/types.js';
import { withoutQuotedNames } from '../reading/quoted-name-span.js';
import { GIVES_FIGURE } from '../tolls/gives-figure.js';
import { BLAST_VERB } from './blast-verb.js';
import { DOERS_CAME } from './doers-came.js';
import { announcesCaptureAfter } from './announced-capture.js';

const REPORT_WINDOW_WORDS = 10;
/**
 * "قال مصدر في مديرية الأسايش (الأمن الكردي) في قضاء كويسنجق، شرق أربيل، يوم الخميس، إن حصيلة …":
 * a day told right before the "إن" / "that" that opens what was said closes the telling, however
 * long the teller's description ran; it is the day of the telling.
 */
const SAID_RIGHT_AFTER = new RegExp(`^\\s*[،,]?\\s*(?:${anyOf(['إن', 'أن', 'بأن'])}|that)(?!${L})`, 'u');
const TELLER_WINDOW_WORDS = 25;
const QUOTE_OPEN = /["«“]/;
/**
 * "وذكر المراسل أن القوات استهدفت صباح اليوم القرية", "said that gunmen opened fire on Monday": a
 * date after "أن" / "that" lies inside what is reported, the event's own.
 */
export const SAID_THAT = new RegExp(`(?<!${L})(?:${anyOf(['أن', 'إن', 'بأن'])}|that)(?!${L})`, 'u');

/**
 * A verb never takes the article: "قرب كراج النقل الداخلي … مساء أمس الجمعة" ("the transport garage")
 * or "النشر" ("the publishing") is a noun, so the date after it is no reporting date.
 */
const WITH_ARTICLE = /^[وف]?(?:ال|بال|لل|كال)/u;
/** A reporting word, whole. */
const REPORTING_WORD = new RegExp(`^(?:${CUES.reporting.source})$`, 'u');
/**
 * Nor does a verb take a preposition: "وقيامه بنقل السيارة المفخخة … صباح يوم الثلاثاء" ("by
 * transporting"), "لنشر الحواجز" are nouns of what was done, and the day after them is the deed's. A
 * word is read so where what follows its ب, ل or ك is itself a reporting word ("كشف", "بينت" keep
 * their first letter).
 */
const afterPreposition = (word: string): boolean => {
  const rest = /^[وف]?[بلك](.+)$/u.exec(word)?.[1];
  return rest !== undefined && REPORTING_WORD.test(rest);
};

/**
 * "The ministry gave a higher toll early on Tuesday, saying two had been killed", "SOHR put the toll
 * on Thursday at ten": a teller giving its figure reports as "said" does; the day told right after it
 * is the day of the telling, not of the deed counted.
 */
const GIVES_FIGURE_ALL = new RegExp(GIVES_FIGURE.source, 'gu');

/**
 * Marks the dates that tell when the news was reported ("أعلنت … اليوم الاثنين", "said on Monday")
 * rather than when the event happened: a reporting verb (or a figure given) shortly before the date,
 * with no quotation opening and no action or casualty word in between (those make it the reported
 * event's date).
 */
export function markReportingDates(text: string, dates: readonly DateMention[]): DateMention[] {
  const verbs = [
    ...[...text.matchAll(CUES.reporting)].filter((m) => !WITH_ARTICLE.test(m[0]) && !afterPreposition(m[0])),
    ...text.matchAll(GIVES_FIGURE_ALL),
  ]
    .map((m) => m.index + m[0].length)
    .sort((a, b) => a - b);
  return dates.map((d) => {
    const verbEnd = verbs.filter((v) => v <= d.start).pop();
    if (verbEnd === undefined) return d;
    const between = text.slice(verbEnd, d.start);
    const blocked =
      QUOTE_OPEN.test(withoutQuotedNames(between)) ||
      SAID_THAT.test(between) ||
      between.search(CUES.action) >= 0 ||
      // ("…ونقل سيارة انفجرت في سوق … بتاريخ 21 آب": the car's blast, blast-verb.ts)
      between.search(BLAST_VERB) >= 0 ||
      // ("said gunmen went house to house on Saturday": the deed's, doers-came.ts)
      DOERS_CAME.test(between) ||
      between.search(CUES.killed) >= 0 ||
      between.search(CUES.wounded) >= 0 ||
      // "أفاد مصدر بسقوط ستة ضحايا بين قتيل وجريح، مساء أمس": a toll told unsplit is the event too
      between.search(CUES.combined) >= 0 ||
      // ("أعلنت القوات، مساء أمس، استعادة السيطرة على المدينة": the taking's day, announced-capture.ts)
      announcesCaptureAfter(text.slice(0, d.start), text.slice(d.end), d.text) ||
      tokenize(between).length >
        (SAID_RIGHT_AFTER.test(text.slice(d.end)) ? TELLER_WINDOW_WORDS : REPORT_WINDOW_WORDS);
    return blocked ? d : { ...d, role: 'reporting' };
  });
}
