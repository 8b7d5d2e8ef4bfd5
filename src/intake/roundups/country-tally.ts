// A monitor's tally of the dead it documented over a whole country: the sum of the day's events everywhere.
import { normalizeForMatch } from '../../text/normalize.js';
import { CLAUSE_HEAD, L, anyOf, matchForms } from '../reading/word-pattern.js';
import { ACROSS_EN, COUNTRY_EN } from './whole-country.js';

/**
 * "ارتفع إلى 118 عدد الشهداء الذين وثقهم المرصد في سوريا يوم أمس", "القتلى الذين وثقتهم الشبكة في
 * عموم البلاد", "الشهداء الذين تم توثيقهم اليوم في سوريا": the dead a monitor documented, counted over the country (not a risen toll of one
 * event it documented, "الذين وثقهم المرصد جراء الغارة", which names no country).
 */
const COUNTRY_TALLY = new RegExp(
  `(?<!${L})(?:${anyOf(['وثقهم', 'وثقتهم', 'وثقها', 'توثيقهم'])})(?!${L})[^،,.؛]{0,40}?(?<!${L})(?:${anyOf(['في سوريا', 'في العراق', 'في البلاد', 'في عموم', 'في مختلف', 'في كافة'])})(?!${L})`,
  'u',
);

/**
 * "ليرتفع عدد شهداء يوم الأحد في سوريا إلى 112", "bringing the day's toll across Syria to 112": the
 * count of the whole country risen to a figure with the items told before it (the comma before it
 * makes it a clause of its own: running-total.ts), their sum and no item's own toll.
 */
const COUNTRY_RISEN = new RegExp(
  `(?<!${L})(?:${anyOf(['ليرتفع', 'لترتفع', 'يرتفع', 'ترتفع', 'ليصل', 'لتصل', 'ليبلغ', 'لتبلغ'])}|bringing|raising|taking)(?!${L})[^،,.؛]{0,80}?(?<!${L})(?:${anyOf(['في سوريا', 'في سورية', 'في العراق', 'في البلاد', 'في عموم', 'في مختلف'])}|${anyOf([...ACROSS_EN, 'in'])} ${COUNTRY_EN})(?!${L})`,
  'u',
);

/**
 * "put Sunday's nationwide toll at 132 dead", "the day's death toll across the country rose to 90",
 * "the nationwide death toll": a toll told of the whole country, the sum of the day's events
 * everywhere, of which the items told are a few; so are the dead told so, "said 106 people were
 * killed nationwide on Sunday" (the English of "في عموم البلاد" below).
 */
const COUNTRY_TOLL = new RegExp(
  `(?<!${L})(?:(?:nationwide|countrywide) (?:death )?toll|(?:death )?toll (?:nationwide|countrywide|${anyOf(ACROSS_EN)} ${COUNTRY_EN})|(?:killed|died|dead) (?:nationwide|countrywide))(?!${L})`,
  'u',
);

/**
 * "ارتفع عدد شهداء سوريا اليوم إلى 97 شهيداً", "حصيلة قتلى العراق": the dead noun bound to the
 * country's name is the count of the whole country, not a risen toll of the event told before it.
 */
const COUNTRY_DEAD = new RegExp(
  `(?<!${L})(?:${anyOf(['عدد', 'حصيلة'])}) (?:${anyOf(['شهداء', 'قتلى', 'ضحايا'])}) (?:${anyOf(['سوريا', 'سورية', 'العراق', 'البلاد'])})(?!${L})`,
  'u',
);

/**
 * "سقوط 112 شهيداً في عموم سوريا، بينهم 9 في محافظة درعا": the dead told of the whole country, of
 * which the province's share follows (the items of the article are a few of them).
 */
const DEAD_COUNTRYWIDE = new RegExp(
  `(?<!${L})(?:${anyOf(['شهيدا', 'شهداء', 'قتيلا', 'قتلى', 'ضحية', 'ضحايا'])}) ${normalizeForMatch('في عموم')} (?:${anyOf(['سوريا', 'سورية', 'العراق', 'البلاد'])})(?!${L})`,
  'u',
);

/**
 * "Nationwide, at least 40 people were killed on Friday, including in Baghdad", "Across the country,
 * 12 died", "وعلى مستوى البلاد، قتل 40 متظاهراً": the whole country fronted before the dead it
 * counts, the day's sum everywhere, of which the items told are a few (and the town it names after
 * "including" one of many).
 */
const FRONTED_COUNTRY = new RegExp(
  `${CLAUSE_HEAD}(?:and\\s+)?(?:nationwide|countrywide|${anyOf(ACROSS_EN)}\\s+${COUNTRY_EN})\\s*,[^.;]*?(?<!${L})(?:killed|dead|died|deaths|wounded|injured)(?!${L})|${CLAUSE_HEAD}(?:${anyOf(['وعلى مستوى', 'على مستوى', 'وفي عموم', 'في عموم'])}) (?:${anyOf(['البلاد', 'العراق', 'سوريا', 'سورية'])})\\s*[,،][^.؛]*?(?<!${L})(?:${anyOf(['قتل', 'مقتل', 'قتيلا', 'قتلى', 'شهيدا', 'شهداء', 'أصيب', 'جرح', 'جريحا', 'جرحى'])})`,
  'u',
);

/**
 * The words FRONTED_COUNTRY cannot match without, looked for first: most clauses have none of them
 * and skip it.
 */
const FRONTED_WORDS = [
  'nationwide',
  'countrywide',
  ...ACROSS_EN,
  ...matchForms(['وعلى مستوى', 'على مستوى', 'وفي عموم', 'في عموم']),
];

/** The clause (in matching form) tells the dead a monitor documented, or a count risen, over the whole country. */
export function countryTally(matchText: string): boolean {
  return (
    COUNTRY_TALLY.test(matchText) ||
    COUNTRY_RISEN.test(matchText) ||
    COUNTRY_TOLL.test(matchText) ||
    COUNTRY_DEAD.test(matchText) ||
    DEAD_COUNTRYWIDE.test(matchText) ||
    (FRONTED_WORDS.some((word) => matchText.includes(word)) && FRONTED_COUNTRY.test(matchText))
  );
}
