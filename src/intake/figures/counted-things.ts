// A count of things (strikes, units, positions, vehicles): never an incident's dead or wounded.
import { L, anyOf } from '../reading/word-pattern.js';

/** Nouns of things a security report counts, right after the number. */
const THINGS = new RegExp(
  `^\\s+(?:${anyOf(['وحدات', 'وحدة', 'ضربات', 'ضربة', 'غارات', 'غارة', 'مواقع', 'موقعا', 'أهداف', 'هدفا', 'آليات', 'آلية', 'عربات', 'عربة', 'مركبات', 'مركبة', 'منازل', 'منزلا', 'مبان', 'صواريخ', 'صاروخا', 'قذائف', 'قذيفة'])}|units?|strikes?|air ?strikes?|raids?|targets?|positions?|vehicles?|houses?|buildings?|rockets?|missiles?|shells?)(?!${L})`,
  'u',
);

/**
 * "نفذ 14 ضربة … استهدفت 9 وحدات تكتيكية للتنظيم", "struck 9 targets": a count of things, a key
 * figure even where an incident told in the same sentence has as many dead or wounded (`text` is
 * the sentence in matching form, `n` a number in it).
 */
export function countsThings(text: string, n: { end: number }): boolean {
  return THINGS.test(text.slice(n.end, n.end + 24));
}
