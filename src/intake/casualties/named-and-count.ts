// "The commander and two of his guards were killed": the one named and the count joined to him.
import type { Casualties } from './casualties.js';
import { EN_PERSONS } from './casualty-words.js';
import { sumCounts } from '../reading/count.js';
import { findNumbers } from '../reading/numbers.js';
import { matchView } from '../reading/view.js';
import { L } from '../reading/word-pattern.js';

/**
 * "the commander and at least two of his companions were killed", "the mayor and three of his guards
 * were killed", "the driver and two others had been killed": one person named by what he is, "and" a
 * count of those with him, then the passive of killing — the dead are the count and the one (the
 * grammar reads the count alone). Arabic joins so too ("القائد واثنان من مرافقيه قتلوا"), and the
 * grammar counts it there already.
 */
const NAMED_AND_COUNT = new RegExp(
  `(?<!${L})the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?<noun>[\\p{L}-]+)\\s+and\\s+(?:(?:at\\s+least|more\\s+than|about|some|nearly)\\s+)?(?<count>[\\p{L}\\p{N}-]+)\\s+(?:of\\s+(?:his|her)\\s+[\\p{L}-]+|others?|other\\s+[\\p{L}-]+)\\s+(?:were|had\\s+been|have\\s+been)\\s+(?:killed|slain|shot\\s+dead)(?!${L})`,
  'u',
);

/**
 * The casualties with the one named before the joined count added, where the clause (in matching
 * form) tells its dead so and the dead it counted are that count alone.
 */
export function withNamedJoined(matchText: string, casualties: Casualties): Casualties {
  if (casualties.killed === null || !matchText.includes(' and ')) return casualties;
  const m = NAMED_AND_COUNT.exec(matchText);
  if (!m || !EN_PERSONS.has(m.groups!.noun!)) return casualties;
  const count = findNumbers(matchView(m[0])).find((n) =>
    m[0].slice(n.start, n.end).includes(m.groups!.count!),
  );
  if (!count || casualties.killed !== count.value) return casualties;
  // (the one named may be the one an event counted before: one-told-with-kin.ts)
  return { ...casualties, killed: sumCounts([casualties.killed, 1]), alongWith: count.value };
}
