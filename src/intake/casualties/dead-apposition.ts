// "clashes left three people dead, two gunmen and a soldier, and three others injured": the counts
// right after a toll, between commas, say who its dead were; they are no part of a later verb's count.
import { CUES } from '../events/event-cues.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';

/** The word that closes a toll told by its count: "three people dead", "five soldiers killed". */
const TOLL_CLOSE = new Set(['dead', 'killed']);
/** How many words the toll's count may stand before its closing word ("three regime soldiers dead"). */
const TOLL_REACH = 4;
/** "others", "more": a count told beside the dead, not of them. */
const OTHERS = /(?<![\p{L}])(?:others?|more)(?![\p{L}])/u;
/** A casualty word of the part's own. */
const CASUALTY = new RegExp(`${CUES.killed.source}|${CUES.wounded.source}|${CUES.woundedNoun.source}`, 'u');
/** How many words an item of the apposition may take before "and" joins the next ("a regime soldier"). */
const PART_REACH = 6;

/** The count at token `start` opens an apposition after "N … dead," that closes by a comma of its own. */
function opensApposition(text: string, tokens: readonly Token[], numbers: Numbers, start: number): boolean {
  const close = tokens[start - 1];
  if (!close || !TOLL_CLOSE.has(close.word)) return false;
  if (text.slice(close.end, tokens[start]!.start).trim() !== ',') return false;
  let counted = false;
  for (let j = start - 2; j >= Math.max(0, start - 1 - TOLL_REACH) && !counted; j--)
    counted = numbers.has(tokens[j]!.start);
  if (!counted) return false;
  // the apposition closes by a comma before anything else is told ("…, two gunmen and a soldier, and …");
  // "three people dead, two others wounded", "10 killed, 12 wounded in Mosul, Kirkuk" run on to a
  // casualty word of their own and are no apposition
  const rest = text.slice(tokens[start]!.start);
  const comma = rest.indexOf(',');
  if (comma <= 0) return false;
  const part = rest.slice(0, comma);
  return !/[.;]/u.test(part) && !OTHERS.test(part) && !CASUALTY.test(part);
}

/**
 * The count at token `start` says who the dead told right before it were, in an apposition between
 * commas ("leaving three people dead, two gunmen and a regime soldier, and three others injured"), or
 * is a later item of it joined by "and" with no comma between ("a regime soldier"). Read backward from
 * the later verb, it would add the dead to its count (the three injured are three, not six).
 */
export function apposedToDead(
  text: string,
  tokens: readonly Token[],
  numbers: Numbers,
  start: number,
): boolean {
  if (opensApposition(text, tokens, numbers, start)) return true;
  if (tokens[start - 1]?.word !== 'and') return false;
  for (let j = start - 2; j >= Math.max(0, start - 2 - PART_REACH); j--) {
    if (text.slice(tokens[j]!.end, tokens[j + 1]!.start).includes(',')) return false;
    if (opensApposition(text, tokens, numbers, j)) return true;
  }
  return false;
}
