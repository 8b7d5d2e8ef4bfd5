// "مقابل نحو 30 من مقاتلي التنظيم", "إضافة إلى قرابة 20 عنصراً": the other side's count hedged by a
// one-word qualifier as well as by a phrase — its number stands after the hedge, whichever it is.
import { AR_QUALIFIERS } from './casualty-words.js';
import type { Token } from '../reading/tokens.js';

/**
 * The token after any hedge that opens at `i` ("نحو", "حوالي", "قرابة", "زهاء", or a phrase: "ما لا
 * يقل عن", "أكثر من"), else `i`. (pastArabicQualifier skips phrases only: the count grammar reads a
 * one-word hedge with its number, but the side's count is checked at the number itself.)
 */
export function pastAnyArabicHedge(tokens: readonly Token[], i: number): number {
  const hedge = AR_QUALIFIERS.find((words) => words.every((w, k) => tokens[i + k]?.word === w));
  return hedge ? i + hedge.length : i;
}
