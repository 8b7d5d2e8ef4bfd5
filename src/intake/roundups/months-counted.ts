// "ووثق ناشطون مقتل أكثر من 1400 مقاتل من الطرفين خلال ثلاثة أشهر من المعارك", "killed over three
// months of fighting": a toll spread over a span of months or years told by its count — the sum of a
// season of fights, not one of them (period-totals.ts reads the spans named back or counted back,
// "خلال الأشهر الماضية"; this is the span counted forward by its number).
import { AR_UNITS, EN_COUNT_PATTERN } from '../reading/number-words.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** The words that spread a count over the span after them ("خلال", "على مدى", "over", "during"). */
const OVER_AR = anyOf(['خلال', 'طيلة', 'طوال', 'على مدى', 'على مدار']);

/** A count of months or years: "ثلاثة أشهر", "3 سنوات", "شهرين", "عامين" (matching form). */
const MONTHS_AR = `(?:(?:\\d+|${Object.keys(AR_UNITS).join('|')}|${anyOf(['عشرة', 'عشر'])})\\s+(?:${anyOf(['أشهر', 'شهور', 'أعوام', 'سنوات'])})|${anyOf(['شهرين', 'عامين', 'سنتين'])})`;

const MONTHS_COUNTED = new RegExp(
  `(?<!${L})(?:${OVER_AR})\\s+${MONTHS_AR}(?!${L})|(?<!${L})(?:over|during|throughout)\\s+(?:the\\s+)?${EN_COUNT_PATTERN}\\s+(?:months|years)(?!${L})`,
  'u',
);

/** The clause (matching form) spreads what it counts over months or years told by their number. */
export const countedOverCountedMonths = (matchText: string): boolean => MONTHS_COUNTED.test(matchText);
