// A state named by its aircraft: the one that struck from the air.
import { L, anyOf } from '../reading/word-pattern.js';

/** "Turkish drones", "Syrian warplanes", "the Russian air force": the aircraft right after the country's name. */
const AIRCRAFT_AFTER =
  /^[\s-]*(?:(?:army|military|air force|armed)\s+)?(?:war ?planes?|drones?|jets?|fighter jets?|aircraft|helicopters?|gunships?|air ?strikes?|drone strikes?|air force|air raids?)(?![\p{L}])/u;
/** "طائرة مسيرة تركية", "الطيران الحربي الروسي", "غارة تركية", "مقاتلات تركية" (fighter jets): the aircraft or raid right before it (Arabic word order). */
const AIRCRAFT_BEFORE = new RegExp(
  `(?<!${L})(?:${anyOf(['طائرة', 'طائرات', 'الطائرة', 'الطائرات', 'طيران', 'الطيران', 'مسيرة', 'المسيرة', 'مسيرات', 'المسيرات', 'غارة', 'الغارة', 'غارات', 'الغارات', 'مقاتلة', 'المقاتلة', 'مقاتلات', 'المقاتلات'])})(?:\\s+${anyOf(['مسيرة', 'المسيرة', 'حربية', 'الحربية', 'الحربي', 'مسيرات', 'المسيرات'])})?\\s*$`,
  'u',
);

/**
 * An armed group has no warplanes: a state named with its aircraft ("Turkish drones struck PKK
 * targets", "بغارة شنتها طائرة مسيرة تركية") is the doer of the strike, and the group named beside
 * it is what was struck (`text` in matching form, the mention's bounds).
 */
export function airPowerAt(text: string, start: number, end: number): boolean {
  return (
    AIRCRAFT_AFTER.test(text.slice(end, end + 32)) ||
    AIRCRAFT_BEFORE.test(text.slice(Math.max(0, start - 32), start))
  );
}
