// A teller's count of an event told already: that event in the teller's figures, not a second one.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import type { ResolvedPlace } from '../../places/types.js';
import { sameRange } from '../dates/event-period.js';
import { namesOneAnother, otherSpot, sameGovernorate } from '../places/incident-places.js';
import { withinGap } from '../incidents/incident-followups.js';
import { namesBlowOfItsOwn } from '../events/blow-of-its-own.js';
import { deadAreAttackers } from './casualties-conflict.js';
import { oneToldWithKin } from './one-told-with-kin.js';
import { splitsVictims } from './victims-split.js';
import { sharpensLooseToll } from './sharper-count.js';
import { countsSameVictims } from './same-victims-counted.js';
import { opensAtPlace } from '../roundups/fronted-place.js';
import { unknownPlaceName } from '../places/unknown-place.js';
import { OTHER_SIDE } from './source-account.js';
import { blowRetoldSetAgainst } from './blow-retold-set-against.js';
import { SECOND_SAID } from './toll-update.js';
import { GIVES_FIGURE } from './gives-figure.js';
import { RELAYS_TELLER } from './relayed-teller.js';
import { OWN_SIDE } from '../attackers/fight-sides.js';
import type { Language } from '../../content/schema.js';
import { sameCount, spanOf, type Count } from '../reading/count.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { EN_COUNT_PATTERN } from '../reading/number-words.js';
import { normalizeForMatch } from '../../text/normalize.js';

/**
 * "a different account", "another toll", "رواية مختلفة": an account announced as another teller's, in
 * the clause or in the sentence before it.
 */
const OTHER_ACCOUNT = new RegExp(
  `(?<!${L})(?:different|differing|conflicting|contradictory|contrasting|competing|opposing|rival|another)\\s+(?:account|version|narrative|story|toll|figure)(?!${L})|(?<!${L})(?:${anyOf(['رواية', 'روايه', 'حصيلة'])})\\s+(?:${anyOf(['مختلفة', 'مغايرة', 'مناقضة', 'مخالفة', 'أخرى', 'مضادة'])})(?!${L})`,
  'u',
);

/**
 * What a teller's figure counts: the clause up to how the event went, told after it (GOES_ON_TO_EXPLAIN),
 * or up to a second thing the teller said after giving it
 * ("put the number of soldiers killed at 12 and said his fighters had seized two tanks", "وضع عدد
 * القتلى عند 12 وقال إن مقاتليه استولوا على دبابتين"): what it went on to say is no blow of the count's.
 */
function figureTold(clauseText: string): string {
  const explained = clauseText.search(GOES_ON_TO_EXPLAIN);
  const matchText = explained > 0 ? clauseText.slice(0, explained) : clauseText;
  const given = GIVES_FIGURE.exec(matchText);
  if (!given) return matchText;
  const after = given.index + given[0].length;
  const second = SECOND_SAID.exec(matchText.slice(after));
  return second ? matchText.slice(0, after + second.index) : matchText;
}

/**
 * "…إن "حصيلة القتلى بلغت 14"، موضحاً أن السيارة كانت متوقفة قرب محل وانفجرت مساء", "…, explaining
 * that the car had been parked near a shop": after its count, the teller goes on to say how the
 * event went — the event's own blow, told again, no blow of the count's own. The count is read
 * up to there.
 */
const GOES_ON_TO_EXPLAIN = new RegExp(
  `[،,]\\s*(?:${anyOf(['موضحا', 'موضحاً', 'مبينا', 'مبيناً', 'مشيرا', 'مشيراً', 'لافتا', 'لافتاً'])})(?!${L})|,\\s*(?:explaining|noting)\\s+that(?!${L})`,
  'u',
);

/**
 * Someone tells the clause's casualties: a source's words, a figure given, an outlet relaying a
 * source, or an account set against another.
 */
const tellerTells = (facts: ClauseFacts, before: string): boolean =>
  facts.sourced ||
  GIVES_FIGURE.test(facts.matchText) ||
  RELAYS_TELLER.test(facts.matchText) ||
  OTHER_SIDE.test(facts.matchText) ||
  OTHER_ACCOUNT.test(before);

/**
 * "another child was killed", "two more people were killed", "a further three", "قتل شخص آخر": dead
 * counted on from those told, more victims than the event's.
 */
const MORE_VICTIMS = new RegExp(
  `(?<!${L})(?:another|a further|${EN_COUNT_PATTERN} (?:more|further))(?!${L})|(?<!${L})(?:${anyOf(['آخر'])})(?!${L})`,
  'u',
);

