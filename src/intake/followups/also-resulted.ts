// "…لتندلع اشتباكات استمرت نحو ساعة، أسفرت أيضاً عن إصابة امرأة": more of what the event told did.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "أسفرت أيضاً عن", "أدى أيضاً إلى", "ما أدت أيضاً إلى": what was told "also resulted in" — the toll
 * of a blow or a fight just told, one more part of its harm, never a blow of its own.
 */
const ALSO_RESULTED = new RegExp(
  `(?<!${L})(?:${anyOf(['أسفر', 'أسفرت', 'وأسفر', 'وأسفرت', 'أدى', 'أدت', 'وأدى', 'وأدت'])})\\s+${anyOf(['أيضا'])}\\s+(?:${anyOf(['عن', 'إلى'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells what the event just told also resulted in. */
export const alsoResulted = (matchText: string): boolean => ALSO_RESULTED.test(matchText);
