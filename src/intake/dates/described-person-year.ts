// The year an Arabic apposition gives of someone's past is not the day of the event told of him.
import type { DateMention } from '../reading/types.js';
import { CUES } from '../events/event-cues.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { normalizeForMatch } from '../../text/normalize.js';

/**
 * "أطلقوا النار على فلان، وهو قيادي سابق انضم إلى التسوية عام 2018، أمام منزله": a clause opened
 * after a comma (or a clause of its own, as the sentence is split) by "وهو"/"وهي"/"وهم"/"وهما" (and
 * he is …) describes the victim, and a year it gives, with no comma between, tells his past, not the blow: the Arabic of person-history-date.ts's "who
 * had … in 2018". Only a year told alone ("عام 2018", "سنة 2013"): a day would more likely be the
 * event's own. One that tells a casualty, before the year or after it up to the next comma ("وهو جريح
 * أصيب عام 2016", "وهي القرية التي شهدت عام 2016 مجزرة راح ضحيتها 25"), stays.
 */
const DESCRIBED_BEFORE_DATE = new RegExp(
  `[،,]\\s*${anyOf(['وهو', 'وهي', 'وهم', 'وهما'])}(?!${L})[^،,.;؛:]{1,80}$`,
  'u',
);

/** A date told by its year alone: "عام 2018", "سنة 2013", "في 2011" (not "في أيار 2016", a month's). */
const YEAR_ONLY = new RegExp(
  `^(?:${anyOf(['في', 'عام', 'العام', 'سنة', 'خلال'])}\\s+)*(?:19|20)\\d{2}$`,
  'u',
);
/** A massacre the place or person is told by ("وهي القرية التي شهدت عام 2016 مجزرة"): a casualty too. */
const MASSACRE = new RegExp(`(?<!${L})${anyOf(['مجزرة', 'مجازر', 'مذبحة'])}(?!${L})`, 'u');
/** What the clause tells after the year, up to its next comma or stop: "…عام 2016 وراح ضحيتها 25". */
const REST_OF_CLAUSE = /^[^،,.;؛]*/u;

/** The dates of a clause (in matching form), less a year an apposition "وهو …" gives of the person's past. */
export function withoutDescribedPersonYear(matchText: string, dates: readonly DateMention[]): DateMention[] {
  return dates.filter((d) => {
    if (!YEAR_ONLY.test(normalizeForMatch(d.text))) return true;
    const from = Math.max(0, d.start - 120);
    // (a clause that opens with "وهو", the sentence split before it, is read as after a comma)
    const before = DESCRIBED_BEFORE_DATE.exec(`${from === 0 ? '، ' : ''}${matchText.slice(from, d.start)}`);
    if (!before) return true;
    const clause = ` ${before[0].replace(/^[،,]\s*/u, '')}${REST_OF_CLAUSE.exec(matchText.slice(d.start))?.[0] ?? ''} `;
    return clause.search(CUES.killed) >= 0 || clause.search(CUES.wounded) >= 0 || MASSACRE.test(clause);
  });
}
