// What an operation seized or whom it caught: its outcome, not an event of its own.
import type { ClauseFacts } from '../incidents/clause-facts.js';

/**
 * "وأضاف البيان أن القوة ضبطت أحزمة ناسفة وأعتدة، مشيراً إلى إصابة أحد مقاتليها" (the force seized
 * explosive belts and ammunition, one of its fighters was wounded), "Troops seized weapons and
 * detained two suspects; a soldier was lightly hurt": the only event the clause names is a seizure or
 * an arrest, the outcome of the operation just told; its casualties are that operation's, not
 * another event's.
 */
export const namesOnlyFinds = (facts: Pick<ClauseFacts, 'event'>): boolean =>
  facts.event?.type === 'strategic_developments' &&
  (facts.event.subType === 'disrupted_weapons_use' || facts.event.subType === 'arrests');
