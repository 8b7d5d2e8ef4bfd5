// One person told wounded and then dead of those wounds, in one clause: killed, not wounded.
import { normalizeForMatch } from '../text/normalize.js';
import type { Casualties } from './casualties.js';
import { OWN_WOUNDS_AR } from './died-of-wounds.js';
import { CUES } from './event-cues.js';
import { L, anyOf } from './word-pattern.js';

/** Dead of his or her own wounds, in either language. */
const DIED_OF_OWN_WOUNDS = new RegExp(
  `(?<!${L})(?:${anyOf(OWN_WOUNDS_AR)}|died (?:of|from) (?:his|her) (?:wounds|injuries)|succumbed to (?:his|her) (?:wounds|injuries))(?!${L})`,
  'u',
);

/**
 * "…ما أدى إلى مقتله على الفور، وإصابة شقيقه بجروح بليغة نُقل على إثرها إلى المشفى حيث فارق الحياة
 * متأثراً بجراحه", "killing the driver and wounding his son, who died of his wounds in hospital": the
 * one wounded the clause counts, dead of those wounds in the same clause, is one killed and no wounded;
 * where the sentence told a killing before him he is one more dead than those (`additional`), not one
 * of them told again. Null where the clause tells no such death.
 */
export function diedWhereWounded(
  matchText: string,
  casualties: Casualties,
  before: string,
): { casualties: Casualties; additional: boolean } | null {
  if (casualties.wounded !== 1 || casualties.killed !== null) return null;
  const death = matchText.search(DIED_OF_OWN_WOUNDS);
  if (death < 0 || matchText.slice(0, death).search(CUES.wounded) < 0) return null;
  return {
    casualties: { ...casualties, killed: 1, wounded: null },
    additional: normalizeForMatch(before).search(CUES.killed) >= 0,
  };
}
