// A toll of an event named by its town ("حصيلة تفجير عفرين"): that event, told before, in a source's figures.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { atItsPlace } from '../places/source-at-place.js';

/** Event nouns in the construct state before a town: "تفجير عفرين", "هجوم الباب". */
const EVENTS_AR = anyOf(['تفجير', 'انفجار', 'هجوم', 'قصف', 'غارة', 'غارات', 'مجزرة', 'كمين']);
const EVENTS_EN = 'bombing|blast|explosion|attack|strike|air ?strike|shelling|ambush|massacre';

/**
 * "حصيلة تفجير عفرين بلغت ستة قتلى", "the toll of the Afrin bombing rose to six", "the monitor said the
 * Kisweh strikes had killed five": the toll, the event noun and the town that names the event (captured).
 */
const TOLL_OF_TOWN = new RegExp(
  `(?<!${L})${anyOf(['حصيلة'])}\\s+(?:${EVENTS_AR})\\s+(${L}+)|(?<!${L})toll (?:of|from|in) the (${L}+) (?:${EVENTS_EN})(?!${L})|(?<!${L})said the (${L}+) (?:${EVENTS_EN})s? (?:(?:had|has|have) )?(?:killed|left)(?!${L})`,
  'u',
);

/** Words after the event noun that name no town. */
const NOT_TOWN = new Set(
  ['على', 'في', 'قرب', 'ضد', 'عند', 'استهدف', 'استهدفت', 'on', 'in', 'at'].map(normalizeForMatch),
);

const words = (s: string): string[] => normalizeForMatch(s).split(/[^\p{L}\p{N}]+/u);

/**
 * "قتل خمسة بانفجار سيارة مفخخة في مدينة عفرين", "وفي حادث منفصل، قتل ثلاثة بانفجار في الباب", then
 * "قال المرصد إن حصيلة تفجير عفرين بلغت ستة قتلى": a toll of an event the clause names by its town,
 * with no day and no cue of another event of its own, is the incident told before at that town — in
 * this source's figures, not a third event; so is one told at a side of a city the town lies on
 * ("strikes south of Damascus", then "the Kisweh strikes": source-at-place.ts). Returns that incident,
 * the latest told there, or undefined.
 */
export function townEventOfToll(built: readonly Building[], facts: ClauseFacts): Building | undefined {
  if (facts.eventDate || facts.separate || facts.another || facts.similar || facts.aggregate)
    return undefined;
  // (a toll risen is the arithmetic of rises: toll-update.ts)
  if (facts.risenTo) return undefined;
  if (facts.casualties.killed === null && facts.casualties.wounded === null) return undefined;
  const m = TOLL_OF_TOWN.exec(facts.matchText);
  const town = (m?.[1] ?? m?.[2] ?? m?.[3])?.replace(/^ال/u, '');
  // ("حصيلة هجوم على…": a preposition, no town)
  if (!town || NOT_TOWN.has(town)) return undefined;
  return [...built].reverse().find(
    (b) =>
      (b.killed !== null || b.wounded !== null) &&
      !!b.place &&
      (words(b.place.text).some((w) => w === town || w === `ال${town}`) ||
        // ("the Kisweh strikes" after strikes told "south of Damascus": the town the side holds)
        (!!facts.place && words(facts.place.text).includes(town) && atItsPlace(b.place, facts.place))),
  );
}
