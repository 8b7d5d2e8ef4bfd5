// What a blow can or could do, told with a modal: a danger weighed, not an event that happened.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "A single shell can kill a shepherd", "the strikes could damage the bridge", "قد يقتل اللغم راعياً",
 * "من شأن القصف أن يدمر الجسر": a modal that governs the verb of harm (an adverb or "not" between)
 * tells what a weapon may do, so neither its dead nor its blow are told as having happened ("could not
 * be reached" and "may have" are no verb of harm; "قد قتل", the perfect after "قد", is a deed done).
 */
const MAY_COME = new RegExp(
  `(?<!${L})(?:can|could|might|would|may)\\s+(?:(?:not|also|easily|still|even|well)\\s+){0,2}(?:kill|wound|injure|maim|hit|strike|destroy|damage|burn)(?!${L})|(?<!${L})(?:${anyOf(['قد', 'يمكن أن', 'يمكن ان', 'من شأنه أن', 'من شأنها أن'])})\\s+(?:${anyOf(['يقتل', 'تقتل', 'يصيب', 'تصيب', 'يدمر', 'تدمر', 'يودي', 'تودي', 'يحرق', 'تحرق'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells what a blow may do, not what it did. */
export function tellsWhatMayCome(matchText: string): boolean {
  return MAY_COME.test(matchText);
}
