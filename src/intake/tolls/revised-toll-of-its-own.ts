// "In Damascus, at least 14 people were killed …, the agency said, revising an earlier toll of nine":
// a new item fronted by its place, whose own toll replaces the earlier one it names after it.
import { L } from '../reading/word-pattern.js';

/**
 * "revising an earlier toll of nine", "up from an initial toll of six", "updating its previous
 * count of 11": the earlier toll told as what the clause's own count replaced, after that count.
 */
const REVISED_AFTER = new RegExp(
  `(?<!${L})(?:revising|revised|raising|raised|updating|updated|correcting|up from|down from)\\s+(?:an?|the|its|their)\\s+(?:earlier|previous|initial|preliminary|first)\\s+(?:death\\s+)?(?:toll|count|tally)\\s+of(?!${L})`,
  'u',
);
/** An item told from its start by the place it stands at: "In Damascus,", "Elsewhere in Hama,". */
const FRONTED_PLACE = /^[^\p{L}\p{N}]*(?:(?:elsewhere|meanwhile),? )?(?:in|near|at) [^,.;]{2,40},/u;

/**
 * The sentence (in matching form) opens on a place of its own and tells, after a toll of its own, the
 * earlier toll that one revised: its earlier toll is its own event's, no earlier report of the event
 * told before it (as first-toll-after.ts reads the Arabic "بعد أن كانت الحصيلة الأولية خمسة").
 */
export function revisedTollOfItsOwn(matchText: string): boolean {
  const m = REVISED_AFTER.exec(matchText);
  return !!m && m.index > 0 && FRONTED_PLACE.test(matchText);
}
