// The abduction of the dead just found, told after the finding: when they were taken, not another event.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { withinGap } from '../incidents/incident-followups.js';
import { hasCasualties } from '../incidents/incident-bounds.js';
import { sameGovernorate } from '../places/incident-places.js';
import type { Building } from '../incidents/incident-types.js';
import { sameCount } from '../reading/count.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** Bodies found: "the bodies of six men were found", "عثرت القوات على جثث ستة مواطنين". */
const BODIES_FOUND = new RegExp(
  `(?<!${L})(?:found|discovered|recovered|${anyOf(['عثر', 'وعثر', 'عثرت', 'وعثرت', 'العثور', 'وجدت', 'انتشلت'])})(?!${L})[^.]*?(?<!${L})(?:bod(?:y|ies)|${anyOf(['جثة', 'جثث', 'جثتي', 'جثتا', 'جثامين', 'جثمان'])})(?!${L})|(?<!${L})(?:bod(?:y|ies))(?!${L})[^.]*?(?<!${L})(?:found|discovered|recovered)(?!${L})`,
  'u',
);

/**
 * The taking told of the ones just found, by a pronoun for them or as led off: "بعد اختطافه",
 * "اختطافهما", "واقتادوا ثلاثة رعاة إلى جهة مجهولة", "the two had been abducted". A clause whose words
 * read as an attack ("بتصفيته بعد اختطافه", "اقتحموا مرعى … واقتادوا") still tells the taking.
 */
const TAKEN = new RegExp(
  `(?<!${L})(?:kidnapped|abducted|seized|${anyOf(['اختطاف', 'واختطاف', 'اختطافه', 'اختطافها', 'اختطافهما', 'اختطافهم', 'خطفه', 'خطفهما', 'خطفهم', 'اختطفوا', 'اختطفوه', 'اختطفوهما', 'اختطفوهم', 'اقتادوا', 'واقتادوا', 'اقتادوه', 'واقتادوه', 'اقتادوهما', 'واقتادوهما', 'اقتادوهم', 'واقتادوهم'])})(?!${L})`,
  'u',
);

/** How many days before the finding the abduction it tells may lie. */
const MAX_DAYS_HELD = 31;

const daysBetween = (from: string, to: string): number =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

type EventDays = NonNullable<Building['date']>;

/** One event from the day of a taking to the day its dead were found ("الثلاثاء الماضي – اليوم"). */
export const fromTakingToFinding = (taken: EventDays, found: EventDays): EventDays => ({
  from: taken.from,
  to: found.to,
  precision: 'approximate',
  text: `${taken.text} – ${found.text}`,
});

/**
 * "عثرت القوات على جثث ستة مواطنين…", then "وقد اختطفوا يوم الثلاثاء الماضي من قبل مسلحين" ("the
 * bodies of two shepherds were found on Sunday", then "the three had been abducted on Thursday"): an
 * abduction with no dead but the ones found, on a day before the finding (within a month), in the
 * finding's governorate, told just after the dead found: when and how those dead were taken — one
 * event from the abduction to the finding, not an abduction of its own. Returns those days, or null.
 */
export function abductionOfTheFound(
  hit: Building | undefined,
  facts: ClauseFacts,
  sentenceIndex: number,
): EventDays | null {
  const taken = facts.eventDate?.date;
  if (!hit?.date || hit.killed === null || !taken) return null;
  // (a taking told only by its words, in a clause of another kind, tells the found dead's again with
  // their toll; without one it may be another's: "خطف طفل قبل يومين وأفرج عنه مساء أمس")
  const taking =
    facts.event?.subType === 'abduction_forced_disappearance' ||
    (TAKEN.test(facts.matchText) && hasCasualties(facts));
  if (!taking) return null;
  // (its dead can only be the ones found, told killed again: "وسط اتهامات لفصيل بتصفيته بعد اختطافه
  // قبل أيام"; its wounded, one taken with them who got away hurt: "إلا أن الثالث تمكن من الفرار رغم
  // إصابته")
  const dead = facts.casualties.killed;
  if (dead !== null && !sameCount(dead, hit.killed)) return null;
  if (facts.separate || facts.another || facts.similar || facts.aggregate) return null;
  if (facts.place?.governorate && !sameGovernorate(hit.place, facts.place)) return null;
  const held = daysBetween(taken.to, hit.date.from);
  const found =
    held > 0 &&
    held <= MAX_DAYS_HELD &&
    withinGap(hit, sentenceIndex) &&
    BODIES_FOUND.test(matchView(hit.source).text);
  return found ? fromTakingToFinding(taken, hit.date) : null;
}
