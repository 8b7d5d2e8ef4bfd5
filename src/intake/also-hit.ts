// Victims told as hit "also": more victims of the event just told.
import { L, anyOf } from './word-pattern.js';

/**
 * "ثلاثة مدنيين من أهالي القرية أصيبوا أيضاً بنيران المهاجمين" (three villagers were also wounded by
 * the attackers' fire), "two passers-by were also killed", "another man … also died of his wounds",
 * "وتوفي أيضاً": victims told as the subject of their own hurt or death, then "also", are hit beyond
 * those the event has (merged only where the clause names no governorate of its own and one kind of
 * casualty: casualties-conflict.ts). Not a blow that "also" killed ("Government shelling also killed
 * three farm workers in a field outside…"): another blow.
 */
const ALSO_HIT = new RegExp(
  `(?<!${L})(?:${anyOf(['أصيب', 'أصيبت', 'أصيبوا', 'أصيبا', 'أصيبتا', 'جرحوا', 'قتلوا', 'قتلا', 'استشهد', 'استشهدت', 'استشهدوا', 'استشهدا', 'لقوا', 'توفي', 'توفيت', 'توفيا'])})\\s+${anyOf(['أيضا'])}(?!${L})|(?<!${L})(?:was|were|had been|have been|has been)\\s+also\\s+(?:killed|wounded|injured|hurt)(?!${L})|(?<!${L})also\\s+(?:died|succumbed)(?!${L})`,
  'u',
);

/** The clause (in matching form) tells victims hit "also". */
export function alsoHit(matchText: string): boolean {
  return /ايضا|also/u.test(matchText) && ALSO_HIT.test(matchText);
}
