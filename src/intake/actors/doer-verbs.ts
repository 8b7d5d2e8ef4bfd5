// A force told as the subject of the blow: its men did it, though a count stands before them.
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "two gunmen on a motorcycle opened fire on the activist", "خمسة مسلحين يستقلون سيارتين هاجموا
 * النقطة": counted men followed by an active verb of attack are the attackers, not the dead. Words
 * between may describe them, but no auxiliary or linking word ("were killed when gunmen attacked":
 * the soldiers did not attack).
 */
const DOER_AFTER = new RegExp(
  `^(?:\\s+(?!(?:was|were|been|is|are|when|after|as|while|by|before|and|${f(['بعد', 'عندما', 'حين', 'إثر', 'جراء', 'بعدما', 'أثناء'])})(?!${L}))[^\\s.,،;:]+){0,4}?\\s+(?:opened fire|stormed|attacked|ambushed|raided|fired (?:on|at)|planted|detonated|${f(['أطلقوا النار', 'أطلقا النار', 'أطلق النار', 'هاجموا', 'هاجما', 'اقتحموا', 'اقتحما', 'نصبوا', 'زرعوا', 'فجروا', 'اغتالوا', 'اغتالا'])})(?!${L})`,
  'u',
);

export function actsAfter(text: string, end: number): boolean {
  return DOER_AFTER.test(text.slice(end, end + 60));
}
