// The victims already counted, told again in parts: how each of them died or was hurt.
import { alsoHit } from '../tolls/wounded-died/phrases.js';
import { diedAtOnce } from './died-at-once.js';
import { oneOfTheBlows } from './one-of-blows.js';
import { countsBodies } from './bodies-in-parts.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { spanOf, type Count } from '../reading/count.js';
import { otherSpot, sameGovernorate } from '../places/incident-places.js';
import type { Building } from '../incidents/incident-types.js';
import { AR_UNITS, EN_SMALL } from '../reading/number-words.js';
import { ONE_MORE_AR, ONE_MORE_EN, THE_OTHER_AR } from '../casualties/casualty-words.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "Two of the farmers were killed instantly", "three of them died at the scene", "اثنان منهم قتلا على
 * الفور", "ثلاثة من الجنود فارقوا الحياة في المستشفى": a clause that opens with a count of a group
 * named before (its subject, not the object of a verb that tells the event), or whose told words do
 * ("the mayor said two of the farmers…", "وقال المصدر إن اثنين من المزارعين…").
 */
const PART = new RegExp(
  `(?:^|(?<!${L})(?:that|said|${anyOf(['إن', 'أن'])}) )["«“]?\\s*(?:and |while |whereas |[وف])?(?:\\d+|${Object.keys(EN_SMALL).join('|')}|${Object.keys(AR_UNITS).join('|')}) (?:of (?:the|them|those)|${anyOf(['منهم', 'منهما', 'منهن'])}|${anyOf(['من'])} ال\\p{L}+)(?!${L})`,
  'u',
);

/** "of them", "منهم": a count of those told before, wherever it was found. */
const OF_THEM = new RegExp(`(?<!${L})(?:of (?:them|those)|${anyOf(['منهم', 'منهما', 'منهن'])})(?!${L})`, 'u');

/**
 * "a third", "another", "the other", "ثالث", "الآخر": one more of the group whose parts are being told
 * (or "others" of it: `ClauseFacts.additional`).
 */
function namesOneMore(matchText: string): boolean {
  const words = matchText.split(/[^\p{L}]+/u);
  return words.some(
    (w, i) =>
      ONE_MORE_AR.has(w) ||
      THE_OTHER_AR.has(w) ||
      w === 'another' ||
      (ONE_MORE_EN.has(w) && (words[i - 1] === 'a' || words[i - 1] === 'the')),
  );
}

/** How much of the incident's toll the clauses told as its parts have counted so far. */
export interface Parts {
  of: Building;
  killed: number;
  wounded: number;
}

/**
 * The clause (in matching form) tells a part of the victims `current` counts: a count of a group
 * named before, or, after such a part, the others of it ("while a third died of his wounds", "فيما
 * توفي رابع في المستشفى"), with no day or other governorate of its own, as long as the
 * parts stay within the toll told. Returns the parts counted with it, or null where it is no part.
 * "Three farmers were killed … Two of the farmers were killed instantly, while a third died of his
 * wounds on the way to hospital": three dead, not three and three more.
 */
export function partOfVictims(
  matchText: string,
  current: Building,
  facts: ClauseFacts,
  parts: Parts | null,
): Parts | null {
  if (facts.separate || facts.another || facts.eventDate) return null;
  // ("اثنين من الجيران أصيبا أيضاً", "two of the guards were also hurt": more, not a part)
  if (alsoHit(matchText)) return null;
  if (facts.place?.governorate && !sameGovernorate(current.place, facts.place)) return null;
  const { killed, wounded, attackersKilled } = facts.casualties;
  if (attackersKilled !== null || (killed === null && wounded === null)) return null;
  const before = parts?.of === current ? parts : null;
  // ("two fighters died at the scene": the dead of the toll who died at once, a part of it too;
  // not a clause with a doer, "gunmen opened fire, killing one on the spot": the event told again)
  const atOnce = !facts.eventNamed && facts.actors.length === 0 && diedAtOnce(matchText);
  // (so are those one of its blows hit: one-of-blows.ts)
  const oneBlow = !facts.eventNamed && oneOfTheBlows(matchText);
  // (bodies found at another town of the governorate than the one the toll was told at are another
  // item's dead: "…killed three in X", then "in Y a patrol found two bodies"; not the bodies of those
  // told, "the bodies of nine of them were found near Y")
  const bodiesElsewhere =
    !!facts.place && !!current.place && otherSpot(current.place, facts.place) && !OF_THEM.test(matchText);
  if (
    !PART.test(matchText) &&
    !atOnce &&
    !oneBlow &&
    // (or the toll told by its bodies: bodies-in-parts.ts)
    !(countsBodies(matchText, wounded !== null) && !bodiesElsewhere) &&
    !(before && (facts.additional || namesOneMore(matchText)))
  )
    return null;
  // (a toll told as a range, "بين 18 و20", holds parts up to its top)
  const within = (told: Count | null, counted: number, total: Count | null): number | null =>
    told === null
      ? counted
      : typeof told === 'number' && total !== null && counted + told <= spanOf(total).high
        ? counted + told
        : null;
  const k = within(killed, before?.killed ?? 0, current.killed);
  const w = within(wounded, before?.wounded ?? 0, current.wounded);
  return k === null || w === null ? null : { of: current, killed: k, wounded: w };
}
