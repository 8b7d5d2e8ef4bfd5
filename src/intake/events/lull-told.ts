// A fight easing or calm returning: the end of what was told, no event of its own.
import { AR_PREFIX } from '../reading/view.js';
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';

/**
 * "وتراجعت حدة الاشتباكات صباح اليوم مع دخول وجهاء في مفاوضات", "وهدأت حدة القصف بعد منتصف الليل":
 * the fight's intensity easing, the lull after the clashes the article told — not another clash.
 */
const EASED_AR = new RegExp(
  `(?<!${L})${AR_PREFIX}(?:${anyOf(['تراجعت', 'هدأت', 'خفت', 'انخفضت', 'تراجع', 'هدأ', 'خف'])})\\s+(?:${anyOf(['حدة'])})\\s+(?:${anyOf(['الاشتباكات', 'المعارك', 'المواجهات', 'القصف'])})(?!${L})`,
  'u',
);

/**
 * "The fighting eased on Tuesday as elders negotiated a truce", "clashes between the two sides subsided by the morning",
 * "A fragile calm returned to the area on Tuesday morning" (calm at the head of its sentence, not
 * "clashes lasted three hours before calm returned", the fight itself): the lull after the fight.
 */
const EASED_EN = new RegExp(
  `(?<!${L})(?:fighting|clashes|shelling)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:had\\s+)?(?:eased|subsided|died\\s+down)(?!${L})|${CLAUSE_HEAD}(?:an?\\s+)?(?:[\\p{L}-]+\\s+)?calm\\s+(?:had\\s+)?returned(?!${L})`,
  'u',
);

/** The clause (in matching form) tells the fight easing or calm returning. */
export function tellsLull(matchText: string): boolean {
  return EASED_AR.test(matchText) || EASED_EN.test(matchText);
}
