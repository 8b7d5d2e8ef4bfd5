// A teller's smaller count of the very victims an event counted: its own toll of them, not a part.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import type { Count } from '../reading/count.js';
import { spanOf } from '../reading/count.js';
import { findNumbers } from '../reading/numbers.js';
import { matchView } from '../reading/view.js';

/**
 * "said eight fighters had been killed", "told reporters that eight fighters…": the count is the
 * object of the teller's saying, its own figure — not an event told with a source named after it
 * ("The first bomb went off in the market, killing seven people, police said": a part of a lead's
 * total, its own blow).
 */
const SAID_THAT =
  /(?<![\p{L}])(?:said|says|told(?:\s+[\p{L}.-]+){1,3}?|added|stated|confirmed)\s+(?:that\s+)?(?:at\s+least\s+|only\s+)?$/u;

/** The word a text's count of `count` counts ("at least 12 fighters" → "fighter"); null: none read. */
function nounOfCount(text: string, count: Count, said = false): string | null {
  const view = matchView(text);
  const { low, high } = spanOf(count);
  const number = findNumbers(view).find((n) => n.value === low || n.value === high);
  if (!number) return null;
  if (said && !SAID_THAT.test(view.text.slice(0, number.start))) return null;
  const word = /^\s+([\p{L}-]+)/u.exec(view.text.slice(number.end))?.[1];
  // (the plural and its singular are one noun: "one fighter", "eight fighters")
  return word ? word.replace(/(?<=\p{L}{3})s$/u, '') : null;
}

/**
 * "…killing at least 12 fighters, the Observatory said", then "A militia commander said eight
 * fighters had been killed": a teller's smaller count of the same noun the event's toll counted is
 * that teller's figure of the same dead, not a part of them — a part is told as a kind among them
 * ("eight of them", "five civilians" among twelve people) or as a blow of its own (SAID_THAT).
 */
export function countsSameVictims(told: Building, facts: ClauseFacts): boolean {
  const killed = facts.casualties.killed;
  if (!facts.sourced || killed === null || told.killed === null) return false;
  const noun = nounOfCount(facts.matchText, killed, true);
  return noun !== null && noun === nounOfCount(told.source, told.killed);
}
