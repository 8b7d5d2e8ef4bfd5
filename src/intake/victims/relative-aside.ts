// "killing a local commander of the Sinjar units, which Ankara considers a PKK affiliate, and his
// driver": a relative clause set off by commas, telling of the group or the one counted, before the
// kin or companion joined after him.
import type { MatchView } from '../reading/view.js';
import type { Token } from '../reading/tokens.js';

/** ", which … ," or ", who … ," right before "and his", "and her", "and their" (English). */
const ASIDE = /,\s*(?:which|who)\s[^,.;:()]{1,80},\s*(?=and\s+(?:his|her|their)\s)/gu;

/**
 * The clause's tokens without a relative clause told between commas before "and his …": the one
 * joined after it is counted with the one before it, as where the aside is left out; the aside's
 * "which" or "who" would end the list at its first item.
 */
export function withoutRelativeAside(view: MatchView, tokens: readonly Token[]): readonly Token[] {
  const asides = [...view.source.matchAll(ASIDE)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
  if (asides.length === 0) return tokens;
  return tokens.filter((t) => {
    const at = view.sourceSpan(t.start, t.end).start;
    return !asides.some((a) => at >= a.from && at < a.to);
  });
}
