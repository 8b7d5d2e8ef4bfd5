// "Seven Iraqi soldiers, two pro-government tribal fighters and at least 24 militants were killed":
// English lists its counts "A, B and C", the earlier items joined by commas and only the last by
// "and" — the verb is the whole list's, so the items before the commas count with the ones after
// them (countAt joins by "and" alone, and the verb's count is looked for only so far back).
import { attackersJoined, countAt, type CountPhrase } from './casualty-phrase.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import type { Language } from '../../content/schema.js';

/** How many words an earlier item of the list may take: "Seven Iraqi soldiers", "three members of the police". */
const ITEM_WORDS = 6;

/** Only a comma stands between two tokens. */
const commaBetween = (text: string, before: Token | undefined, after: Token | undefined): boolean =>
  !!before && !!after && /^\s*,\s*$/u.test(text.slice(before.end, after.start));

/**
 * The count `phrase` (starting at token `start`) with the counts a serial list told before it, each
 * ending right at a comma before the next; only when `phrase` ends the list by "and" (one more of its
 * own side, or the attackers told after the victims, which stay apart as `attackersJoined` finds
 * them). Else `phrase` as it is.
 */
export function withSerialListBefore(
  text: string,
  tokens: readonly Token[],
  numbers: Numbers,
  phrase: CountPhrase,
  start: number,
  lang: Language,
): CountPhrase {
  if (lang !== 'en' || !commaBetween(text, tokens[start - 1], tokens[start])) return phrase;
  const andInside = tokens.slice(start, phrase.next).some((t) => t.word === 'and');
  if (!andInside && !attackersJoined(tokens, numbers, { ...phrase, start }, lang)) return phrase;
  let { low, high } = phrase.value;
  let first = start;
  for (let at = first - 1; at >= Math.max(0, first - ITEM_WORDS); at--) {
    const item = countAt(tokens, numbers, at, lang);
    if (!item || item.next !== first) continue;
    low += item.value.low;
    high += item.value.high;
    first = at;
    if (!commaBetween(text, tokens[at - 1], tokens[at])) break;
    at = first;
  }
  return first === start ? phrase : { value: { low, high }, start: first, next: phrase.next };
}
