// The dead of a span told in years or decades: the sum of a group's or a campaign's history, not an event.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * A length of years: "35-year" (read "35 year"), "three decades", "decades"; not an age ("a 35-year-old
 * man") nor a day long past ("two years ago"), which date one event.
 */
const YEARS_LONG = `(?<!${L})(?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\\s+(?:years?|decades?)|decades)(?!\\s+(?:old|ago)(?!${L}))(?!${L})`;

/**
 * The present perfect of a toll, or a doer held to account for deaths: "has killed", "have claimed",
 * "has been responsible for the deaths of": the dead counted up to now.
 */
const PERFECT_TOLL = `(?<!${L})(?:has|have)\\s+(?:(?:now|so\\s+far|already)\\s+)?(?:killed|claimed|been\\s+killed|been\\s+responsible\\s+for\\s+(?:the\\s+)?(?:deaths?|killing|killings))(?!${L})`;

/**
 * "على مدى 35 عاما", "خلال أكثر من ثلاثة عقود", "طوال عقود": the dead counted over a span of years
 * (the Arabic tells the span with a preposition of duration, whatever the tense).
 */
const OVER_YEARS_AR = new RegExp(
  `(?<!${L})(?:${anyOf(['على مدى', 'على مدار', 'خلال', 'طوال', 'طيلة'])})\\s+(?:(?:${anyOf(['أكثر من', 'نحو', 'قرابة', 'حوالي'])})\\s+)?(?:\\d+\\s+(?:${anyOf(['عاما', 'عام', 'سنة', 'سنوات', 'أعوام'])})|(?:${L}+\\s+)?(?:${anyOf(['عقود', 'عقدين', 'عقد'])}))(?!${L})`,
  'u',
);

const PERFECT_TOLL_EN = new RegExp(PERFECT_TOLL, 'u');
const YEARS_LONG_EN = new RegExp(YEARS_LONG, 'u');

/**
 * The clause (in matching form) counts the dead over years: "in its 35-year campaign, the group has
 * been responsible for the deaths of over 40,000 people", "the insurgency has killed thousands over
 * three decades", "قتل أكثر من 40 ألف شخص على مدى 35 عاما". A figure of the article, never the toll of
 * an event told beside it.
 */
export function tollOverYears(matchText: string): boolean {
  return (PERFECT_TOLL_EN.test(matchText) && YEARS_LONG_EN.test(matchText)) || OVER_YEARS_AR.test(matchText);
}
