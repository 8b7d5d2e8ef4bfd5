// "three soldiers and two fighters of the tribal forces, a militia allied to the army, were also
// killed": what the last of those counted is, told between commas right before the passive that
// counts them — an apposition, not the verb's subject; the count is read back past it, as where the
// aside is left out (the aside would end the subject at its last word).
import type { MatchView } from '../reading/view.js';
import type { Token } from '../reading/tokens.js';

/**
 * ", a … ," or ", an … ," (no number, no other clause mark in it) right before "were killed", "had
 * been wounded", "were also killed" (English, as written).
 */
const ASIDE =
  /,\s*(?:a|an)\s(?:(?![\d,.;:()])[^\n]){1,80},\s*(?=(?:were|have\s+been|had\s+been)\s+(?:also\s+)?(?:killed|wounded|injured)(?![\p{L}]))/gu;

/**
 * The clause's tokens without an apposition told between commas right before the passive that
 * counts the dead or wounded (English).
 */
export function withoutAsideBeforePassive(view: MatchView, tokens: readonly Token[]): readonly Token[] {
  const asides = [...view.source.matchAll(ASIDE)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
  if (asides.length === 0) return tokens;
  return tokens.filter((t) => {
    const at = view.sourceSpan(t.start, t.end).start;
    return !asides.some((a) => at >= a.from && at < a.to);
  });
}
