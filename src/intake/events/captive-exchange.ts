// An exchange of captives: a deal between the sides, no violent event of its own.
import { AR_PREFIX } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "The two sides exchanged hostages on Wednesday", "a prisoner swap", "أتمّ الطرفان صفقة تبادل
 * الأسرى", "جرت عملية تبادل للمختطفين": captives handed over for captives — ACLED's agreement, no
 * blow; the fighting or abduction that took them is told (and drafted) where the text tells it.
 */
const EXCHANGE = new RegExp(
  `(?<!${L})(?:exchanged|swapped|traded|exchange|swap)\\s+(?:of\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:hostages|prisoners|captives|detainees|abductees)(?!${L})|(?<!${L})(?:hostage|prisoner|captive|detainee)s?\\s+(?:swap|exchange)(?!${L})|(?<!${L})${AR_PREFIX}(?:${anyOf(['تبادل', 'تبادلوا', 'تبادلت', 'تبادلا', 'يتبادل', 'مبادلة'])})\\s+(?:[^\\s،,.]+\\s+){0,2}?(?:${anyOf(['الأسرى', 'أسرى', 'للأسرى', 'المختطفين', 'للمختطفين', 'المخطوفين', 'للمخطوفين', 'الرهائن', 'رهائن', 'للرهائن', 'المحتجزين', 'للمحتجزين'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells captives exchanged between the sides. */
export function tellsCaptiveExchange(matchText: string): boolean {
  return EXCHANGE.test(matchText);
}
