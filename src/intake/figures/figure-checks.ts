// What a figure carries for the editor to check: an approximate number, in the article's words.
import type { Figure } from '../../content/schema.js';
import type { NumberMention } from '../reading/types.js';
import type { MatchView } from '../reading/view.js';

/** The article's words for an approximate number with what makes it approximate: "more than 20", "نحو 110 آلاف". */
export function qualified(view: MatchView, n: NumberMention): string {
  return view.sourceSpan(n.qualifierStart ?? n.start, n.end).text.trim();
}

export function checksOf(view: MatchView, n: NumberMention): Pick<Figure, 'checks'> {
  return n.approximate ? { checks: [{ reason: 'figure-approximate', detail: qualified(view, n) }] } : {};
}
