// "killed 23 civilians on Wednesday, including nine in Douma, eight in Arbin and six in Hamouria": the
// count the shares after it add up to is their total.
import type { Span } from '../reading/types.js';
import { includedSharesAt } from '../article/shares-break.js';

/**
 * The clause is the one whose count the shares after ", including" add up to (the sentence was split
 * there only then: shares-break.ts): each share is an incident at its town, and the clause's count, the
 * sum of them, is an aggregate, none of its own (its doer, kind and day go on to the shares).
 */
export function totalOfIncludedShares(sentence: string, next: Span | undefined): boolean {
  if (!next || !/^including\s/.test(next.text)) return false;
  return includedSharesAt(sentence) === next.start;
}
