// "A local official denied that fighters from the town were involved": who did it denied, not the deed.
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * A denial of a hand in the deed, not of the deed: "denied that fighters from the town were involved",
 * "denied any involvement", "denied it was behind the attack", "ونفت الفصائل تورطها في ذلك", "نفى
 * المجلس أي علاقة له بالهجوم". The event told before it stands; only its doer is in dispute.
 */
const DOER_DENIED = new RegExp(
  `(?<!${L})(?:denied|dismissed|rejected)\\s+(?:any\\s+)?(?:involvement|responsibility|role|links?)(?!${L})` +
    `|(?<!${L})(?:denied|dismissed|rejected)\\s+(?:that\\s+)?[^.;]{0,80}?(?:was|were|had\\s+been|being)\\s+(?:involved|behind|responsible)(?!${L})` +
    `|(?<!${L})(?:${f(['نفت', 'نفى', 'نفوا', 'ونفت', 'ونفى', 'ونفوا'])})\\s+(?:[\\p{L}]+\\s+){0,4}?(?:${f(['أي', 'اي'])}\\s+)?(?:${f(['تورط', 'تورطها', 'تورطه', 'تورطهم', 'مسؤولية', 'مسؤوليتها', 'مسؤوليته', 'مسؤوليتهم', 'علاقة', 'علاقتها', 'علاقته', 'علاقتهم', 'صلة', 'صلتها', 'صلته', 'صلتهم'])})(?!${L})`,
  'u',
);

/** The sentence (in matching form) denies who did the deed told, not that it happened. */
export const deniesOnlyDoer = (matchText: string): boolean => DOER_DENIED.test(matchText);
