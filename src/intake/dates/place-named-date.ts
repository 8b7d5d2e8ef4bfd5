// "شارع 8 آذار", "جسر 14 تموز", "8 March Street": a street, square or bridge named for a day.
import { alt } from './date-patterns.js';

/** The place nouns Iraqi and Syrian streets, squares, bridges, quarters and hospitals are named with. */
const PLACE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])[وفبل]{0,2}${alt(['شارع', 'ساحة', 'جسر', 'دوار', 'حي', 'ضاحية', 'مستشفى', 'مشفى', 'مدرسة', 'ملعب'])}\\s+$`,
  'u',
);
const PLACE_AFTER =
  /^\s+(?:street|st\.|square|bridge|roundabout|avenue|hospital|quarter|district)(?!\p{L})/iu;

/**
 * A day and month right after a place noun, or right before one in English ("rockets fell near 8
 * Azar street" — "محيط شارع 8 آذار", "قرب جسر 14 تموز", "the 14 July Bridge"): the name of a place,
 * which Iraq and Syria give their streets, squares and bridges after revolutions and holidays — no
 * day of the event; read as one, it dates today's blow to a holiday weeks or years back.
 */
export function namesPlace(text: string, start: number, end: number): boolean {
  return (
    PLACE_BEFORE.test(text.slice(Math.max(0, start - 14), start)) ||
    PLACE_AFTER.test(text.slice(end, end + 14))
  );
}
