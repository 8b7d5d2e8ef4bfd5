// "SANA had earlier given a toll of two dead, before a military source said a third soldier had died
// of his wounds": the one more dead a later teller tells by his rank brings the toll to that rank; he
// is not the whole of it.
import type { Casualties } from '../casualties/casualties.js';
import { EN_ORDINALS } from '../reading/number-words.js';

/** "a third soldier had died", "a fourth victim died", "a fifth was killed": one more dead, by rank. */
const RANKED_DEAD = new RegExp(
  String.raw`(?<![\p{L}])an?\s+(${Object.keys(EN_ORDINALS).join('|')})\s+(?:[\p{L}-]+\s+){0,2}?(?:had\s+|has\s+)?(?:died|succumbed|(?:was|had\s+been)\s+killed)(?![\p{L}])`,
  'u',
);

/** The later teller's count (`found`, of the words after the teller), the ranked one read as the toll. */
export function rankedLaterDead(laterText: string, found: Casualties): Casualties {
  const rank = RANKED_DEAD.exec(laterText)?.[1];
  return rank !== undefined && found.killed === 1 ? { ...found, killed: EN_ORDINALS[rank]! } : found;
}
