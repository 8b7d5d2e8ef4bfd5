// "the Islamic State group's self-declared capital", "معقل تنظيم داعش": a place named by who holds it.
import { L, anyOf } from './word-pattern.js';

/** After the group: its possessive and a word for the place it holds. */
const HOLDS_AFTER = new RegExp(
  `^\\s*(?:group|militants|militia)?\\s*['’]?\\s*s\\s+(?:(?:self[\\s-]declared|self[\\s-]proclaimed|self[\\s-]styled|de facto|former|last|main|remaining|key)\\s+)*(?:capital|stronghold|strongholds|bastion|heartland|territory|enclave|redoubt)(?!${L})`,
  'u',
);
/** Before the group: a word for the place it holds ("معقل", "عاصمة … المزعومة"), and "تنظيم" at most. */
const HOLDS_BEFORE = new RegExp(
  `(?<!${L})(?:${anyOf(['معقل', 'معاقل', 'آخر معاقل', 'عاصمة', 'مناطق انتشار'])})\\s+(?:${anyOf(['تنظيم'])}\\s+)?["«“]?\\s*$`,
  'u',
);

/**
 * The group is named only as the holder of a place ("Airstrikes … killed 12 civilians in Raqqa, the
 * Islamic State group's self-declared capital", "غارات على الرقة، معقل تنظيم داعش"): no side of the
 * event the clause tells (whoever strikes there strikes it, not by it).
 */
export function holdsPlaceAt(text: string, start: number, end: number): boolean {
  return (
    HOLDS_AFTER.test(text.slice(end, end + 48)) ||
    HOLDS_BEFORE.test(text.slice(Math.max(0, start - 24), start))
  );
}
