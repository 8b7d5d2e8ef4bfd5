// Someone's people counted by a number after them, as Arabic puts it: "أشقاؤه الثلاثة" (his three brothers).
import { AR_UNITS } from '../reading/number-words.js';
import { POSSESSED } from '../casualties/casualty-words.js';
import type { Token } from '../reading/tokens.js';

/** The definite article a number after its noun takes ("الثلاثة", "الأربع"). */
const THE = 'ال';

/**
 * "وأصيب أشقاؤه الثلاثة", "مقتل أطفالها الأربعة": a noun told as someone's, then a definite number
 * word agreeing with it, is that many persons (English writes the number first, "his three
 * brothers", read by casualty-phrase.ts). Two are told by the dual itself ("ولداه"), so the number
 * counts from three ("الاثنين" is also Monday). Returns the count and the index after the number, or null.
 */
export function countedAfterKin(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  const noun = tokens[i]?.word ?? '';
  const number = tokens[i + 1]?.word ?? '';
  if (!POSSESSED.some((x) => noun.length > x.length + 2 && noun.endsWith(x))) return null;
  if (!number.startsWith(THE)) return null;
  const value = AR_UNITS[number.slice(THE.length)];
  return value !== undefined && value >= 3 ? { value, next: i + 2 } : null;
}
