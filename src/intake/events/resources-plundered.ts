// The plunder or smuggling of a country's oil and grain: a charge state media repeats, not a blow.
import { AR_PREFIX } from '../reading/view.js';
import { L, anyOf, matchForms } from '../reading/word-pattern.js';

/**
 * "تقوم بتهريب عشرات الصهاريج المحملة بالنفط المسروق", "تواصل سرقة النفط والقمح السوري", "US forces
 * continue to loot Syrian oil", "smuggled dozens of tankers of stolen oil into Iraq": oil, wheat or
 * the country's wealth taken away, with no one hurt — ACLED codes no event for it.
 */
const PLUNDER = new RegExp(
  `(?<!${L})${AR_PREFIX}(?:${anyOf(['نهب', 'سرقة', 'تهريب', 'سرقه'])})\\s+(?:[^\\s.!?؟]+\\s+){0,4}?${AR_PREFIX}(?:${anyOf(['النفط', 'نفط', 'الثروات', 'ثروات', 'القمح', 'قمح', 'الحبوب', 'الصهاريج', 'صهاريج', 'المحاصيل'])})(?!${L})` +
    `|(?<!${L})(?:loot(?:s|ed|ing)?|plunder(?:s|ed|ing)?|steal(?:s|ing)?|stole|smuggl(?:e|es|ed|ing))\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:oil|wheat|grain|resources|wealth|tankers)(?!${L})`,
  'u',
);

/**
 * The verbs PLUNDER cannot match without, looked for first: most clauses have none, and a plain search
 * rejects them faster than the pattern's try at every letter.
 */
const PLUNDER_VERBS = [
  ...matchForms(['نهب', 'سرقة', 'تهريب', 'سرقه']),
  'loot',
  'plunder',
  'steal',
  'stole',
  'smuggl',
];

/** The clause (in matching form) tells oil, grain or wealth plundered or smuggled away. */
export function tellsResourcesPlundered(matchText: string): boolean {
  return PLUNDER_VERBS.some((verb) => matchText.includes(verb)) && PLUNDER.test(matchText);
}
