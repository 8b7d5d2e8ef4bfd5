// A toll told at the end of a sentence that opened on an earlier event in the pluperfect: that event's, on its day.
import type { DateValue } from '../dates/date-values.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { DateMention } from '../reading/types.js';
import { opensPluperfectOfNew } from './earlier-pluperfect.js';

/**
 * "وكانت الدفاعات الجوية قد أسقطت مساء أمس الأحد طائرة مسيرة فوق المطار، فإن شظاياها أصابت حارساً بجروح":
 * a sentence opened in the pluperfect on an event of a day before the one just told (a drone shot
 * down, no toll of its own), then a clause with casualties and no day of its own. The casualties are
 * of that earlier event, on its day — not more of the event told before the sentence.
 */
export function dayOfPluperfectSentence(
  facts: Pick<ClauseFacts, 'eventDate' | 'casualties'>,
  sentenceMatch: string,
  sentenceDate: DateMention | null,
  told: DateValue | null,
): DateMention | null {
  if (facts.eventDate || !sentenceDate || !told) return null;
  if (facts.casualties.killed === null && facts.casualties.wounded === null) return null;
  if (sentenceDate.date.to >= told.from) return null;
  return opensPluperfectOfNew(sentenceMatch) ? sentenceDate : null;
}
