// "استشهد اثنان من عائلة واحدة، أب وابنه", "قتل شخصان، رجل وابنه": after a count, one person and his
// kin named in apposition are who the counted were, not more of them.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../reading/tokens.js';

/** The parents a pair of kin is told by, too short to stand as person nouns ("آب" is August). */
export const PARENTS = new Set(['أب', 'أم'].map(normalizeForMatch));
/** A pronoun of one owner: "وابنه", "وابنتها" (not "وابنهما": the kin of two named before). */
const ONE_OWNER = /(?:ه|ها)$/u;

/**
 * Whether the kin joined at token `at` ("وابنه") and the one person named right before it ("أب",
 * "رجل"), the word not itself joined by "و", together make the `head` counted just before: they
 * retell who those were, and the count stops before the kin. `count`: how many persons a word names.
 */
export function pairRetold(
  tokens: readonly Token[],
  at: number,
  head: number,
  count: (word: string) => number | null,
): boolean {
  const kin = tokens[at]?.word ?? '';
  const owner = tokens[at - 1]?.word ?? '';
  if (!kin.startsWith('و') || !ONE_OWNER.test(kin) || owner.startsWith('و')) return false;
  const kinCount = count(kin);
  const ownerCount = PARENTS.has(owner) ? 1 : count(owner);
  return kinCount !== null && ownerCount === 1 && head >= 2 && ownerCount + kinCount === head;
}
