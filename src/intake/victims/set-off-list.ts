// Who the counted were, told between commas before their verb (casualties-ar.ts).
import { AMONG_AR } from '../casualties/casualty-words.js';
import type { Token } from '../reading/tokens.js';

/** Words such a list may run: two groups, each with its count and who they fought for. */
const MAX_SET_OFF = 18;

/** Something other than one space stands between the two tokens: a comma, a dash, a bracket. */
const punctuatedBetween = (a: Token | undefined, b: Token | undefined): boolean =>
  !!a && !!b && b.start - a.end > 1;

/**
 * "8 مقاتلين، هم 5 من هيئة تحرير الشام والفصائل و3 من قوات النظام والمسلحين الموالين لها، قتلوا":
 * who the counted were, set off by a comma before "هم"/"بينهم" and one before the verb at `cue`,
 * however many words it runs. The index of its "هم", else -1.
 */
export function setOffListAt(tokens: readonly Token[], cue: number): number {
  if (!punctuatedBetween(tokens[cue - 1], tokens[cue])) return -1;
  for (let i = cue - 2; i >= Math.max(1, cue - MAX_SET_OFF); i--) {
    if (AMONG_AR.has(tokens[i]!.word) && punctuatedBetween(tokens[i - 1], tokens[i])) return i;
  }
  return -1;
}
