// "the Islamic State group's self-declared capital", "معقل تنظيم داعش": a place named by who holds it.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * Words that describe the place between the possessive and the place ("self-declared", "de facto",
 * "Syrian", "northern"): any words but those that start a phrase of their own ("IS's attack on the
 * stronghold" is the group at work).
 */
const DESCRIBING = `(?:(?!(?:on|of|in|at|near|against|around|to|from|and|the|an?)(?!${L}))\\p{L}+\\s+){0,4}?`;
/** After the group: its possessive and a word for the place it holds. */
const HOLDS_AFTER = new RegExp(
  `^\\s*(?:group|militants|militia)?\\s*['’]?\\s*s\\s+${DESCRIBING}(?:capital|stronghold|strongholds|bastion|heartland|territory|enclave|redoubt)(?!${L})`,
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
    HOLDS_AFTER.test(text.slice(end, end + 64)) ||
    HOLDS_BEFORE.test(text.slice(Math.max(0, start - 24), start))
  );
}
