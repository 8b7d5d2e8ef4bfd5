// Wounds are a blow's, never a disease's: a clause telling them is no epidemic's case.
import { WOUND_NOUNS_AR } from '../casualties/wound-nouns.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "أصيب نجله بجروح", "بجراح خطيرة", "was wounded", "injuries": an article that also counts an
 * epidemic's cases ("17 إصابة جديدة بفيروس كورونا") calls those "إصابة", never wounds; a clause that
 * says wounds tells of someone hurt, whatever else the article is about. So do the wounds of a blade
 * or a bullet a dead man was found with ("جثة رجل مقتولاً بطعنات سكين", "بطلق ناري في رأسه", "مصاباً
 * بعدة طلقات نارية", "stabbed to death"), and a sniper's or a gunman's bullet that killed ("قتل برصاص
 * قناص", "shot dead by a sniper"): no disease fires one. Nor does it open fire: "قتل فيها رجل وابنه
 * بإطلاق نار على سيارتهما", "killed by gunfire".
 */
const WOUNDS = new RegExp(
  `(?<!${L})(?:${anyOf([...WOUND_NOUNS_AR, 'بجروحه', 'بجراحه', 'طعنات', 'بطعنات', 'طعنة', 'بطعنة', 'طلق ناري', 'بطلق ناري', 'بطلقات نارية', 'طلقات نارية', 'طلقة نارية', 'بطلقة نارية', 'برصاص', 'برصاصة', 'قناص', 'قناصة', 'إطلاق نار', 'بإطلاق نار', 'إطلاق النار', 'بإطلاق النار'])}|wounds|wounded|injured|injuries|stabbed|stab wounds|gunshot wounds?|shot dead|snipers?|gunfire)(?!${L})`,
  'iu',
);

/** The clause (in matching form) tells of wounds. */
export function toldAsWounds(matchText: string): boolean {
  return WOUNDS.test(matchText);
}
