// "قضى ثلاثة أطفال…" then, a paragraph on, "فيما أصيبت شقيقتهم الرابعة": the victims' own kin, hit by the same blow.
import { normalizeForMatch } from '../../text/normalize.js';
import { arabicNounCount } from '../casualties/casualty-phrase.js';

/** A word ending in "their" (plural or dual): "شقيقتهم", "والدتهما", "ابنتهن". */
const THEIR = new RegExp(
  `\\p{L}+(?:${['هم', 'هما', 'هن'].map(normalizeForMatch).join('|')})(?!\\p{L})`,
  'gu',
);

/**
 * The clause (in matching form) names someone as the kin of "them" ("شقيقتهم", "والدتهما") before any
 * other person or number: the ones it stands for are the victims just told, so whoever it counts was
 * hit with them, in the same event, though told in a paragraph of its own. ("قتل ثلاثة مدنيين، هم رجل
 * وزوجته وابنهما": "their" is of the ones the clause named first.)
 */
export function namesKinOfThem(matchText: string): boolean {
  const kin = [...matchText.matchAll(THEIR)].find((m) => arabicNounCount(m[0]) === 1);
  if (!kin) return false;
  const before = matchText.slice(0, kin.index).split(/[^\p{L}\p{N}]+/u);
  return !before.some((w) => /\p{N}/u.test(w) || (w !== '' && arabicNounCount(w) !== null));
}
