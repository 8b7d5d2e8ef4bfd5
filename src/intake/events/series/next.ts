// An event the text counts as the second or third of its kind: the next of a series, by one hand.
import { ANOTHER_NOUNS_AR, ANOTHER_NOUNS_EN } from '../another-nouns.js';
import { ar, en } from '../cue-pattern.js';
import { L } from '../../reading/word-pattern.js';
import { AR_RANKS_BARE, EN_RANKS } from './ordinals.js';

/**
 * "On Monday, a second drone strike hit the outskirts of …", "واستهدفت غارة ثانية …": the next of the
 * events just told, of their kind — by the hand that did the first where it names none (not
 * "another attack", "هجوم آخر": a roundup's word for anyone's).
 */
const NEXT_OF_SERIES = new RegExp(
  `${ar(ANOTHER_NOUNS_AR)}(?:\\s+${L}+){0,2}?\\s+${ar([...AR_RANKS_BARE, 'ثان'])}|(?<!${L})(?:a|the) (?:${EN_RANKS.join('|')})\\s+(?:${L}+\\s+)?${en(ANOTHER_NOUNS_EN)}`,
  'u',
);

/** The clause (in matching form) tells the next event of a series. */
export const nextOfSeries = (matchText: string): boolean => NEXT_OF_SERIES.test(matchText);
