// "…تحرير 29 قرية منذ انطلاق العمليات، ومقتل أكثر من 260 إرهابياً": a count joined to a span's.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** A clause that opens with "and" and a noun of what was done, no verb: one more object of the verb before. */
const JOINED_NOUN = new RegExp(
  `^\\W*(?:${anyOf(['ومقتل', 'وقتل', 'وإصابة', 'وجرح', 'واعتقال', 'وأسر', 'وتدمير', 'وسقوط'])}(?!${L})|and (?:the )?(?:killing|deaths?|capture|arrest|destruction) of(?!${L}))`,
  'u',
);

/**
 * "أعلن القائد تحرير 29 قرية منذ انطلاق العمليات، ومقتل أكثر من 260 إرهابياً": the dead joined by
 * "و" to what the clause before summed over a span are summed over that span too (the comma splits
 * one list of what the announcement counted), so a total, not one event. `spanBefore`: the clause
 * before, in the same sentence, was such a total.
 */
export function sharesSpan(spanBefore: boolean, facts: ClauseFacts): boolean {
  return spanBefore && !facts.eventDate && JOINED_NOUN.test(facts.matchText);
}
