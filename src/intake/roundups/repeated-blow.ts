// "…منذ مطلع العام، وأصيب أكثر من 600 آخرين جراء القصف المتكرر": a blow told as repeated is no one event.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "جراء القصف المتكرر", "بسبب الغارات المتواصلة", "in repeated shelling", "from the continued
 * strikes": the blow named with a word saying it came again and again — a kind of blow over a span,
 * not one event's. A clause whose only blow is so told, set after a total over a span (the others
 * wounded beside the dead counted since the start of the year), is that total's other side, not an
 * event of its own (span-shared.ts).
 */
const REPEATED_BLOW = new RegExp(
  `(?<!${L})(?:${anyOf(['المتكرر', 'المتكررة', 'المتواصل', 'المتواصلة', 'المستمر', 'المستمرة', 'المتلاحقة'])})(?!${L})|(?<!${L})(?:repeated|continued|continuing|ongoing|persistent|incessant)\\s+(?:shelling|strikes|airstrikes|air\\s+strikes|raids|attacks|bombardment|bombing)(?!${L})`,
  'u',
);

/** The clause (in matching form) names its blow as repeated, over a span. */
export function blowToldRepeated(matchText: string): boolean {
  return REPEATED_BLOW.test(matchText);
}
