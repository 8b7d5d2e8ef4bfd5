// "نحو 30 عنصراً من القوات النظامية والمسلحين الموالين لها قتلوا": the second group joined to the
// partitive's may be told by whom it is loyal to, "الموالين لها", "الموالية له" — the preposition
// with a pronoun pointing back at the first group still describes the joined group (joined-body.ts),
// no other subject of the verb.
import { normalizeForMatch } from '../../text/normalize.js';

/** "لها", "له", "لهم": "to it", "to them", after an adjective such as "الموالين". */
const TO_IT = new Set(['لها', 'له', 'لهم', 'لهما'].map(normalizeForMatch));

/** The adjectives of loyalty or affiliation the pronoun follows: "الموالين لها", "التابعة له". */
const LOYAL = new Set(
  [
    'الموالين',
    'الموالية',
    'الموالون',
    'التابعين',
    'التابعة',
    'التابعون',
    'الرديفة',
    'المساندة',
    'المساندين',
  ].map(normalizeForMatch),
);

/** The word at `i` is "لها" after an adjective of loyalty ("الموالين لها"): part of the joined group's description. */
export function loyalToIt(words: readonly string[], i: number): boolean {
  return TO_IT.has(words[i] ?? '') && LOYAL.has(words[i - 1] ?? '');
}
