// "…أسفر عن مقتل أحد المهربين وإصابة آخر، فيما أصيب عنصر من الدورية بجروح طفيفة": victims told
// after "while", hit by a verb of their own, beside the toll the sentence gave — more of them.
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * A clause (matching form) that opens on "فيما", "بينما" or "في حين" and the passive of a casualty
 * verb, its subject not one named before (no "ال": "فيما أصيب الآخرون" are the ones counted): a
 * clash's other side ("فيما أصيب أربعة من مقاتلي الوحدات"), a member of the patrol beside the
 * smugglers, are hit beyond the ones the sentence counted, never those told again.
 */
const WHILE_HIT = new RegExp(
  `^["«“]?\\s*(?:${f(['فيما', 'بينما', 'في حين'])})\\s+(?:${f(['أصيب', 'أصيبت', 'أصيبوا', 'أصيبا', 'جرح', 'جرحوا', 'قتل', 'قتلت', 'قتلوا', 'قتلا', 'استشهد', 'استشهدت', 'استشهدوا', 'استشهدا'])})\\s+(?!${f(['ال'])})${L}`,
  'u',
);

/** The clause tells victims hit "while", after the toll its sentence gave (whileOthersHit). */
export function whileOthersHit(matchText: string): boolean {
  return WHILE_HIT.test(matchText);
}
