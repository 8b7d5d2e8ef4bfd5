// A death from heat or cold, told in the hardship of displacement or siege: no deed and no doer.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "A four-year-old boy died of heat exhaustion in the camp", "two infants died from the cold", "توفي
 * طفل بسبب ضربة شمس في المخيم", "وفاة رضيعين جراء البرد": the weather killed, not a hand; such a death
 * is the camp's or the siege's hardship, never an incident of violence.
 */
const DIED_OF_EXPOSURE = new RegExp(
  `(?<!${L})(?:died|dies|death|deaths)\\s+(?:of|from)\\s+(?:(?:the|severe|extreme)\\s+)?(?:heat\\s*(?:exhaustion|stroke)|heatstroke|sunstroke|dehydration|hypothermia|exposure|cold)(?!${L})|(?<!${L})(?:${anyOf(['توفي', 'توفيت', 'توفى', 'وفاة', 'مات', 'ماتت'])})\\s+(?:[^\\s.،,]+\\s+){0,4}?(?:${anyOf(['بسبب', 'جراء', 'من جراء', 'إثر', 'نتيجة'])})\\s+(?:${anyOf(['شدة'])}\\s+)?(?:${anyOf(['ضربة شمس', 'ضربة الشمس', 'الحر', 'البرد', 'الصقيع', 'التجمد', 'الجفاف'])})(?!${L})`,
  'iu',
);

/** The clause (in matching form) tells a death from heat or cold. */
export function diedOfExposure(matchText: string): boolean {
  return DIED_OF_EXPOSURE.test(matchText);
}
