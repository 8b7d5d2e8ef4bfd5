// "…a local hospital, which said some of the wounded had been discharged overnight": the day the
// wounded left hospital is told after the blow, of its aftermath, and dates no event of its own.
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** Leaving hospital: "discharged", "released from hospital", "غادروا المستشفى". */
const DISCHARGED = new RegExp(
  `(?<!${L})(?:(?:been |were |was )?discharged|released from (?:the )?hospital|left (?:the )?hospital|${anyOf(['غادر المستشفى', 'غادروا المستشفى', 'غادرا المستشفى'])})(?!${L})`,
  'u',
);
/** How far after the verb of leaving (in characters: "from the Rania hospital on") its day may stand. */
const REACH = 40;

/** The dates told right after the wounded left hospital read as reported ones, no event's day. */
export function markDischargeDays(text: string, dates: readonly DateMention[]): DateMention[] {
  return dates.map((d) => {
    const before = text.slice(Math.max(0, d.start - REACH), d.start);
    const m = before.match(new RegExp(`${DISCHARGED.source}[^.,;،]*$`, 'u'));
    return m ? { ...d, role: 'reporting' } : d;
  });
}
