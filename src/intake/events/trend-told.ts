// A kind of event told as a trend or a habit that goes on: the news's setting, no one event.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "Protests have spread across the south in recent days", "attacks have continued over the past
 * weeks": the perfect of a spreading or lasting, over recent days, weeks or months — many events
 * told as one trend, none of them on a day or at a place.
 */
const SPREAD_LATELY = new RegExp(
  `(?<!${L})(?:have|has)\\s+(?:spread|continued|persisted|grown|mounted|multiplied|swept|been\\s+(?:spreading|growing|mounting|continuing))(?!${L}).*?(?<!${L})(?:in|over|during|for)\\s+(?:recent|the\\s+(?:past|last)(?:\\s+few)?)\\s+(?:days|weeks|months)(?!${L})`,
  'u',
);

/**
 * "إذ لم تتوقف قوات النظام عن استهداف البلدات", "ولم يتوقف القصف على المنطقة منذ أيام", "وتتكرر
 * حوادث التفجير في المدينة منذ أشهر": what has not stopped, or what keeps happening, told in the
 * present — the habit of a side, not one blow.
 */
const NEVER_STOPPED = new RegExp(
  `(?<!${L})(?:${anyOf(['لم تتوقف', 'لم يتوقف', 'لم تكف', 'لم يكف', 'لم تنقطع', 'لم ينقطع', 'لا تتوقف', 'لا يتوقف', 'لا تكاد تتوقف', 'لا يكاد يتوقف'])})(?!${L})|(?<!${L})(?:${anyOf(['تتكرر', 'وتتكرر', 'يتكرر', 'ويتكرر'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells a trend or a habit, no one event. */
export function tellsTrend(matchText: string): boolean {
  return SPREAD_LATELY.test(matchText) || NEVER_STOPPED.test(matchText);
}
