// "قضى ثلاثة أطفال…" then, a paragraph on, "فيما أصيبت شقيقتهم الرابعة": the victims' own kin, hit by the same blow.
import { normalizeForMatch } from '../text/normalize.js';
import { arabicNounCount } from './casualty-phrase.js';

/** A word ending in "their" (plural or dual): "شقيقتهم", "والدتهما", "ابنتهن". */
const THEIR = new RegExp(
  `\\p{L}+(?:${['هم', 'هما', 'هن'].map(normalizeForMatch).join('|')})(?!\\p{L})`,
  'gu',
);

/**
 * The clause (in matching form) names someone as the kin of "them" ("شقيقتهم", "والدتهما"): the ones
 * it stands for are the victims just told, so whoever it counts was hit with them, in the same event,
 * though told in a paragraph of its own.
 */
export function namesKinOfThem(matchText: string): boolean {
  for (const m of matchText.matchAll(THEIR)) if (arabicNounCount(m[0]) === 1) return true;
  return false;
}
