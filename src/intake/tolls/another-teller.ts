// Another teller's count of the dead of the event told in the sentence just before.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { sameRange } from '../dates/event-period.js';
import { sameGovernorate } from '../places/incident-places.js';
import type { Building } from '../incidents/incident-types.js';
import { EN_COUNT_PATTERN as COUNT } from '../reading/number-words.js';
import { L } from '../reading/word-pattern.js';
import { AT_THE_TIME } from '../roundups/lead-account.js';

/**
 * "A doctor at the main hospital told AFP five protesters had died", "The monitor confirmed four civilian
 * deaths in the town", "Organisers said nine had died,
 * including a nurse", "The monitor reported 14 people killed in the town": a teller (a few words),
 * a verb of telling, then only a count and a word or two for the dead — no event word, no "when"
 * or "after" that tells how they died, no "in a"/"in an" that names a blow of its own.
 */
// (what may open the sentence before its first word is no letter of any script: `\W` is any
// character but an ASCII one, Arabic letters among them, and on Arabic text it left the words after
// it to be split every way before the English verb could fail)
const TELLER_COUNTS_DEAD = new RegExp(
  `^[^\\p{L}\\p{N}]*(?:[\\p{L}\\p{N}'’-]+,?\\s+){1,10}?(?:said|says|told\\s+[\\p{L}]+|reported|counted|documented|recorded|confirmed)\\s+(?:that\\s+)?(?:at\\s+least\\s+|only\\s+)?${COUNT}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:had\\s+died|had\\s+been\\s+killed|were\\s+killed|died|killed|dead|deaths)(?!${L})(?![^.;]*(?<!${L})(?:when|after|as|while|in\\s+an?|by\\s+an?)(?!${L}))`,
  'u',
);

/**
 * "SANA said 15 civilians were killed in a "terrorist attack" in the area": the teller's own name for
 * the blow ("in a …") set in the place just told ("in the area", "in the same area"), the blow told
 * before in another teller's words — not one of its own, as "in a car bomb in Homs" would be.
 */
const TELLER_COUNTS_DEAD_HERE = new RegExp(
  `^[^\\p{L}\\p{N}]*(?:[\\p{L}\\p{N}'’-]+,?\\s+){1,10}?(?:said|says|told\\s+[\\p{L}]+|reported)\\s+(?:that\\s+)?(?:at\\s+least\\s+)?${COUNT}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:had\\s+been\\s+killed|were\\s+killed|died|killed|dead)\\s+in\\s+an?\\s+[^.;]{1,40}?\\s+in\\s+the\\s+(?:same\\s+)?area(?!${L})(?!\\s+of(?!${L}))(?![^.;]*(?<!${L})(?:when|after|as|while|by\\s+an?)(?!${L}))`,
  'u',
);

/**
 * How many sentences on from the one that told the event its teller's count may open: the next one,
 * or the one after a sentence that drew no incident ("The Observatory said the dead were drivers …
 * Deir ez-Zor 24, a local network, said 14 people were killed": who the dead were, then another
 * teller's count of them).
 */
const TELLER_AFTER = 2;

/**
 * The clause opens the sentence after the one that told `last` (its dead counted), or the one after
 * a sentence that told no incident (`toldLast`: the last sentence before it any incident was drawn
 * from), and gives only another teller's count of dead, with no day, other governorate or event of its own
 * and nothing that makes them more victims (others, another, a total): the dead of that event in
 * that teller's figures, not a second event. The first count stays; the other is shown to the editor.
 */
export function anotherTellersDead(
  last: Building | undefined,
  facts: ClauseFacts,
  sentenceIndex: number,
  nth: number,
  toldLast: number,
): boolean {
  if (!last || nth !== 0 || !last.sentences.includes(toldLast)) return false;
  if (sentenceIndex - toldLast > TELLER_AFTER) return false;
  // (past a sentence between, not a count told as the first one, "Rescuers initially reported four
  // dead, but the toll rose to seven": the teller's own count before the rise, left to the rules of rises)
  if (sentenceIndex - toldLast > 1 && AT_THE_TIME.test(facts.matchText)) return false;
  const { killed, wounded, attackersKilled } = facts.casualties;
  if (last.killed === null || killed === null || wounded !== null || attackersKilled !== null) return false;
  if (facts.separate || facts.another || facts.similar || facts.aggregate || facts.additional) return false;
  if (facts.risenTo || facts.diedOfWounds || facts.claims || facts.denied) return false;
  if (facts.eventDate && !(last.date && sameRange(facts.eventDate.date, last.date))) return false;
  // (an event told with no place at all yet — "near the town of X", placed once the article is read —
  // is set apart by no governorate the teller's words name: "Deir ez-Zor 24 said…" names an outlet;
  // one told only in its country is placed by the spot a teller names, countryThenSpot)
  if (facts.place?.governorate && last.place && !sameGovernorate(last.place, facts.place)) return false;
  return TELLER_COUNTS_DEAD.test(facts.matchText) || TELLER_COUNTS_DEAD_HERE.test(facts.matchText);
}

/** The last sentence before `sentenceIndex` any incident built so far was drawn from (-1: none). */
export const lastToldSentence = (built: readonly Building[], sentenceIndex: number): number =>
  Math.max(-1, ...built.flatMap((b) => b.sentences).filter((i) => i < sentenceIndex));
