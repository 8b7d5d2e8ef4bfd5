// "نجل أحد الضحايا أصيب بجروح", "the son of one of the victims was wounded": the kin of one of the
// dead is someone else, hurt on his own, not one of the victims counted before told of again.
import { normalizeForMatch } from '../../text/normalize.js';

/** A kin noun in construct with the victim it is kin of, right before "أحد الضحايا"/"one of the victims". */
const KIN_OF = new RegExp(
  `(?<![\\p{L}])و?(?:${['نجل', 'ابن', 'ابنة', 'شقيق', 'شقيقة', 'والد', 'والدة', 'زوج', 'زوجة', 'حفيد', 'أخ', 'أخت'].map(normalizeForMatch).join('|')}|(?:son|daughter|brother|sister|father|mother|wife|husband) of)\\s*$`,
  'u',
);

/** Whether "one of the dead" found at `index` of `text` (in matching form) names whose kin the subject is. */
export function isKinOf(text: string, index: number): boolean {
  return KIN_OF.test(text.slice(Math.max(0, index - 20), index));
}
