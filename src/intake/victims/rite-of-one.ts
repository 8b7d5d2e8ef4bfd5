// "خلال تشييع أحد القتلى", "at the funeral of one of the victims": the dead one named is whose
// rite it was, a victim counted before; the clause's own count ("أصيب شابان … خلال تشييع …") stands.
import { normalizeForMatch } from '../../text/normalize.js';

/** A rite held for the dead, in construct with the one it was for. */
const RITE_OF = new RegExp(
  `(?<![\\p{L}])(?:${['تشييع', 'جنازة', 'دفن', 'مراسم دفن', 'جثمان', 'عزاء', 'مجلس عزاء'].map(normalizeForMatch).join('|')}|(?:funeral|burial|wake)\\s+(?:procession\\s+)?of)\\s*$`,
  'u',
);

/** Whether "one of the dead" found at `index` of `text` names whose funeral or burial it was. */
export function isRiteOf(text: string, index: number): boolean {
  return RITE_OF.test(text.slice(Math.max(0, index - 40), index));
}