/**
 * "أحد أفراد الخدمة أصيب بجروح طفيفة", "one of the soldiers was lightly hurt": the one victim a clause
 * counts, told as one of a group, is among those counted, not another count of them.
 */
const ONE_OF = new RegExp(`(?<!${L})(?:one of|${anyOf(['أحد', 'إحدى'])})(?!${L})`, 'u');

const fewer = (a: Count | null, b: Count | null): boolean =>
  a !== null && b !== null && spanOf(a).high < spanOf(b).low;

/**
 * Where the clause places its count fits the event: no governorate of its own; or the event's
 * governorate (or its country, for an event told only in a country), at no spot told apart from the
 * event's. A spot sharper than the event's, with fewer casualties than it counted, is one of the
 * places a lead's toll sums ("the shelling hit a home in the village of X, killing four" after nine
 * dead across a province), unless the teller is set against the one before.
 */
const words = (s: string): string =>
  normalizeForMatch(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The clause counts the casualties the event counted in other figures: a kind both count, told
 * with another number — not the same victims told in other words (the one dead told with his kin,
 * the victims split, a loose count made exact: their own readers).
 */
function otherFigures(told: Building, facts: ClauseFacts): boolean {
  const differ = (a: Count | null, b: Count | null): boolean => a !== null && b !== null && !sameCount(a, b);
  const { casualties } = facts;
  if (!differ(casualties.killed, told.killed) && !differ(casualties.wounded, told.wounded)) return false;
  // ("Gunmen shot dead a former commander", then "X was killed along with his brother…": the one
  // dead told again with those killed beside him, not a teller's other count of one death)
  if (told.killed === 1 && casualties.killed !== null && spanOf(casualties.killed).low > 1) return false;
  return (
    !oneToldWithKin(told.killed, casualties) &&
    !splitsVictims(told, casualties) &&
    !sharpensLooseToll(told, casualties)
  );
}

function inItsPlace(told: Building, facts: ClauseFacts, unknownSpot: string | null): boolean {
  const place = facts.place;
  // (a spot the gazetteer does not know is a spot all the same)
  if (!place?.governorate) return !unknownSpot || !fewerThanTold(told, facts) || setAgainst(facts);
  if (!told.place) return false;
  if (told.place.governorate ? !sameGovernorate(told.place, place) : told.place.country !== place.country)
    return false;
  if (otherSpot(told.place, place)) return false;
  if (words(told.place.text) === words(place.text)) return true;
  return !fewerThanTold(told, facts) || setAgainst(facts) || RELAYS_TELLER.test(facts.matchText);
}

const fewerThanTold = (told: Building, facts: ClauseFacts): boolean =>
  fewer(facts.casualties.killed, told.killed) || fewer(facts.casualties.wounded, told.wounded);

const setAgainst = (facts: ClauseFacts, before = ''): boolean =>
  OTHER_SIDE.test(facts.matchText) || OTHER_ACCOUNT.test(facts.matchText) || OTHER_ACCOUNT.test(before);

/**
 * The event told already whose casualties a teller's clause counts again, in its own figures: the
 * one decision for "one event, counted by several tellers" ("SANA said two soldiers were killed", then
 * "The Observatory said the strikes killed five"; "…قتل ثلاثة", then "من جهته، أفاد المرصد بمقتل
 * خمسة في القذائف التي سقطت…"; "The Interior Ministry gave a different account, saying … killing
 * one"). Read from the structure of the clause:
 * - who: a teller tells it (tellerTells);
 * - what: casualties of a kind the event counted (or the event named by its article), not others
 *   added ("another", "similar", "also"), not a total, a rise, deaths of the wounded, a claim, a
 *   denial, nor the attackers' dead alone;
 * - which blow: none of its own — no blow named without the article (blow-of-its-own.ts);
 * - when: no day of its own but the event's;
 * - where: a place that fits the event's (inItsPlace).
 * The event is the last one told, within a few sentences, or an earlier one still within them whose
 * place the clause names (a background event told between: "وكانت قذيفة سقطت ليل الاثنين على حي
 * كذا", then "بالمقابل، ذكر المرصد أن ستة قضوا في القذائف التي سقطت على جرمانا").
 */
export function eventOfTellersCount(
  built: readonly Building[],
  facts: ClauseFacts,
  before: string,
  sentenceIndex: number,
  lang: Language,
  storyCountry: string | null,
): Building | undefined {
  const { killed, wounded } = facts.casualties;
  if (killed === null && wounded === null) return undefined;
  if (facts.separate || facts.another || facts.similar || facts.aggregate) return undefined;
  if (facts.risenTo || facts.diedOfWounds || facts.claims || facts.denied || deadAreAttackers(facts))
    return undefined;
  // ("and that seven others were wounded": others than its own dead; one kind told as others is more victims)
  if (facts.additional && (killed === null || wounded === null)) return undefined;
  if (MORE_VICTIMS.test(facts.matchText) && !OTHER_ACCOUNT.test(facts.matchText)) return undefined;
  const one = killed === 1 || (killed === null && wounded === 1);
  if ((one && ONE_OF.test(facts.matchText)) || OWN_SIDE.test(facts.matchText)) return undefined;
  if (!tellerTells(facts, before)) return undefined;
  // (a blow of its own may be the event's told again by a teller set against the one before: blow-retold-set-against.ts)
  const figure = figureTold(facts.matchText);
  const ownBlow = namesBlowOfItsOwn(figure);
  // ("وفي حي طريق حلب، استشهد ثلاثة …، بحسب الناشطين", "In Kirkuk, a source said…": a clause opening
  // on a place of its own is a roundup's next item there, fronted-place.ts)
  const unknownSpot = facts.place?.governorate ? null : unknownPlaceName(facts.text, lang);
  const spot = facts.place?.text ?? unknownSpot;
  if (spot && opensAtPlace(facts.matchText, spot)) return undefined;
  const last = built[built.length - 1];
  let fitting: Building | undefined;
  for (let i = built.length - 1; i >= 0; i--) {
    const told = built[i]!;
    if (!withinGap(told, sentenceIndex)) continue;
    if (ownBlow && !blowRetoldSetAgainst(told, facts, figure)) continue;
    if (!otherFigures(told, facts)) continue;
    // (a smaller count told plainly is most often a part of the toll — those killed at once, one
    // kind of victim —; only a teller giving its figure, or set against the one before, gives a
    // smaller count of the whole — so does an outlet relaying a source's words, "ونقلت وكالة سانا عن
    // مصدر أن…". A larger count is never a part of the smaller one.)
    if (
      fewerThanTold(told, facts) &&
      !GIVES_FIGURE.test(facts.matchText) &&
      !RELAYS_TELLER.test(facts.matchText) &&
      !setAgainst(facts, before) &&
      !countsSameVictims(told, facts)
    )
      continue;
    // (an event placed in another country than the story is a namesake misread: not the one told)
    if (storyCountry && told.place && told.place.country !== storyCountry) continue;
    if (facts.eventDate && !(told.date && sameRange(facts.eventDate.date, told.date))) continue;
    if (!inItsPlace(told, facts, unknownSpot)) continue;
    if (
      told === last ||
      (!!facts.place && !!told.place && namesOneAnother(told.place.text, facts.place.text))
    ) {
      // (of the events that fit, the one at the spot the teller names: "في المقابل، نقلت سانا أن
      // مسلحين قتلوا عشرة في درعا" after the city's toll and then a town's of the province tells
      // the city's event, not the town's)
      if (!facts.place?.governorate || !spotTellsApart(told.place, facts.place)) return told;
      fitting ??= told;
    }
  }
  return fitting;
}

/**
 * The event a source's account tells ("في المقابل، نقلت سانا أن مسلحين قتلوا عشرة في درعا", "State TV
 * gave a different account, saying twelve were killed in Hama"): the last one told, unless it sits at
 * a spot the teller does not name — a town of the province, where the teller names the province or
 * its city — and an event still within a few sentences sits where the teller says: a roundup tells
 * its next town between the lead and the other side's account of the lead.
 */
export function eventAtTellersSpot(
  built: readonly Building[],
  facts: ClauseFacts,
  sentenceIndex: number,
): Building | undefined {
  const last = built[built.length - 1];
  const teller = facts.place;
  if (!last || !teller?.governorate || !spotTellsApart(last.place, teller)) return last;
  const atSpot = built.findLast(
    (told) =>
      told !== last &&
      withinGap(told, sentenceIndex) &&
      (told.killed !== null || told.wounded !== null) &&
      sameGovernorate(told.place, teller) &&
      !spotTellsApart(told.place, teller),
  );
  return atSpot ?? last;
}

/**
 * The event's place names a district or a spot that the teller's place does not: a town of the
 * province, where the teller names only the province or its city.
 */
function spotTellsApart(told: ResolvedPlace | null, teller: ResolvedPlace): boolean {
  const names = (x: ResolvedPlace['district'], y: ResolvedPlace['district']): boolean =>
    !!x?.en && x.en !== y?.en;
  return !!told && (names(told.district, teller.district) || names(told.locality, teller.locality));
}
