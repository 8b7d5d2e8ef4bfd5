// "بينما قتل 17 عنصراً من قوات النظام، مشيراً إلى أن الطائرات شنت مئة غارة خلال يومين": the teller
// goes on ("مشيراً إلى أن", "مضيفاً أن") to more of what it tells within the clause that counted a
// side's dead — the blows and days told after that are the teller's next point, not the dead's own.
import { L, anyOf } from '../reading/word-pattern.js';

/** "، مشيراً إلى أن", "، لافتاً إلى أن", "، مضيفاً أن", "، موضحاً أن": the teller going on (matching form). */
const GOING_ON = new RegExp(
  `[،,]\\s*(?:(?:${anyOf(['مشيرا', 'مشيرة', 'لافتا', 'لافتة'])})\\s+(?:${anyOf(['إلى'])})|(?:${anyOf(['مضيفا', 'مضيفة', 'موضحا', 'موضحة', 'مبينا', 'مبينة'])}))\\s+(?:${anyOf(['أن'])})(?!${L})`,
  'u',
);

/** Where the clause (matching form) goes on to the teller's next point: its length if it does not. */
export function goesOnAt(matchText: string): number {
  const at = matchText.search(GOING_ON);
  return at < 0 ? matchText.length : at;
}
