// "a December rocket attack", "the January missile strike": a month named as the attribute of a deed.
import { alt, B, MONTH, monthOf, NO_DAY_AFTER } from './date-patterns.js';
import { clipTo, month, monthYear, type DateRule } from './date-values.js';

/** The deeds wire copy dates by a month alone, in front of the noun: "a March bombing". */
const DEED_NOUNS = alt([
  'attack',
  'attacks',
  'strike',
  'strikes',
  'airstrike',
  'airstrikes',
  'bombing',
  'bombings',
  'blast',
  'explosion',
  'assault',
  'ambush',
  'raid',
  'raids',
  'shelling',
  'killing',
  'killings',
  'massacre',
]);

/**
 * "blamed for a December rocket attack", "since the January missile strike on the base": the month
 * before a deed's noun (up to two words between) is when that deed was, the last such month before
 * the news. Only the month is the date's words, so "since" before the article makes no span up to
 * the news (dates.ts `toldSince`); a lone lower-case "a march" or "may" is no month unless a deed's
 * noun follows it.
 */
export const MONTH_OF_DEED_RULES: readonly DateRule[] = [
  {
    pattern: new RegExp(
      `(?<=(?<!\\p{L})(?:a|an|the)\\s)${B(MONTH)}${NO_DAY_AFTER}(?=\\s+(?:[a-z-]+\\s+){0,2}?${DEED_NOUNS}(?!\\p{L}))`,
      'gu',
    ),
    resolve: (g, ctx) => {
      const m = monthOf(g);
      return clipTo(month(monthYear(m, undefined, ctx), m), ctx.published);
    },
  },
];
