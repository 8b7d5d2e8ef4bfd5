// A wounded count, then "one of them died of his wounds" in the same clause: one of those moves to the dead.
import { L, anyOf } from './word-pattern.js';

const ONE_OF_THEM = anyOf(['أحدهم', 'أحدهما', 'إحداهن', 'إحداهما']);
const TWO_OF_THEM = anyOf(['اثنان منهم', 'اثنين منهم']);
const DIED_AR = anyOf(['توفي', 'توفيت', 'توفيا', 'فارق', 'فارقت', 'فارقا']);

/**
 * "أصيب ثلاثة آخرون، توفي أحدهم فجر اليوم", "وفارق اثنان منهم الحياة", "wounding four, one of whom
 * later died", "one of them died in hospital": that many of the wounded the clause counted died since.
 */
const DIED_SINCE = new RegExp(
  `(?<!${L})(?:${DIED_AR})\\s+(?:(?<one>${ONE_OF_THEM})|(?<two>${TWO_OF_THEM}))(?!${L})|(?<!${L})(?:(?<en1>one)|(?<en2>two)) of (?:whom|them)\\s+(?:(?:later|has|had|since|also|subsequently)\\s+)?(?:died|succumbed)(?!${L})`,
  'u',
);

/**
 * How many of the wounded counted before it (at `woundedAt`, in matching form) the clause tells died
 * since, or 0: the editor counts them dead, no longer wounded.
 */
export function woundedSinceDead(matchText: string, woundedAt: number): number {
  const g = DIED_SINCE.exec(matchText.slice(woundedAt))?.groups;
  if (!g) return 0;
  return g.two || g.en2 ? 2 : 1;
}
