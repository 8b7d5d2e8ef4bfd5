// "…بعد اشتباكات قتل خلالها ١٦ مسلحاً، واستشهد مقاتلان من الفوج": the other side's dead of the fight,
// joined to the enemy dead by "و" rather than set against them by "فيما" — "martyred" is what a side
// calls its own dead, never the enemy it fought, so the clause tells the other side as "while" does.
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';

/** The verbs a side tells its own dead by: martyred, "استشهد", or risen, "ارتقى". */
export const MARTYRED_VERBS_AR = ['استشهد', 'استشهدا', 'استشهدوا', 'استشهدت', 'ارتقى', 'ارتقت'] as const;

/** The noun of martyrdom, "استشهاد". */
export const MARTYRDOM_AR = 'استشهاد';

/**
 * A clause opened by "و" glued to a verb (or its noun) of martyrdom: "واستشهد", "واستشهدا",
 * "واستشهاد" (matching form, the hamza-less spellings read alike).
 */
const JOINED_MARTYRED = new RegExp(
  `${CLAUSE_HEAD}(?:${anyOf([...MARTYRED_VERBS_AR, MARTYRDOM_AR].map((w) => `و${w}`))})(?!${L})`,
  'u',
);

/** The clause (in matching form) opens by joining the martyrdom of dead to what the clause before told. */
export function martyredJoined(matchText: string): boolean {
  return JOINED_MARTYRED.test(matchText);
}
