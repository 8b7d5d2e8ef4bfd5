// "قصف جوي على محيط القريتين وعلى بلدات كفرزيتا واللطامنة ومورك": a name that is also an ordinary
// word ("القريتين", the two villages just told) and is told with no word naming it a town, beside
// places of another governorate named outright, is most likely the word; those places are the event's.
import type { Chain } from './chains.js';
import { DESIGNATORS_BEFORE, tokenAt } from './place-words.js';
import { isIn, type Token } from './tokens.js';
import { normalizeForMatch } from '../text/normalize.js';
import { placeIndex } from './find.js';
import { witnessedAfter } from './witnessed-place.js';

/** Whether every mention of `chain` is a name the gazetteer marks as an ordinary word too, told bare. */
export function toldAsOrdinaryWord(tokens: readonly Token[], chain: Chain): boolean {
  return chain.mentions.every((m) => {
    const written = normalizeForMatch(m.text);
    const ambiguous = (m.entry.needsCue ?? []).some((name) => normalizeForMatch(name) === written);
    // (nor told as what witnessed the event, "وكانت العمارة قد شهدت…": witnessed-place.ts)
    return (
      ambiguous &&
      !isIn(DESIGNATORS_BEFORE, tokens[tokenAt(tokens, m.start) - 1]) &&
      !witnessedAfter(tokens, tokenAt(tokens, m.end - 1))
    );
  });
}

/** Whether `name`, as written, is one the gazetteer marks as an ordinary word too ("الوليد", "القائم"). */
export function isOrdinaryWordName(name: string): boolean {
  const written = normalizeForMatch(name);
  return placeIndex().entries.some((e) => (e.needsCue ?? []).some((n) => normalizeForMatch(n) === written));
}
