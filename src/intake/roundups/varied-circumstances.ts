// Dead told as fallen "in different circumstances": a tally of several deaths, no event of its own.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "و4 قتلوا في ظروف مختلفة", "مقتل 6 أشخاص بظروف متفرقة", "five others died in various
 * circumstances": deaths each of its own kind and day, summed as one count — a share of a tally (or
 * a lead over the items told after it), never one blow. Not "في ظروف غامضة", "in mysterious
 * circumstances": how one death came about.
 */
const VARIED = new RegExp(
  `(?<!${L})(?:${anyOf(['في', 'ب'])}\\s*)?(?:${anyOf(['ظروف'])})\\s+(?:${anyOf(['مختلفة', 'متفرقة', 'متعددة', 'متباينة', 'متنوعة'])})(?!${L})|(?<!${L})(?:in|under)\\s+(?:various|different|varying|varied|separate)\\s+circumstances(?!${L})`,
  'iu',
);

/** The clause (in matching form) counts its dead as fallen in different circumstances. */
export function diedInVariedCircumstances(matchText: string): boolean {
  return VARIED.test(matchText);
}
