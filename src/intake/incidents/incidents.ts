import { deadInEventBefore } from '../roundups/dead-in-it.js';
import { coincidedWithOther } from '../events/coincided-with-other.js';
import { deadInFightOfSides } from '../roundups/dead-in-fight-of-sides.js';
import { harmsNoOneAfterToll, withNoneHarmed } from '../events/no-losses.js';
import type { DateValue } from '../dates/date-values.js';
import { analyseClause, DEFAULT_EVENT } from './clause.js';
import { tellsVagueDead } from '../casualties/vague-dead.js';
import { vagueTollOfOtherBlow } from '../tolls/vague-toll-other-blow.js';
import { answersWithUncountedToll } from '../followups/answer-uncounted-toll.js';
import { armyHitsPositions } from '../followups/army-hits-launch-sites.js';
import { countedOverItsRule } from '../followups/dead-of-their-rule.js';
import { tellsUncountedToll } from '../casualties/uncounted-toll.js';
import { answersWithTollNextClause } from '../followups/answer-toll-next-clause.js';
import type { ClauseFacts } from './clause-facts.js';
import { splitClauses } from '../article/sentences.js';
import type { Sentence } from '../reading/types.js';
import { mergeSameEvents } from './same-event.js';
import { unknownPlaceName } from '../places/unknown-place.js';
import { findCasualties } from '../casualties/casualties.js';
import { matchView } from '../reading/view.js';
import { isBackground, longPeriod } from '../dates/event-period.js';
import { foldTotals } from '../roundups/incident-totals.js';
import { bylineLines } from '../article/byline-lines.js';
import { sentenceAtOtherSpot } from '../roundups/sentence-other-spot.js';
import { othersOfToldKind } from '../tolls/others-of-told-kind.js';
import {
  countedOverThatSpan,
  datedOneEventAgo,
  recalledAsNotTheFirst,
  recallsOneEvent,
} from '../followups/earlier-events.js';
import { asDeadOfEvent, statesNeutralised } from '../casualties/neutralised.js';
import { datesEventTold } from '../dates/told-date.js';
import { tellsFuneral } from '../events/funeral.js';
import { claimDeniedAfterWhile, deniedSentences } from '../events/claims.js';
import { denierOwnTollAt } from '../events/denier-own-toll.js';
import { claimantsToll, claimsSeveral, claimsTheEvent } from '../followups/claimed-event.js';
import { amongVictimsTold, describesVictims, retellsVictims } from '../tolls/retelling.js';
import { risenToll, runningTotalOfTold, tellsRisenToll } from '../tolls/toll-update.js';
import { tellsResponse } from '../followups/response.js';
import { answersWithBlowOfItsOwn } from '../followups/answered-with-blow.js';
import { TOLL_WORD } from './clause-links.js';
import { tellsEarlierToll } from '../tolls/preliminary-toll.js';
import { firstTollOfItsOwn } from '../tolls/first-toll-after.js';
import { revisedTollOfItsOwn } from '../tolls/revised-toll-of-its-own.js';
import { firstCountThenLater } from '../tolls/first-count-then-later.js';
import { reportAtOtherTown, reportedBeforeRise, reportedEarlier } from '../tolls/earlier-report.js';
import { rankedLaterDead } from '../tolls/ranked-later-dead.js';
import { treatedAfterRise } from '../tolls/treated-after-rise.js';
import { reasonOfRise } from '../tolls/rise-reason.js';
import { nextOfSeries } from '../events/series/next.js';
import {
  deadOverFights,
  killedOnOneOccasion,
  monthsToll,
  namedMonthlyToll,
} from '../roundups/period-totals.js';
import { fightsCountedSoFar, soFarPastTold } from '../roundups/fights-so-far.js';
import {
  eventsTalliedOverSpan,
  eventsTalliedSince,
  tollOfEventsCountedBefore,
} from '../roundups/counted-events.js';
import { ranksEventTold } from '../events/series/ranked.js';
import { cameAfterAsTold, cameAmidAsTold, cameInAnswerAsTold } from '../followups/came-after-told.js';
import { toldAsHistory } from '../events/told-as-history.js';
import type { Building, ExtractedIncident, IncidentContext } from './incident-types.js';
import { NEARBY_SPOT, sameGovernorate, samePlace } from '../places/incident-places.js';
import { sourcesAccount } from '../tolls/source-account.js';
import { civiliansBesideFight } from '../tolls/civilians-beside-fight.js';
import { accountOfClauseBefore } from '../tolls/account-of-clause-before.js';
import { secondSourceToll } from '../tolls/second-source-toll.js';
import { anotherTellersDead, lastToldSentence } from '../tolls/another-teller.js';
import { sideMournsOwnDead } from '../tolls/side-mourns.js';
import { othersTheLeadSums } from '../roundups/others-lead-sums.js';
import { claimedKillsOfTold } from '../followups/claimed-kills.js';
import { countToldOnLaterDay } from '../tolls/count-told-later.js';
import { endOfTold } from '../events/ended-told.js';
import {
  enemyDeadInOtherAccount,
  otherFigureOfTold,
  sourceTellsEventTold,
  toldInOtherAccount,
} from '../tolls/other-source-figures.js';
import { townEventOfToll } from '../tolls/toll-of-town-event.js';
import { casualtiesConflict, deadAreAttackers } from '../tolls/casualties-conflict.js';
import { unsplitApart } from '../tolls/unsplit-apart.js';
import { addsTooLater } from '../followups/too-later.js';
import { whileOthersHit } from '../tolls/while-others-hit.js';
import { companionOfTheOne } from '../followups/companion-of-one.js';
import { tollOfOtherDay } from './toll-of-other-day.js';
import { fillsCasualties, followsAnother, hasCasualties, newItem, opensNew } from './incident-bounds.js';
import { earlierNews } from '../followups/earlier-news.js';
import { retold } from '../tolls/told-again.js';
import { sameTollWithDay } from '../tolls/same-toll-dated.js';
import { sameDeadBySameDoer } from '../tolls/same-dead-same-doer.js';
import { deedOfLaterRuling } from '../followups/ruling-told-later.js';
import { merge, raiseToll } from './incident-merge.js';
import { dayOfRetoldVictims } from '../dates/retold-victims-day.js';
import { daysOfEarlierEvent, othersOfEarlierEvent } from '../roundups/others-of-earlier-event.js';
import { MAX_GAP, addsToLast, incidentOfRise, withinGap } from './incident-followups.js';
import { blamesDoer } from '../actors/blamed-doer.js';
import { clausePlace } from '../places/clause-place.js';
import { placeDoersWentOn } from '../places/doers-go-on.js';
import { secondSourceOfLead } from '../roundups/lead-account.js';
import { leadOfAccount, takeAccount } from '../roundups/lead-pair.js';
import { cityOfNamesakeQuarter } from '../places/namesake-quarter.js';
import { cityOfItsSpot } from '../places/city-spot.js';
import { quarterInTheCity } from '../places/quarter-in-the-city.js';
import { roadOutOfEventTown } from '../places/road-destination.js';
import { keepingNamesakes, namesakeKeeper } from '../places/namesake-kept.js';
import { placeOfThere } from '../places/there.js';
import { placeOfPronounToll } from '../places/pronoun-toll.js';
import { finish, placeContext } from './incident-finish.js';
import { partOfVictims, type Parts } from '../followups/victim-parts.js';
import { bodiesFoundSinceDeed, retellsBodies } from '../followups/bodies-again.js';
import { bodyOfOwnDead } from '../followups/own-dead-body.js';
import { bodiesOfTheTaken, foundDeadAfter } from '../followups/body-found.js';
import { abductionOfTheFound, fromTakingToFinding } from '../followups/abducted-before-found.js';
import { deadWithTakenFound } from '../followups/bodies-of-all-taken.js';
import { furtherVictim } from '../followups/further-victim.js';
import { killingBesideBodyFound } from '../followups/killing-beside-body.js';
import { otherKindAtSharperSpot } from '../followups/other-kind.js';
import { deadOfTheDoers } from '../attackers/doers-dead.js';
import { deadOfSideOfFight, foughtIn, fightOfOwnLosses } from '../attackers/fight-sides.js';
import { namesBlow } from '../attackers/operation-fought.js';
import { otherSideToldWhile } from '../attackers/other-side-told-while.js';
import { shareToldAgain } from '../attackers/share-told-again.js';
import { forcesAttackedTally } from '../attackers/forces-attacked-tally.js';
import { sidesToldAgain } from '../attackers/sides-told-again.js';
import { leadTollBySides } from '../attackers/lead-toll-by-sides.js';
import { sideDeadTellerTold } from '../attackers/side-dead-teller-told.js';
import { armedDeadWhileFighting } from '../attackers/armed-dead-while.js';
import { alsoDeadInFight } from '../attackers/also-dead-in-fight.js';
import { noteSidePart, sidePartToldAgain } from '../attackers/side-part-told.js';
import { armedThenSideWhile } from '../attackers/armed-then-side-while.js';
import { otherSideOfFightResult } from '../attackers/fight-result-while.js';
import { fightOfEnemyDead } from '../attackers/fight-enemy-dead.js';
import { attackersCountedBefore } from '../attackers/attackers-counted-before.js';
import { chaseAfterToll } from '../attackers/chase-after-toll.js';
import { sweepOnLaterDay } from '../attackers/later-sweep.js';
import { headsList } from '../roundups/list-heading.js';
import { countedBodies, tellsListedBodies } from '../roundups/listed-bodies.js';
import { otherSideOfRise } from '../tolls/rise-other-side.js';
import { nextRoundupItem, roundupLead, spotOfItsOwn } from '../roundups/roundup-lead.js';
import { ranksPlacesByCount, sharesOutByPlace } from '../roundups/ranked-places.js';
import { shareOfList } from '../roundups/list-shares.js';
import { headsShareList } from '../roundups/share-list-head.js';
import { numberBroughtSince } from '../roundups/number-brought-since.js';
import { totalOfIncludedShares } from '../roundups/included-shares-total.js';
import { countsArmedDead } from '../roundups/armed-dead-item.js';
import { bodiesFoundApart } from '../events/bodies-found-apart.js';
import { countryTally } from '../roundups/country-tally.js';
import { roundupItemAtUnknownSpot } from '../roundups/roundup-unknown-spot.js';
import { afterUnknownSpot } from '../places/after-unknown-spot.js';
import { raidFromTheAir } from '../events/air-raid.js';
import { graveLead } from '../roundups/grave-lead.js';
import { woundedOnly } from '../roundups/grave-wounded.js';
import { fightDeadNotGrave } from '../roundups/grave-fight-dead.js';
import { frontedAwayFromUnplaced, frontedItemPlace } from '../roundups/fronted-place.js';
import { nextPlaceHeadedItem } from '../roundups/place-headed-item.js';
import { nextBulletPlaceItem } from '../roundups/bullet-place-item.js';
import { bulletOfOtherBlow } from '../roundups/bullet-other-blow.js';
import { datesDeedAgain } from '../dates/deed-day.js';
import { dayOfJudgedDeed } from '../followups/judged-deed-day.js';
import { datesFinding } from '../dates/found-day.js';
import { datesOutbreak } from '../dates/outbreak-day.js';
import { datesOwnedBlow } from '../dates/owned-blast-day.js';
import { datesDeadOfSentence } from '../dates/wounded-clause-day.js';
import { datesReportedDeed } from '../dates/reported-deed-day.js';
import { beforeLeadDay } from '../dates/before-lead-day.js';
import { dayBeforeRise, earlierCountDay } from '../dates/day-before-rise.js';
import { feastStartTold } from '../dates/hijri-dates.js';
import { dayOfFightTold, untoldDayAfter, type UntoldDay } from '../dates/fight-told-day.js';
import { dayOfOperationTold } from '../dates/operation-told-day.js';
import { datesLeadBlows } from '../dates/lead-blows-day.js';
import type { Casualties } from '../casualties/casualties.js';
import { sumCounts } from '../reading/count.js';
import { attackersOutOfToll } from '../attackers/attackers-told-among.js';
import { deadToldAsThem } from '../casualties/them-counted-before.js';
import { pluperfectDeed } from '../roundups/pluperfect-deed.js';
import { bulletItemsApart, bulletSentences } from '../roundups/bullet-items-apart.js';
import { pluperfectReportedDeed } from '../roundups/pluperfect-reported-deed.js';
import { blowsAtOnce } from '../roundups/blows-at-once.js';
import { deedCasualties } from '../followups/deed-lives.js';
import { mainPastBackground } from '../followups/past-background.js';
import { laidDeviceOf } from '../followups/planted-device.js';
import { firedFromTold } from '../events/weapons-of-told-blow.js';
import {
  alsoOfSpanBefore,
  figureOfSpanBefore,
  shareAmongSpanBefore,
  shareOfTotal,
  sharesSpan,
} from '../roundups/span-shared.js';
import { fillFromEarlier, holdEarlier, type HeldEarlier } from '../tolls/held-earlier.js';
import { laterTellerAt } from '../tolls/later-teller.js';
import { firstWordReplaced } from '../tolls/first-word-replaced.js';
import { hadReportedReplaced } from '../tolls/had-reported-replaced.js';
import { replacedReportDay } from '../dates/replaced-report-day.js';
import { backAtEarlierTown } from '../followups/back-at-town.js';
import { restOfThem } from '../followups/rest-of-them.js';
import { takesDeathOfWounded } from '../tolls/wounded-died/incident.js';
import { namesEpidemic } from '../events/disease-as-time.js';
import { namesNaturalDisaster } from '../events/natural-disaster.js';
import { diedOfExposure } from '../events/died-of-exposure.js';
import { funeralOfToldDead } from '../events/funeral-of-told.js';
import { toldOfAgesPast } from '../followups/ages-past.js';
import { heardTheBlast } from '../followups/heard-blast.js';
import { toldAsWounds } from '../events/wounds-not-infection.js';
import { announcesDeaths, announcesEvents, carriedDates, tellsDeedOfNews } from '../dates/carried-date.js';
import { remembersOldDay } from '../dates/anniversary-day.js';
import { toldInDatesAlone } from '../dates/dates-alone.js';
import { deadListItems, shareOfListedTotal } from '../roundups/listed-dead.js';
import { placesEventTold } from '../followups/placed-again.js';
import { sharesRemains } from '../followups/remains-shared.js';
import { measuredFromAfar } from '../places/measured-spot.js';
import { ownOperation, strikesBack } from '../roundups/own-operation.js';
import { fightGoingOn, tollOfFight } from '../followups/fight-going-on.js';
import type { ResolvedPlace } from '../../places/types.js';
import { totalOfToldPlaces } from '../roundups/told-places-total.js';
import { countedUnsplit } from '../casualties/casualty-notes.js';
import { totalOfToldBlows } from '../roundups/told-blows-total.js';
import { bodiesFoundScattered } from '../roundups/scattered-bodies.js';
import { leadOfTwoTowns } from '../roundups/two-towns-lead.js';
import { asForSourceItem } from '../tolls/as-for-source.js';
import { keepsTownPart } from '../places/town-part-kept.js';
import { sameDayAsTold, toldOnSameDay } from '../dates/same-day.js';
import { burialDay, dayAtFuneral } from '../dates/funeral-day.js';
import { claimGoesOn } from '../followups/claim-goes-on.js';
import { repeatedParagraphs } from '../article/repeated-paragraph.js';
import { hadReportedDay } from '../dates/had-reported-day.js';
import { survivorHurt } from '../followups/survivor-hurt.js';
import { dayOfPluperfectSentence } from '../followups/pluperfect-sentence-day.js';
import { blastBesideGunfire } from '../events/blast-or-gunfire.js';
import { deathTallied } from '../tolls/death-tallied.js';
import { restOfTollInParts } from '../tolls/parts-of-toll.js';
import { countedOneAgain } from '../victims/counted-one-again.js';
import { placeOfThisTown } from '../places/this-town.js';
import { chainAnchor, lastToldDay } from '../dates/chain-anchor.js';
import { dayOfThatOccasion } from '../dates/that-occasion.js';
import { dayOfResultThen } from '../dates/result-then-day.js';
import { aheadByDiedSince } from '../tolls/dead-ahead.js';
import { homeOfCount, homeOfLatestTold } from './count-home.js';
import { eventAtTellersSpot, eventOfTellersCount } from '../tolls/tellers-count.js';
import { clauseInSpeech, spokenSpans } from '../article/direct-speech.js';
import { opensOnOtherBlow } from '../events/opens-on-blow.js';
import { frontedOtherBlow } from '../roundups/fronted-other-blow.js';
import { condemnsTold } from '../followups/condemned-told.js';
import { confirmsTold } from '../followups/confirmed-told.js';
import {
  convictedOfPeriodsDeed,
  deedDayTold,
  deedOfItsYear,
  deedTollTold,
  findingOfToldDeed,
  judgedDeed,
  rulesOnDeed,
  stepBeforeDeed,
} from '../followups/judged-deed.js';

const NO_CASUALTIES = { killed: null, wounded: null, attackersKilled: null };

/** The toll a denier affirms after the claim it denied, with the clause no longer denied (denier-own-toll.ts). */
function withAffirmedToll(analysed: ClauseFacts, lang: IncidentContext['lang']): ClauseFacts {
  const at = analysed.denied ? denierOwnTollAt(analysed.matchText) : null;
  if (at === null) return analysed;
  const from = matchView(analysed.text).sourceSpan(at, at + 1).start;
  const casualties = findCasualties(matchView(analysed.text.slice(from)), lang);
  return casualties.killed === null && casualties.wounded === null
    ? analysed
    : { ...analysed, denied: false, casualties, reportsEvent: true };
}

/** The incident was drawn from the first clause of a paragraph's first sentence: a roundup item's opening. */
function opensParagraph(sentences: readonly Sentence[], b: Building): boolean {
  const at = sentences.findIndex((x) => x.index === b.sentences[0]);
  const sentence = sentences[at];
  return (
    !!sentence &&
    sentences[at - 1]?.paragraph !== sentence.paragraph &&
    sentence.text.trimStart().startsWith(b.source.trimStart())
  );
}

/**
 * One incident per distinct event. Clause by clause: a clause reports an event (casualties, or an
 * event word that is not a count of events); it opens a new incident when it says so ("وفي حادث
 * منفصل", "Separately"), when it gives another date or another governorate, or other casualties;
 * otherwise it adds to the incident before it (a later sentence often gives the date or the actor).
 * Denied claims, aggregates ("since 2011"), statistics ("27 attacks since the start of the year"),
 * mass graves and exhumed remains, and background years ago are left out.
 */
export function extractIncidents(
  sentences: readonly Sentence[],
  given: IncidentContext,
): ExtractedIncident[] {
  // (a namesake the article placed once stays placed so, in the title too: namesake-kept.ts)
  const keep = namesakeKeeper(sentences.map((s) => s.text));
  const ctx = {
    ...given,
    resolvePlace: keepingNamesakes(given.resolvePlace, keep),
    titlePlace: keep(given.titlePlace, given.lang),
  };
  const built: Building[] = [];
  let anchor: DateValue | null = null;
  // the last day a clause told, the occasion "on that occasion" points back at (chain-anchor.ts)
  let toldDay: DateValue | null = null;
  // the day a funeral told was held, the day of a blow that fell on it (funeral-day.ts)
  let burial: DateValue | null = null;
  const matchTexts = sentences.map((s) => matchView(s.text).text);
  // the casualties told in a deed's words, where they count its dead (judged-deed.ts)
  // (lives the deed took too, "الذي أودى بحياة 23 شخصاً": deed-lives.ts)
  const deedsDead = (text: string): Casualties | null => {
    const told = deedCasualties(text, ctx.lang);
    return told.killed === null ? null : told;
  };
  const epidemic = matchTexts.some(namesEpidemic);
  // the first sentence that tells a toll as risen: a source's report after it is an earlier one
  const firstRisen = matchTexts.findIndex(tellsRisenToll);
  // an article whose lead tells of a mass grave: killings it tells with no date are its victims'
  const grave = graveLead(sentences[0]?.text, ctx.lang);
  const denied = deniedSentences(sentences, matchTexts);
  // a lead that tells a court's ruling over a deed: the article's incident is the deed (judged-deed.ts)
  const ruling = rulesOnDeed(matchTexts.slice(0, 2));
  // the items of a list of the dead a heading announced ("مقتل ١٢ شخصاً، وهم:"): listed-dead.ts
  const listItems = ctx.lang === 'ar' ? deadListItems(sentences, matchTexts) : new Set<number>();
  // the day a feast began on, where a feast day is told beside its weekday (hijri-dates.ts)
  const feastStart = feastStartTold(matchTexts, ctx.published);
  // the last sentence before the list items summed its dead over a span (listed-dead.ts)
  let listHeadTotal = false;
  // the day a lead that is no incident itself gives the events it announces ("شهدت بغداد، اليوم
  // الثلاثاء، سلسلة هجمات أسفرت عن سقوط خمسة عشر بين قتيل وجريح")
  let leadDay: Building['date'] = null;
  let leadSentence = -1;
  let leadAnnounces = false;
  let leadRemembers = false;
  let leadDateline = false;
  let newsLead: { read: boolean; deedDay: Building['date'] } = { read: false, deedDay: null };
  // the day a ruling's conviction told its deed on, before any incident was drafted (judged-deed-day.ts)
  let judgedDay: ClauseFacts['eventDate'] = null;
  // the parts in which the victims of an incident were told again so far (victim-parts.ts)
  let parts: Parts | null = null;
  // the counts sources gave earlier, used only where nothing later gives them (held-earlier.ts)
  const held: HeldEarlier = new Map();
  // the count of bodies a list heading announced apart from the killed (listed-bodies.ts)
  let listedBodies: number | null = null;
  // the place of the fight told as going on, in its paragraph (fight-going-on.ts)
  let fight: { paragraph: number; place: ResolvedPlace } | null = null;
  // a paragraph the copy holds twice tells its event once (repeated-paragraph.ts)
  const repeated = repeatedParagraphs(sentences);
  // the day the sentence just read gave, where it drew no incident (fight-told-day.ts)
  let untoldDay: UntoldDay | null = null;
  // the sentence just read ended in a total over a span (span-shared.ts)
  let spanLastSentence = false;
  for (const [at, sentence] of sentences.entries()) {
    if (repeated.has(sentence.index)) continue;
    // the sentence's direct speech, attributed to its speaker (direct-speech.ts)
    const spoken = spokenSpans(sentences, at);
    // "وكان مصدر قد أفاد في وقت سابق بمقتل تسعة وإصابة 23", "police had earlier reported nine dead
    // and 23 wounded": the count the event just told had before; it gives only what that one lacks
    // (so is "وكانت حصيلة أولية أمس السبت قد تحدثت عن مقتل ثمانية وإصابة 25": the count the event
    // just told had before the toll rose; it gives the wounded and the day where the update did not)
    // (so is a source's report of the day before, after a toll told as risen: earlier-report.ts)
    // ("Activists first put the toll at 213." then "By late afternoon…": first-count-then-later.ts;
    // wherever its teller sits, the count the next sentence replaces is the event's)
    const firstThenLater = firstCountThenLater(matchTexts[at] ?? '', matchTexts[at + 1] ?? '');
    const earlierReport =
      built.length > 0 &&
      // ("وفي مدينة الأتارب، قتل تسعة …، بعد أن كانت الحصيلة الأولية خمسة": its own event's first toll, first-toll-after.ts)
      ((tellsEarlierToll(matchTexts[at] ?? '') &&
        !firstTollOfItsOwn(matchTexts[at] ?? '') &&
        // ("In Damascus, 14 were killed …, revising an earlier toll of nine": revised-toll-of-its-own.ts)
        !revisedTollOfItsOwn(matchTexts[at] ?? '')) ||
        reportedEarlier(matchTexts[at] ?? '') ||
        firstWordReplaced(matchTexts[at] ?? '') ||
        // ("وكانت مصادر قد أفادت بمقتل أربعة، قبل أن يوضح مصدر أن…": had-reported-replaced.ts)
        hadReportedReplaced(matchTexts[at] ?? '') ||
        firstThenLater ||
        reportedBeforeRise(matchTexts[at] ?? '', firstRisen >= 0 && firstRisen < at));
    let sentenceDate: ClauseFacts['eventDate'] = null;
    // that date was a clause's telling of remains: the year their dead were killed, not the news'
    let sentenceDateOfRemains = false;
    // set by the clause that tells of chasing the attackers, for the clauses after it
    let pursuit = false;
    const told = { killed: false, wounded: false };
    // the incident a clause of this sentence told as a source's account of (source-account.ts)
    let accountOf: Building | null = null;
    // the incident a clause of this sentence told a risen toll of, and that rise
    let raised: { at: Building; rise: Casualties } | null = null;
    // the clause before in this sentence claimed the event just told by its definite name (claim-goes-on.ts)
    let claimedBefore = false;
    // the clause before in this sentence summed over a span (span-shared.ts)
    let spanBefore = false;
    // a clause of this sentence summed over a span (listed-dead.ts)
    let sentenceTotal = false;
    // the clause before in this sentence told of remains (remains-shared.ts)
    let remainsBefore = false;
    // the place a roundup item's first clause opened on, telling no event (fronted-place.ts)
    let frontedPlace: ResolvedPlace | null = null;
    // the sentence's first clause, whose place a clause of the same doers may take (doers-go-on.ts)
    let firstClause: ClauseFacts | null = null;
    // the days of an earlier event a clause before in this sentence recalled (others-of-earlier-event.ts)
    let earlierBefore: DateValue | null = null;
    // a clause before in this sentence told the toll risen (rise-reason.ts)
    let risenBefore = false;
    // the casualties the clause before in this sentence counted (parts-of-toll.ts)
    let countedBefore: Casualties | null = null;
    // what the clause before in this sentence told happened (list-shares.ts)
    let eventBefore: ClauseFacts['event'] = null;
    // who the clause before in this sentence told did it, for the shares of its list (list-shares.ts)
    let actorsBefore: Pick<ClauseFacts, 'actors' | 'suspected'> = { actors: [], suspected: [] };
    // the day the clause before in this sentence told its event on (account-of-clause-before.ts)
    let dayBefore: DateValue | null = null;
    // "وبمقتل اللاجئ، يرتفع عدد جرائم القتل منذ بداية العام إلى خمس": the death just told, tallied (death-tallied.ts)
    const tallied = deathTallied(matchTexts[at] ?? '');
    // a sentence that shares a tally out by place, or ranks places by their counts ("تلتها ذي قار
    // بـ112 قتيلاً، ثم البصرة بـ41، وميسان بـ23"): each of its places is a share of the tally, in
    // whichever clause it is told (ranked-places.ts)
    const sharedByPlace = sharesOutByPlace(matchTexts[at] ?? '') || ranksPlacesByCount(matchTexts[at] ?? '');
    const clauses = splitClauses(sentence.text, ctx.lang);
    for (const [nth, clause] of clauses.entries()) {
      if (tallied && nth === 0) continue;
      // ("…، فيما زعمت وسائل إعلام النظام مقتل 60، وهو ما نفته الفصائل": the denied claim, claims.ts)
      if (nth > 0 && claimDeniedAfterWhile(matchTexts[at] ?? '', matchView(clause.text).text)) continue;
      const read = analyseClause(
        clause.text,
        ctx.lang,
        ctx.published,
        anchor,
        ctx.resolvePlace,
        // "بعد يوم من…" counts from the article's first event, by the day it was told if it has no other
        built[0]?.date ?? built[0]?.reporting ?? built.find((b) => b.date)?.date ?? null,
        sentence.text.slice(0, clause.start),
        nth === 0 && listItems.has(at),
        feastStart,
      );
      // "كما قتل ستة في بلدة X، وثلاثة في بلدة Y": one more item of the list the clause before began,
      // the count its verb told at this place (one the gazetteer knows: not "في حالة حرجة"), of the
      // same kind of blow (list-shares.ts); where no clause names one, of the kind any count of
      // casualties is (clause.ts)
      const share = read.place?.governorate ? shareOfList(clause.text, countedBefore, read.casualties) : null;
      // ("14 civilians were killed in Douma, nine in Kafr Batna…": the list's first item, its own event
      // at its town, not another source's figure for the event before it: share-list-head.ts)
      const firstShare = headsShareList(read.casualties, !!read.place?.governorate, clauses[nth + 1]?.text);
      // (a denial that goes on to tell the denier's own toll of the event: that toll, the event not
      // denied, denier-own-toll.ts)
      const analysed = withAffirmedToll(
        share
          ? {
              ...read,
              casualties: share,
              event: read.event ?? eventBefore ?? DEFAULT_EVENT,
              // (the doers its verb's clause named, where it names none: "Air strikes killed 23,
              // including nine in X, …")
              ...(read.actors.length === 0 && actorsBefore.actors.length > 0 ? actorsBefore : {}),
              reportsEvent: true,
            }
          : read,
        ctx.lang,
      );
      // "مقتل شخص، وجرح ثمانية آخرين": others than the dead of the same sentence, not more victims
      // (where the sentence told wounded too, more wounded are more: "…وإصابة خمسة، مضيفاً أن ثلاثة
      // مدنيين أصيبوا أيضاً")
      const otherKindTold =
        analysed.casualties.killed === null ? told.killed && !told.wounded : told.wounded && !told.killed;
      // (a sweep told on a later day than the last dated event, killing the armed men it hunted: later-sweep.ts)
      const sweep = sweepOnLaterDay(
        built.findLast((b) => b.date !== null),
        analysed,
      );
      // (the deed a court convicted of, in a ruling's article: its own day, not the ruling's; judged-deed.ts)
      // (so is the dated deed with its toll a ruling told after other news convicted of: ruling-told-later.ts)
      const deed = ruling
        ? judgedDeed(analysed)
        : deedOfLaterRuling(matchTexts[at] ?? '', analysed.text, judgedDeed(analysed), ctx.lang);
      // (a deed told with its toll but no day of its own: the ruling's day is none of its, a later
      // sentence tells when it was)
      const deedUndated = !!deed && !deed.date && deed.tollTold;
      const facts: ClauseFacts = {
        ...analysed,
        // (a report the source had given before the news dates the event by its day: had-reported-day.ts)
        eventDate:
          deed?.date ??
          (deedUndated ? null : analysed.eventDate) ??
          hadReportedDay(analysed, built[built.length - 1]?.date ?? null, ctx.published) ??
          // (so is a toll told after a clause in the pluperfect dated an earlier event of the sentence:
          // pluperfect-sentence-day.ts)
          (nth > 0
            ? dayOfPluperfectSentence(
                analysed,
                matchTexts[at] ?? '',
                sentenceDate,
                built[built.length - 1]?.date ?? null,
              )
            : null) ??
          sweep ??
          // (so is a judged deed's toll told "at that time", in a ruling's story: result-then-day.ts)
          (ruling ? dayOfResultThen(analysed.matchText, hasCasualties(analysed), toldDay) : null) ??
          // (so is a toll told "on that occasion", of the day the sentence before told: that-occasion.ts)
          dayOfThatOccasion(analysed.matchText, hasCasualties(analysed), toldDay) ??
          // (so is a judged deed's toll told with no day after the conviction dated it: judged-deed-day.ts)
          dayOfJudgedDeed(sentenceDate ? null : judgedDay, analysed, built.length),
        // (so is a running total that sums what was told or heads a list: toll-update.ts; and a
        // count told of "the three towns" the items before named: told-places-total.ts; and one told
        // "also" of "the strikes" the items before told one by one: told-blows-total.ts; and bodies
        // found in places told only as many: scattered-bodies.ts)
        // (not the year or the month of a deed a court convicted of with its toll: judged-deed.ts)
        aggregate:
          (analysed.aggregate && !convictedOfPeriodsDeed(deed)) ||
          totalOfToldPlaces(analysed.matchText, built.length, countedUnsplit(analysed.notes)) ||
          totalOfToldBlows(analysed.matchText, built.length) ||
          // (so is a count kept since an onset that the news brings up: "bring to 250 the number of
          // civilians killed since Sunday night", number-brought-since.ts)
          numberBroughtSince(analysed.text) ||
          // (so is the count the shares after ", including" add up to, each at its town: included-shares-total.ts)
          (ctx.lang === 'en' && totalOfIncludedShares(sentence.text, clauses[nth + 1])) ||
          bodiesFoundScattered(analysed.matchText) ||
          sharesSpan(spanBefore, analysed) ||
          // (so is an item of a list whose heading summed over a span, counting who its dead were, in
          // one clause: listed-dead.ts)
          (clauses.length === 1 && listItems.has(at) && shareOfListedTotal(listHeadTotal, analysed)) ||
          othersOfEarlierEvent(earlierBefore, analysed, built[built.length - 1]) ||
          (nth === 0 && figureOfSpanBefore(spanLastSentence, analysed)) ||
          (nth === 0 && alsoOfSpanBefore(spanLastSentence, analysed)) ||
          // (and a clause fronted by "ومن بين المدنيين،" after such a total: its share, span-shared.ts)
          (nth === 0 && shareAmongSpanBefore(spanLastSentence, analysed)) ||
          // (and a count told "of the total dead", "من إجمالي القتلى": its share, span-shared.ts)
          shareOfTotal(analysed) ||
          (nth === 0 && tollOfEventsCountedBefore(matchTexts[at - 1] ?? '', analysed.matchText)) ||
          runningTotalOfTold(matchView(analysed.text), sentence.text) ||
          // (fights told from their onset with their dead "so far", on no one day or from a day before
          // the days already told: fights-so-far.ts)
          (fightsCountedSoFar(matchTexts[at] ?? '') &&
            ((analysed.eventDate ?? sentenceDate)?.date.precision !== 'day' ||
              soFarPastTold(
                (analysed.eventDate ?? sentenceDate)?.date ?? null,
                built.map((b) => b.date),
              ))) ||
          sharedByPlace,
        remains: analysed.remains || sharesRemains(remainsBefore, analysed),
        // (so is the side hit answering with a blow from afar of its own, its toll told without a
        // number: another event, not merged back into the one it answered; answer-uncounted-toll.ts)
        // (and so where its toll is told in the clause joined after it, "…، وأوقعت قتلى ومصابين في
        // صفوفهم": answer-toll-next-clause.ts)
        another:
          analysed.another ||
          // (so is a toll told after the event just told, with its toll, is set beside something it
          // coincided with, "وتزامنت الغارات مع تقدم …، حيث قُتل 12": coincided-with-other.ts)
          (hasCasualties(analysed) &&
            !!built[built.length - 1] &&
            (built[built.length - 1]!.killed !== null || built[built.length - 1]!.wounded !== null) &&
            coincidedWithOther(matchView(analysed.text).text)) ||
          // (so is a force's own blow on the other side's positions, told after the blow it followed,
          // with a toll of its own, counted or not: army-hits-launch-sites.ts)
          (built.length > 0 &&
            armyHitsPositions(analysed.matchText) &&
            !armyHitsPositions(matchView(built[built.length - 1]!.source).text) &&
            (hasCasualties(analysed) ||
              analysed.casualties.attackersKilled !== null ||
              tellsUncountedToll(analysed.matchText))) ||
          (built.length > 0 &&
            (answersWithUncountedToll(analysed) ||
              answersWithTollNextClause(
                analysed,
                clauses[nth + 1] ? matchView(clauses[nth + 1]!.text).text : undefined,
              ))),
        // (a deed the court convicted of, told with its day, is the event, whatever the ruling's words;
        // so is one told with its toll after the conviction, "بحق مدان بتفجير سيارة مفخخة … أودى بحياة
        // سبعة وعشرين"; those a ruling the clause told sentenced, "حكماً بالإعدام بحق ثلاثة مدانين",
        // none of its dead)
        reportsEvent: analysed.reportsEvent || ((!!deed?.date || deedUndated) && analysed.event !== null),
        // (the dead told after the conviction are the deed's: "حكما بالإعدام بحق إرهابي" before it
        // counts no one dead)
        casualties:
          deed?.date && !deed.tollTold && !analysed.reportsEvent
            ? { ...analysed.casualties, ...NO_CASUALTIES }
            : ((deed?.tollTold && deed.from > 0 ? deedsDead(analysed.text.slice(deed.from)) : null) ??
              analysed.casualties),
        // (so is the one victim's companion, "كما قُتل مرافقه": companion-of-one.ts)
        // (so are those hit "while", after the sentence's toll of their kind, with no blow of their
        // own named: "…وإصابة آخر، فيما أصيب عنصر من الدورية", while-others-hit.ts)
        additional:
          (analysed.additional ||
            companionOfTheOne(built[built.length - 1], analysed.matchText, analysed.casualties) ||
            (nth > 0 &&
              !analysed.eventNamed &&
              (analysed.casualties.killed === null ? told.wounded : told.killed) &&
              whileOthersHit(analysed.matchText))) &&
          !otherKindTold,
        separate:
          (analysed.separate &&
            (!furtherVictim(analysed, nth) ||
              killingBesideBodyFound(matchView(sentence.text.slice(0, clause.start)).text, analysed))) ||
          harmsNoOneAfterToll(built[built.length - 1], analysed) ||
          sweep !== null,
        // a city's quarter named like a district of another country: the city last told (so is
        // "the city's X district": city-spot.ts)
        // (so is a spot measured from a far city of another governorate: measured-spot.ts)
        // (so is "in this mostly Shiite town south of Baghdad": the title's town, this-town.ts)
        place:
          placeOfThisTown(analysed.matchText, ctx.titlePlace, ctx.datelinePlace) ??
          cityOfNamesakeQuarter(built, analysed, ctx.titlePlace) ??
          // (so is a quarter told inside "the city", named like another city's: quarter-in-the-city.ts)
          quarterInTheCity(built, analysed, ctx.titlePlace) ??
          measuredFromAfar(built[built.length - 1], analysed, sentence.index) ??
          // (so is a town of another governorate named only as where a road leads: road-destination.ts)
          roadOutOfEventTown(built[built.length - 1], analysed, sentence.index) ??
          // (so is "the city's al-Mansour street" of the city the article told: city-spot.ts)
          cityOfItsSpot(built[built.length - 1], analysed, ctx.titlePlace ?? ctx.datelinePlace ?? null) ??
          analysed.place ??
          // ("A protester was shot dead there": the place the text just told, there.ts)
          placeOfThere(
            analysed.matchText,
            [sentence.text.slice(0, clause.start), sentences[at - 1]?.text ?? ''],
            ctx.resolvePlace,
            ctx.lang,
          ) ??
          // ("…ضربت حي الزهراء في مدينة حمص، وأعلنت الوزارة أنها أودت بحياة 46": the blow the clause
          // before told, pronoun-toll.ts)
          placeOfPronounToll(
            analysed.matchText,
            sentence.text.slice(0, clause.start),
            ctx.resolvePlace,
            ctx.lang,
          ) ??
          // ("وفي إدلب، اقتحمت قوات النظام بلدة سرمين، وأفاد ناشطون بأن عناصرها أعدموا سبعة": the
          // place the item opened on, fronted-place.ts)
          (hasCasualties(analysed) ? frontedPlace : null) ??
          // ("اقتحم مسلحون منزلاً في حي X، وقتلوا عشرة": the same doers, where the clause before
          // had them, doers-go-on.ts)
          (nth > 0 && (hasCasualties(analysed) || analysed.reportsEvent)
            ? placeDoersWentOn(firstClause, analysed.matchText, built[built.length - 1])
            : null),
      };
      if (nth === 0) {
        frontedPlace = frontedItemPlace(facts);
        firstClause = facts;
      }
      if (deed?.date && !deed.tollTold && built.length === 0) judgedDay = deed.date;
      sentenceTotal ||= facts.aggregate;
      // "…إلى 11 قتيلاً بعد وفاة ثلاثة من الجرحى، والعثور على جثة رابع": why the toll rose, its dead
      // counted in it already (rise-reason.ts)
      if (nth > 0 && reasonOfRise(risenBefore, facts.matchText)) continue;
      risenBefore ||= facts.risenTo !== null;
      const partBefore = countedBefore;
      const clauseBefore = nth > 0 ? { event: eventBefore, date: dayBefore } : null;
      countedBefore = facts.casualties;
      eventBefore = facts.event;
      if (!share) actorsBefore = { actors: facts.actors, suspected: facts.suspected };
      dayBefore = facts.eventDate?.date ?? null;
      // "…وإصابة 11", then "استقبل المشفى تسعة جرحى، فيما نقل جريحان آخران إلى مشفى آخر": the toll
      // told again in parts, no more victims (parts-of-toll.ts)
      if (restOfTollInParts(built[built.length - 1], facts, partBefore, sentence.index)) {
        merge(built[built.length - 1]!, { ...facts, casualties: NO_CASUALTIES }, null, null, sentence.index);
        continue;
      }
      const clauseText = facts.matchText;
      const going = fightGoingOn(facts);
      if (going) fight = { paragraph: sentence.paragraph, place: going };
      const afterClaim = claimedBefore;
      claimedBefore = claimsTheEvent(clauseText);
      // (kept across a clause that tells no event: "…مقتل 19 شخصاً خلال الشهر، وهم: 7 مدنيين…")
      spanBefore = facts.aggregate || (spanBefore && !facts.reportsEvent);
      // (kept across a clause that tells no event: "…قد أودت، بحسب مصادر طبية، بحياة…")
      earlierBefore =
        daysOfEarlierEvent(facts, built[built.length - 1]) ?? (facts.reportsEvent ? null : earlierBefore);
      remainsBefore = facts.remains;
      // (not a clause that tells the toll since updated: "…قبل أن ترتفع الحصيلة إلى 23", "after it had
      // first counted six": the update stands, toll-update.ts)
      // (not one placed at a town no event told so far happened at: earlier-report.ts)
      if (earlierReport && !facts.risenTo && (firstThenLater || !reportAtOtherTown(built, facts.place))) {
        if (hasCasualties(facts)) {
          const last = built[built.length - 1]!;
          // (the wounded it tells dying of their wounds are no count of wounded; its day is the
          // event's where the update gave none)
          const earlier = facts.diedOfWounds
            ? { ...facts, casualties: { ...facts.casualties, wounded: null } }
            : facts;
          // (its own day, where it took the day the wounded died: day-before-rise.ts)
          const ownDay = earlierCountDay(
            last,
            facts,
            firstRisen >= 0 && firstRisen < at && last.sentences.includes(sentences[firstRisen]!.index),
          );
          // (the count a later source gave after it, "…، قبل أن يؤكد مصدر طبي مقتل أربعة", replaces it:
          // later-teller.ts)
          const later = laterTellerAt(clauseText);
          const heldFacts =
            later === null
              ? earlier
              : { ...earlier, casualties: findCasualties(matchView(clauseText.slice(0, later)), ctx.lang) };
          holdEarlier(held, last, heldFacts, sentence.index, last.date ? null : facts.eventDate);
          // ("…, before a military source said a third soldier had died": ranked-later-dead.ts)
          if (later !== null) {
            const laterText = clauseText.slice(later);
            raiseToll(
              last,
              rankedLaterDead(laterText, findCasualties(matchView(laterText), ctx.lang)),
              false,
            );
          }
          // (the day the replaced count was reported on, before the event's: replaced-report-day.ts)
          const reportDay =
            later !== null && hadReportedReplaced(clauseText) ? replacedReportDay(last, facts, later) : null;
          if (ownDay ?? reportDay) last.date = ownDay ?? reportDay;
        }
        continue;
      }
      told.killed ||= facts.casualties.killed !== null;
      told.wounded ||= facts.casualties.wounded !== null;
      // chains ("two days earlier") count from the day of the last event told (chain-anchor.ts)
      anchor = chainAnchor(anchor, facts.dates, facts.reportsEvent);
      toldDay = lastToldDay(toldDay, facts.dates);
      burial = burialDay(facts.matchText, facts.dates) ?? burial;
      if (facts.eventDate) {
        sentenceDate = facts.eventDate;
        sentenceDateOfRemains = facts.remains;
      }
      // (a line of dates alone, "الأحد 3 شوال 1443", is the day the page was put out: the news' day
      // where the lead tells no deaths, but a lead that tells its dead on a day of its own, "قتل
      // مساء أمس", is the news and dates the items told after it: dates-alone.ts)
      if (
        built.length === 0 &&
        facts.eventDate &&
        (!leadDay || (leadDateline && announcesDeaths(clauseText)))
      ) {
        leadDay = facts.eventDate.date;
        leadSentence = sentence.index;
        leadAnnounces = announcesEvents(clauseText, facts.eventDate.start);
        leadRemembers = remembersOldDay(clauseText, facts.eventDate.start);
        leadDateline = toldInDatesAlone(clauseText, facts.dates);
      }
      // (the first sentence that tells of the news, a dateline left aside, "الاثنين 1 رمضان 1432 هـ
      // الموافق 1 آب 2011" (dates-alone.ts): where it tells the news' deed, "اقتحمت الدبابات المدينة
      // فجر أمس الأحد … وسط قصف", the day of the tolls told after it, carried-date.ts)
      if (
        built.length === 0 &&
        facts.eventDate &&
        !newsLead.read &&
        !toldInDatesAlone(clauseText, facts.dates)
      )
        newsLead = {
          read: true,
          deedDay: tellsDeedOfNews(matchTexts[at] ?? '') ? facts.eventDate.date : null,
        };
      // (not for a clause that counted the victims before it told the chase: chase-after-toll.ts)
      const chased = pursuit || (facts.pursues && !chaseAfterToll(clauseText));
      pursuit ||= facts.pursues;
      // "…ارتفع إلى 12، فيما بلغ عدد المصابين 41": the update's other side (rise-other-side.ts)
      const now = raised && otherSideOfRise(raised.at, raised.rise, facts);
      if (raised && now) {
        raiseToll(raised.at, now, false);
        merge(raised.at, { ...facts, casualties: now }, null, null, sentence.index);
        continue;
      }
      const hit = built[built.length - 1];
      // "27 ISIS members killed…, while the PMF lost two fighters", then "the troops killed 27
      // terrorists": one side's part of the fight's summed toll, told again (side-part-told.ts)
      if (hit && sidePartToldAgain(hit, facts, sentence.index)) {
        // (its wounded, told only now, are the fight's first: "فيما استشهد ثلاثة من مقاتلينا وجرح تسعة")
        const wounded = hit.wounded === null ? facts.casualties.wounded : null;
        merge(
          hit,
          { ...facts, casualties: { ...NO_CASUALTIES, wounded }, targets: [] },
          null,
          null,
          sentence.index,
        );
        continue;
      }
      // "The two bombers were among the dead": the attackers inside the toll just told (attackers-told-among.ts)
      if (attackersOutOfToll(hit, facts, sentence.index)) continue;
      // "killed a shepherd and abducted two others", then "The bodies of the two abducted men were
      // found the following morning": the ones taken, found dead, beside its own (bodies-of-all-taken.ts)
      const withTaken =
        hit &&
        facts.casualties.killed !== null &&
        facts.casualties.wounded === null &&
        withinGap(hit, sentence.index)
          ? deadWithTakenFound(hit, clauseText, facts.casualties.killed)
          : null;
      if (hit && withTaken) {
        hit.killed = withTaken;
        const found = facts.eventDate?.date;
        if (hit.date && found && found.to > hit.date.to) hit.date = fromTakingToFinding(hit.date, found);
        continue;
      }
      // "three people, two of them fighters", then "the driver was also killed": the rest of those
      // dead (rest-of-them.ts); its wounded are still the incident's
      if (hit && withinGap(hit, sentence.index) && restOfThem(hit, facts)) {
        const casualties = { ...facts.casualties, killed: null };
        merge(hit, { ...facts, casualties }, null, null, sentence.index);
        continue;
      }
      // "Two of the farmers were killed instantly, while a third died of his wounds": the victims
      // just counted, told again in parts (not more dead, nor wounded who died since)
      const part: Parts | null =
        hit && !facts.aggregate && !facts.denied ? partOfVictims(clauseText, hit, facts, parts) : null;
      if (hit && part) {
        parts = part;
        const spot = facts.place?.governorate ? facts.place : null;
        // (the day the retelling gives them, where the event had only its report's: retold-victims-day.ts)
        const retoldDay = facts.aggregate
          ? null
          : dayOfRetoldVictims(hit.date, hit.reporting, facts.eventDate ?? sentenceDate, ctx.published);
        merge(hit, { ...facts, casualties: NO_CASUALTIES }, retoldDay, spot, sentence.index);
        continue;
      }
      // "…اشتباكات أسفرت عن مقتل جنديين، فيما قتل أربعة من المسلحين وتركت جثثهم": the other side's dead
      // of a fight whose result the clause before told, its toll too, not the same dead's bodies told
      // again (fight-result-while.ts; added below with the other side's dead told so)
      const otherSideOfResult =
        !!hit &&
        nth > 0 &&
        ctx.lang === 'ar' &&
        otherSideOfFightResult(hit, facts, sentence.index, matchView(clauses[nth - 1]!.text).text);
      // "فيما انتشل الدفاع المدني الجثث الثلاث", "rescuers recovered the bodies": the dead just
      // counted, told again by their bodies, and no event of their own, whatever later day they were
      // found on ("This morning villagers found the two bodies"; not an item of a list of
      // the dead: "- رجل عثر على جثته مقتولاً" is one more of those the heading counted)
      if (
        hit &&
        !(nth === 0 && listItems.has(at)) &&
        typeof hit.killed === 'number' &&
        facts.casualties.wounded === null &&
        bodiesFoundSinceDeed(hit.date, facts.eventDate?.date) &&
        withinGap(hit, sentence.index) &&
        retellsBodies(clauseText) &&
        // (not the body of the victim the clause itself counted first: own-dead-body.ts)
        !bodyOfOwnDead(clause.text, ctx.lang, hit.killed) &&
        !foughtIn(built, hit, facts, sentence.index) &&
        !otherSideOfResult &&
        // (nor armed men's dead of the fight set by "while" against it, their bodies told after them:
        // "بينما قال سكان إن أربعة من المسلحين قتلوا ونقلت جثثهم", armed-dead-while.ts)
        !armedDeadWhileFighting(hit, facts, sentence.index)
      )
        continue;
      // "Gunmen kidnapped a council member…", then "His body was later found": the one taken, its one
      // dead, whatever day the body was found (body-found.ts)
      if (foundDeadAfter(hit, clauseText) && !hasCasualties(facts) && withinGap(hit, sentence.index)) {
        hit.killed = 1;
        continue;
      }
      // "اختطفوا أربعة عشر رجلاً", then "عثرت دورية على جثث أربعة من المختطفين": those taken, its
      // dead, the event running from the taking to the finding (body-found.ts)
      if (
        bodiesOfTheTaken(hit, clauseText) &&
        facts.casualties.killed !== null &&
        facts.casualties.wounded === null &&
        withinGap(hit, sentence.index)
      ) {
        hit.killed = facts.casualties.killed;
        const found = facts.eventDate?.date;
        if (hit.date && found && found.to > hit.date.to) hit.date = fromTakingToFinding(hit.date, found);
        continue;
      }
      // "…survived an attempt on her life", then "She was treated for a wound to the leg": the
      // survivor, its one wounded (survivor-hurt.ts)
      if (survivorHurt(hit, clauseText) && !hasCasualties(facts) && withinGap(hit, sentence.index)) {
        hit.wounded = 1;
        continue;
      }
      // "عثرت القوات على جثث ستة مواطنين", then "وقد اختطفوا يوم الثلاثاء الماضي": when and how the
      // dead just found were taken (abducted-before-found.ts)
      const heldFrom = abductionOfTheFound(hit, facts, sentence.index);
      if (hit && heldFrom) {
        merge(hit, facts, null, null, sentence.index);
        hit.date = heldFrom;
        continue;
      }
      // (unless a risen toll told of it already: "ارتفعت الحصيلة إلى أربعة بعد وفاة اثنين من الجرحى")
      const counted = (b: Building): boolean =>
        b.sentences.some((i) => tellsRisenToll(matchTexts[sentences.findIndex((x) => x.index === i)] ?? ''));
      // (and whether the rise told the wounded too: "bringing the toll to six dead and 13 wounded")
      const woundedRisen = (b: Building): boolean =>
        b.sentences.some((i) => {
          const told = sentences.find((x) => x.index === i);
          return !!told && (risenToll(matchView(told.text), ctx.lang)?.wounded ?? null) !== null;
        });
      // (fewer in care than were wounded, after the toll rose: "فيما لا يزال جريحان يتلقيان العلاج")
      if (
        facts.treated !== null &&
        hit &&
        withinGap(hit, sentence.index) &&
        treatedAfterRise(hit, facts.treated, counted(hit), woundedRisen(hit))
      ) {
        hit.wounded = facts.treated;
        continue;
      }
      // "One of the wounded died later in hospital": the death of one counted among the wounded of
      // the event just told, not an event of its own (tolls/wounded-died/)
      // (the count a source gave earlier, held back: held-earlier.ts)
      const earlierKilled = (hit && held.get(hit)?.killed) ?? null;
      if (
        takesDeathOfWounded(
          hit,
          facts,
          matchTexts[at - 1] ?? '',
          matchTexts[at] ?? '',
          counted,
          earlierKilled,
        )
      ) {
        // (told in the clause that gives the deed's day, where the lead had only the day it was
        // announced: "…فجر نفسه مساء أمس، مبيناً أن ثلاثة من الجرحى توفوا": reported-deed-day.ts)
        if (hit && !hit.date && facts.eventDate && datesReportedDeed(hit, facts, sentence.index))
          hit.date = facts.eventDate.date;
        continue;
      }
      // "فيما لا يزال 13 مصاباً يتلقون العلاج", "five others are still being treated": the wounded of
      // the event just told as they are now, where it told none
      if (facts.treated !== null && hit && hit.wounded === null && withinGap(hit, sentence.index))
        hit.wounded = facts.treated;
      // "The operation took place on Monday": the day of the event just told, announced on Tuesday
      // (so is "The girls were found Wednesday" after bodies told found: found-day.ts)
      const last = built[built.length - 1];
      // (so is the deed the lead told by the day it was announced, told again in its source's words
      // with the day it was done: reported-deed-day.ts; and the fight told breaking out:
      // outbreak-day.ts; and the blow named by its day, "Last Friday's blast": owned-blast-day.ts)
      if (
        last &&
        !last.date &&
        facts.eventDate &&
        (datesEventTold(clauseText) ||
          datesFinding(facts) ||
          datesOutbreak(facts) ||
          datesOwnedBlow(facts) ||
          datesReportedDeed(last, facts, sentence.index) ||
          // (and the dead's, told with the wounded in the clause after them: wounded-clause-day.ts)
          datesDeadOfSentence(last, facts, sentence.index, nth))
      )
        last.date = facts.eventDate.date;
      if (last && facts.eventDate && datesDeedAgain(last, facts)) last.date = facts.eventDate.date;
      // "ورجح المصدر أن يكون عناصر التنظيم قد زرعوا العبوة": who laid the device just told (planted-device.ts)
      if (laidDeviceOf(last, facts, sentence.index)) {
        merge(last!, facts, null, null, sentence.index);
        continue;
      }
      // "وأوضح المصدر أن القذائف أطلقت من منطقة يرجح أن عناصر التنظيم يتخذونها ملاذاً": where the
      // weapons of the blow just told with its toll came from, and who may have fired them — no blow
      // at that place (so for a blow that harmed no one: "سقطت أربعة صواريخ … دون إصابات", then "أن
      // الصواريخ أطلقت بعد منتصف الليل من منطقة زراعية": the weapons are the ones told)
      if (
        last &&
        (last.killed !== null ||
          last.wounded !== null ||
          last.event?.type === 'explosions_remote_violence') &&
        withinGap(last, sentence.index) &&
        !hasCasualties(facts) &&
        firedFromTold(clauseText)
      ) {
        merge(last, facts, null, null, sentence.index);
        continue;
      }
      // "وتبنى التنظيم الهجوم، وزعم أن مقاتليه قتلوا ستة": the claimant's own figures for the event
      // its sentence claimed (claim-goes-on.ts); the first figures stay, these are shown to the editor
      const claimed = afterClaim ? built.findLast((b) => b.sentences.includes(sentence.index)) : undefined;
      if (claimed && !facts.separate && !facts.another && claimGoesOn(clauseText)) {
        merge(claimed, { ...facts, refersBack: true }, null, null, sentence.index);
        continue;
      }
      // "Islamic State claimed responsibility": no event of its own, the doer of the one just told
      // (not "تبنى تفجيرات مماثلة خلال الأشهر الماضية": other, earlier events; not a claim denied);
      // so is a claim of "the attack" with no toll of its own, whatever day the claim was made, or
      // with the claimant's own toll of it (claimed-event.ts), whether or not its claimant is one the
      // actor table knows ("وتبنى التنظيم الهجوم …، زاعماً مقتل خمسة": "the organisation" of the news)
      if (
        (facts.claims || claimantsToll(clauseText)) &&
        (facts.event === null ||
          ((claimsTheEvent(clauseText) || claimsSeveral(clauseText)) && !hasCasualties(facts)) ||
          claimantsToll(clauseText)) &&
        !facts.aggregate &&
        !facts.similar &&
        !facts.denied &&
        !denied.has(sentence.index) &&
        last &&
        withinGap(last, sentence.index)
      ) {
        merge(last, facts, null, null, sentence.index);
        // "وتبنى تنظيم داعش التفجيرين": the claimant is the doer of each event claimed that names none
        if (claimsSeveral(clauseText))
          for (const b of built)
            if (b.actors.length === 0 && withinGap(b, sentence.index)) {
              b.actors = [...facts.actors];
              b.suspected = [...facts.suspected];
            }
        continue;
      }
      // "No group claimed it, but officials blamed IS remnants": the suspected doer of the event told
      // (where it has no doer but the side it hit)
      if (
        last &&
        last.actors.every((a) => last.targets.includes(a)) &&
        withinGap(last, sentence.index) &&
        blamesDoer(clauseText, facts)
      ) {
        // (those blamed are the suspected doers, whatever words name them)
        merge(last, { ...facts, suspected: [...facts.actors] }, null, null, sentence.index);
        continue;
      }
      // "…قتلوا بغارات يوم الأحد، ولم تتمكن الفرق من انتشال جثث بعضهم إلا صباح اليوم": the rest of a
      // funeral's sentence tells more of those dead, not an event of its own day
      const funeralRest =
        nth > 0 &&
        !hasCasualties(facts) &&
        !facts.place?.governorate &&
        tellsFuneral(matchTexts[sentences.indexOf(sentence)] ?? '');
      // "The strikes hit houses in the village of X" after a lead with no place: where it happened (placed-again.ts)
      if (last && withinGap(last, sentence.index) && placesEventTold(last, facts)) {
        merge(last, facts, null, facts.place, sentence.index);
        continue;
      }
      if (headsList(clause.text, facts, sentence.index)) {
        listedBodies = countedBodies(facts) ?? listedBodies;
        continue;
      }
      if (tellsListedBodies(listedBodies, facts)) continue;
      // "…، وثلاثة في X، ليرتفع عدد شهداء يوم الأحد في سوريا إلى 112": the day a country's tally
      // counts is the day of the items its sentence told before it with none of their own
      // (country-tally.ts)
      if (facts.aggregate && facts.eventDate && countryTally(clauseText))
        for (const b of built)
          if (b.date === null && b.sentences.includes(sentence.index)) b.date = facts.eventDate.date;
      // (the day of the deed a ruling's article drafted with none, told in the court's findings: judged-deed.ts)
      // (the court's finding of the deed drafted, told again with no day or toll: judged-deed.ts)
      if (ruling && findingOfToldDeed(built[0], facts)) continue;
      if (ruling && deedDayTold(built[0], facts)) {
        merge(built[0]!, facts, facts.eventDate, null, sentence.index);
        continue;
      }
      // (the toll of the deed a ruling's article drafted with its day, told with none or the ruling's: judged-deed.ts)
      if (ruling && deedTollTold(built[0], facts, ctx.published)) {
        merge(built[0]!, facts, null, null, sentence.index);
        continue;
      }
      // "وقال المصدر إن نزاعاً مسلحاً اندلع مساء أمس الاثنين … ما أسفر عن سقوط ستة ضحايا" after a lead
      // dated only by when it was reported: the source's account gives the lead its day, whatever
      // word it has for what happened (one with a word for it is read below, after the readers of more)
      const untypedAccount =
        facts.event === null &&
        facts.reportsEvent &&
        !facts.denied &&
        !denied.has(sentence.index) &&
        !facts.aggregate &&
        !facts.remains
          ? leadOfAccount(built, facts, sentence.index)
          : null;
      if (untypedAccount) {
        takeAccount(untypedAccount, facts, sentence);
        continue;
      }
      if (
        funeralRest ||
        !facts.reportsEvent ||
        // (a conviction told with no day or toll of its deed: the ruling, no event of its own; judged-deed.ts)
        (deed && !deed.date && !hasCasualties(facts)) ||
        (ruling && !hasCasualties(facts) && stepBeforeDeed(clauseText)) ||
        facts.denied ||
        denied.has(sentence.index) ||
        facts.aggregate ||
        facts.remains ||
        facts.event === null
      )
        continue;
      // "وهذه الغارة هي الثانية على ريف دمشق خلال الشهر الحالي": the event told, ranked in its series
      if (built.length > 0 && !hasCasualties(facts) && ranksEventTold(clauseText)) continue;
      // "ويأتي الهجوم بعد أقل من ثلاثة أسابيع على إعلان…": the event told, with its background (came-after-told.ts)
      if (
        built.length > 0 &&
        !hasCasualties(facts) &&
        !facts.eventDate &&
        !facts.place?.governorate &&
        cameAfterAsTold(clauseText)
      )
        continue;
      // "ويأتي التفجير عشية الذكرى…", "Monday's bombing came as rebels pressed…": the event told, amid
      // what was going on (came-after-told.ts)
      if (built.length > 0 && !hasCasualties(facts) && cameAmidAsTold(clauseText)) continue;
      // "The ministry condemned Monday's killing": a reaction to the event told (condemned-told.ts)
      if (built.length > 0 && !hasCasualties(facts) && condemnsTold(clauseText)) continue;
      // "A spokesman confirmed the attack on the convoy": the event told, borne out (confirmed-told.ts)
      if (built.length > 0 && !hasCasualties(facts) && confirmsTold(clauseText)) continue;
      // "The clashes ended around midday Tuesday": the event told, its end (ended-told.ts)
      if (built.length > 0 && !hasCasualties(facts) && !facts.place?.governorate && endOfTold(clauseText))
        continue;
      // "…أن الضربات جاءت رداً على هجوم … الأسبوع الماضي": the event told, with what it answered (came-after-told.ts)
      // (not a blow it answered told with its own day and place: earlier-events.ts)
      if (built.length > 0 && !hasCasualties(facts) && !facts.blowBefore && cameInAnswerAsTold(clauseText))
        continue;
      // an epidemic's cases and deaths: casualties with no word for what happened are the disease's
      // (not militants counted killed: a disease has no fighters it kills, "أسفرت عن مقتل أربعة إرهابيين";
      // nor victims of an armed doer the clause names, "a farmer was killed when IS militants opened
      // fire": a disease has no hand that strikes; nor anyone hurt "بجروح", with wounds a disease never
      // makes: wounds-not-infection.ts)
      if (
        epidemic &&
        !facts.eventNamed &&
        facts.actors.length === 0 &&
        facts.casualties.attackersKilled === null &&
        !toldAsWounds(clauseText)
      )
        continue;
      // a natural disaster's dead, "وأودى الزلزال بحياة 4537 شخصاً، وأصيب 8700": no deed and no doer in
      // the clause, the disaster named in its sentence (natural-disaster.ts)
      if (!facts.eventNamed && facts.actors.length === 0 && namesNaturalDisaster(matchTexts[at] ?? ''))
        continue;
      // so is a death from heat or cold, "A boy died of heat exhaustion in the camp" (died-of-exposure.ts)
      if (!facts.eventNamed && facts.actors.length === 0 && diedOfExposure(clauseText)) continue;
      // a funeral of the dead of the event just told, "a funeral for a commander killed in the clashes" (funeral-of-told.ts)
      if (funeralOfToldDead(built[built.length - 1], facts)) continue;
      // a death of ages past a rite remembers, "who was killed in battle at Karbala in 680 AD" (ages-past.ts)
      if (toldOfAgesPast(clauseText)) continue;
      // a witness who heard the blast told, "كنا نستريح …، وفجأة سمعنا انفجاراً": no blast of its own, in
      // any clause of the sentence (heard-blast.ts)
      if (built.length > 0 && !hasCasualties(facts) && heardTheBlast(matchTexts[at] ?? '')) continue;
      // (not a clause going on with a dated event of its sentence: "قتل طفل … ظهر أمس، كما أصيب شقيقه")
      // (nor one that tells only wounded, whom no grave holds: grave-wounded.ts)
      // (nor one whose dead fell in a fight, "were killed in the fighting": grave-fight-dead.ts)
      // (nor one told "on the same day" as the news told, "وفي اليوم ذاته، قتل شاب": a deed of the
      // news' day, no victim of the grave's years; same-day.ts)
      if (
        grave &&
        !facts.eventDate &&
        !sentenceDate &&
        !(built.length > 0 && woundedOnly(facts)) &&
        !fightDeadNotGrave(clauseText) &&
        !toldOnSameDay(clauseText)
      )
        continue;
      // ("…أن العائلة نزحت قبل عامين …، كما أصيب جار العائلة": one more victim told "also" is the
      // event's, not of the background an earlier clause of the sentence dated)
      const backgroundBefore =
        !!sentenceDate && !facts.eventDate && isBackground(sentenceDate.date, ctx.published);
      // ("في الليلة ذاتها", "on the same day": the day of the event told just before, or the one the
      // lead gave it, same-day.ts)
      const date =
        facts.eventDate ??
        sameDayAsTold(clause.text, last?.date ?? (last ? leadDay : null)) ??
        // ("ولم تكد مراسم الدفن تنتهي حتى سقطت قذيفتان": the day of the funeral told, funeral-day.ts)
        (hasCasualties(facts) ? dayAtFuneral(clause.text, burial) : null) ??
        // (not the year the remains a clause before told were of, "رفات ضحايا أعدمهم داعش عام 2014،
        // فيما قتل راع بعبوة": the news' dead after them are no victims of that year)
        ((backgroundBefore && built.length > 0 && furtherVictim(facts, nth)) ||
        deedUndated ||
        (sentenceDateOfRemains && !facts.remains)
          ? null
          : sentenceDate) ??
        // (or the day the sentence before gave the fighting this toll was counted in: fight-told-day.ts)
        // (or the day the sentence before gave the operation this toll fell during: operation-told-day.ts)
        (nth === 0
          ? (dayOfFightTold(untoldDay, at, facts, ctx.published) ?? dayOfOperationTold(untoldDay, at, facts))
          : null);
      const longAgo = !!date && (isBackground(date.date, ctx.published) || longPeriod(date.date));
      // (not the deed a court's ruling is about, told with its day or its one toll: judged-deed.ts)
      // (a span longer than a season is none, but for a deed told by its year with its own toll)
      const judged =
        (ruling || deed !== null) &&
        !!date &&
        (!longPeriod(date.date) || deedOfItsYear(date.date, facts, built.length > 0)) &&
        (!!deed?.date || (hasCasualties(facts) && !facts.aggregate));
      // (or told after "وليست هذه المرة الأولى…", "not the first time": earlier-events.ts)
      if (
        longAgo &&
        !judged &&
        !recallsOneEvent(facts, clauseText) &&
        !datedOneEventAgo(facts, clauseText, date.date) &&
        !recalledAsNotTheFirst(facts, clauseText, matchTexts[sentences.indexOf(sentence)] ?? '')
      )
        continue;
      if (date && !judged && toldAsHistory(date.date, ctx.published, facts)) continue;
      // (undated dead counted over the span told before, "خلال تلك الفترة": a total, earlier-events.ts)
      // (so are the dead of all the time a side held the place, "during their occupation": dead-of-their-rule.ts)
      if (!facts.eventDate && (countedOverThatSpan(clauseText) || countedOverItsRule(clauseText))) continue;
      // (militants killed count as dead of it too: "killing 23 militants" during March, "Security forces
      // said they had killed 34 militants in the province in October")
      const dead = facts.casualties.killed ?? facts.casualties.attackersKilled;
      // (fights or blows in the plural that dead were counted over name no one event: "بعد معارك قتل
      // خلالها…", "22 militants were killed in air strikes in March")
      if (
        date &&
        monthsToll(
          date.date,
          // (the deed a court's ruling is about is one: judged-deed.ts; so is an earlier event recalled
          // in the singular at the news's place, "القرية ذاتها التي شهدت في آذار 2015 مجزرة راح ضحيتها
          // أكثر من 40": earlier-events.ts)
          (judged ||
            facts.eventNamed ||
            killedOnOneOccasion(clauseText) ||
            // (and a doer's deed told in the pluperfect, "وكان التنظيم قد أعدم الشهر الماضي 40":
            // pluperfect-deed.ts)
            pluperfectDeed(clauseText) ||
            // (or as its tellers had told it, "وكان سكان قد أفادوا بأن التنظيم أعدم الشهر الماضي 50":
            // pluperfect-reported-deed.ts)
            pluperfectReportedDeed(clauseText) ||
            // (and blows told struck together, "سلسلة تفجيرات متزامنة", "coordinated bombings":
            // blows-at-once.ts)
            blowsAtOnce(clauseText) ||
            // (and a group the deed befell together, "seized twelve passengers and shot them dead":
            // them-counted-before.ts)
            deadToldAsThem(clauseText, ctx.lang) ||
            // (and dead told "in it", the event the clause before named: "…، وقتل فيه 24 شخصاً",
            // dead-in-it.ts)
            deadInEventBefore(!!clauseBefore?.event, clauseText) ||
            // (or "in it" of both sides, a fight: "…، وقتل فيها 11 من الطرفين", dead-in-fight-of-sides.ts)
            deadInFightOfSides(!!clauseBefore?.event, clauseText) ||
            recallsOneEvent(facts, clauseText)) &&
            !deadOverFights(clauseText),
          dead,
          facts.casualties.wounded,
        )
      )
        continue;
      // (or one named a month's toll: "four soldiers died in October, one of the lowest monthly tolls")
      if (date && namedMonthlyToll(date.date, clauseText)) continue;
      // (or over the span it was told in: "أعلن الأسبوع الماضي تنفيذ 14 عملية أسفرت عن…")
      const tallySpan = date ?? facts.reportingDate;
      if (tallySpan && eventsTalliedOverSpan(tallySpan.date, clauseText)) continue;
      // (or a side's statement of the enemy it neutralised, placed nowhere of its own: "in northern
      // Iraq and Syria", "without giving locations": the tally of its blows, neutralised.ts)
      if (statesNeutralised(facts) && !facts.place?.governorate) continue;
      if (eventsTalliedSince(clauseText)) continue;
      // "It acknowledged that five of its own fighters had been killed", after the enemy dead the side
      // counted: its own dead of the same fight, the fight's toll too (fight-sides.ts)
      const ownFight = fightOfOwnLosses(built, facts, sentence.index);
      if (ownFight) {
        const { killed, wounded } = facts.casualties;
        // (one side's share the fight's first clause counted, told again, adds none: share-told-again.ts)
        if (ownFight.killed === null) {
          // (an operation whose only dead were the militants it killed, kept apart: both sides' dead
          // are its toll now, operation-own-losses.ts)
          ownFight.killed = sumCounts([ownFight.attackersKilled!, killed!]);
          ownFight.attackersKilled = null;
        } else if (!shareToldAgain(ownFight, killed!)) {
          noteSidePart(ownFight, { killed, wounded });
          ownFight.killed = sumCounts([ownFight.killed, killed!]);
        }
        if (wounded !== null)
          ownFight.wounded = ownFight.wounded === null ? wounded : sumCounts([ownFight.wounded, wounded]);
        // (the day the fight began, "the battle, which started on Thursday night", dates a fight told undated)
        merge(
          ownFight,
          { ...facts, casualties: NO_CASUALTIES, targets: [] },
          facts.eventDate,
          null,
          sentence.index,
        );
        continue;
      }
      // "أحد عشر عنصراً من داعش قتلوا في الاشتباكات", after the other side's dead of the fight told:
      // its toll too, the attackers the clause sets apart kept apart (fight-enemy-dead.ts)
      const enemyFight = fightOfEnemyDead(built, facts, sentence.index);
      if (enemyFight) {
        const { killed, attackersKilled } = facts.casualties;
        enemyFight.killed = sumCounts([enemyFight.killed!, (killed ?? attackersKilled)!]);
        enemyFight.attackersKilled = killed === null ? null : attackersKilled;
        enemyFight.attackersAmong = false;
        merge(enemyFight, { ...facts, casualties: NO_CASUALTIES, targets: [] }, null, null, sentence.index);
        continue;
      }
      // "…إن تسعة قتلوا، فيما أحصى المرصد مقتل 12 شخصاً": the event just told in a second source's
      // figures (second-source-toll.ts); the first figure stays, the other is shown to the editor
      // (so is one weighed against the toll just told: "gave a lower figure of four dead", other-source-figures.ts;
      // and another teller's count of dead told in the next sentence: "A doctor said five had died", another-teller.ts;
      // and a side mourning its own dead of it: "نعت الكتائب ثمانية من مقاتليها", side-mourns.ts)
      if (
        last &&
        !firstShare &&
        // (not the other side's dead of a fight, "فيما أكد الثوار مقتل ٩ عناصر من قوات النظام": other-side-told-while.ts)
        !(otherSideToldWhile(last, facts) && foughtIn(built, last, facts, sentence.index)) &&
        // (not the other side's dead of a fight, where they fell in no blow of their own:
        // fight-sides.ts, operation-fought.ts)
        ((secondSourceToll(last, facts, sentence.index, nth, firstClause) &&
          !(deadOfSideOfFight(last, facts, sentence.index) && !namesBlow(facts.matchText))) ||
          otherFigureOfTold(last, facts, sentence.index) ||
          anotherTellersDead(last, facts, sentence.index, nth, lastToldSentence(built, sentence.index)) ||
          sideMournsOwnDead(last, facts, sentence.index))
      ) {
        merge(last, { ...facts, refersBack: true }, null, null, sentence.index);
        continue;
      }
      // "قال المرصد إن حصيلة تفجير عفرين بلغت ستة قتلى": the event told at that town, in this source's
      // figures (toll-of-town-event.ts)
      const townEvent = townEventOfToll(built, facts) ?? asForSourceItem(built, facts, facts.place);
      if (townEvent) {
        merge(townEvent, { ...facts, refersBack: true }, null, null, sentence.index);
        continue;
      }
      // "قالت الأسايش إن التفجير أدى إلى مقتل أربعة": another source's figures of the event just told,
      // to the end of its sentence ("…، وأسفرت عن مقتل ثلاثة")
      // (the event at the spot the teller names, if the last one is at another: tellers-count.ts;
      // not a toll told anew, whose count replaces the event's: addsToLast)
      // (none where its definite name points at the blows the clause before in its sentence told on
      // a day of their own, an event of their own: account-of-clause-before.ts)
      const atSpot = eventAtTellersSpot(built, facts, sentence.index);
      // (nor civilians a source counts after a fight told without them: civilians-beside-fight.ts)
      const toldOne =
        accountOfClauseBefore(atSpot, facts, clauseBefore, sentence.index) ||
        (atSpot && civiliansBesideFight(atSpot, facts.matchText))
          ? undefined
          : atSpot;
      if (!accountOf && !facts.risenTo && sourcesAccount(toldOne, facts, sentence.index, ctx.lang))
        accountOf = toldOne!;
      // "The SDF gave a different account. It said … two civilians were killed": the same (other-source-figures.ts)
      const announced = `${matchTexts[at - 1] ?? ''} ${matchView(sentence.text.slice(0, clause.start)).text}`;
      if (!accountOf && toldInOtherAccount(toldOne, facts, announced, sentence.index)) accountOf = toldOne!;
      // (so is the enemy it claims killed, its count of that fight's dead: other-source-figures.ts)
      const enemyCount = !accountOf && enemyDeadInOtherAccount(toldOne, facts, sentence.index);
      if (enemyCount) accountOf = toldOne!;
      // "The Observatory said four were killed in the strikes", "…confirmed the attack but said only
      // four had died": the same, the event named by the source (other-source-figures.ts)
      // (not the chase of its attackers: addsToLast)
      // (not the other side's dead of a fight set against the first by "while", the teller closing the
      // sentence: side-dead-teller-told.ts)
      if (
        !accountOf &&
        !pursuit &&
        !facts.risenTo &&
        sourceTellsEventTold(toldOne, facts, sentence.index) &&
        !sideDeadTellerTold(toldOne, facts, sentence.index)
      )
        accountOf = toldOne!;
      // (not the other side's dead set by "while" against the fight's result the account told: they
      // are added to its toll below, fight-result-while.ts)
      if (accountOf && !otherSideOfResult) {
        // (a spot in its governorate; or the first one, for an event told only in its country)
        const spot =
          sameGovernorate(accountOf.place, facts.place) || !accountOf.place?.governorate ? facts.place : null;
        // (the doer of the event it tells is the one told with it: a side its account names, "جندي
        // في قوات النظام", is among those hit)
        const casualties = enemyCount ? asDeadOfEvent(facts.casualties) : facts.casualties;
        merge(accountOf, { ...facts, casualties, refersBack: true }, null, spot, sentence.index);
        continue;
      }
      // "SANA said two soldiers were killed", then "The Observatory said the strikes killed five": a
      // teller's count of an event told already, in its own figures; the first figures stay, the
      // others are shown to the editor (tellers-count.ts)
      // (not where the last event cannot take the count but the one the sentence before went on
      // about can: count-of-latest-told.ts)
      const latestTold = pursuit ? undefined : homeOfLatestTold(built, facts, sentence.index);
      if (latestTold) {
        merge(latestTold, facts, null, null, sentence.index);
        latestTold.paragraph = sentence.paragraph;
        continue;
      }
      const toldBefore = pursuit
        ? undefined
        : eventOfTellersCount(
            built,
            facts,
            announced,
            sentence.index,
            ctx.lang,
            ctx.titlePlace?.country ?? null,
          );
      if (toldBefore) {
        merge(
          toldBefore,
          facts,
          null,
          sameGovernorate(toldBefore.place, facts.place) ? facts.place : null,
          sentence.index,
        );
        continue;
      }
      // "IS claimed its fighters had killed 50 soldiers in the battle": the other side's figure of the
      // fighting just told, not another event (claimed-kills.ts); so is a count given on a later day,
      // "On Tuesday, the ministry said 23 had been killed" (count-told-later.ts)
      // (not where the sentence before placed what it told in another governorate than that event's:
      // the count may be of what that sentence told)
      if (
        last &&
        (claimedKillsOfTold(last, facts, sentence.index) || countToldOnLaterDay(last, facts, sentence.index))
      ) {
        const placedBefore =
          last.place?.governorate && at > 0 ? ctx.resolvePlace(sentences[at - 1]!.text, ctx.lang) : null;
        if (!placedBefore?.governorate || sameGovernorate(last.place, placedBefore)) {
          const spot =
            sameGovernorate(last.place, facts.place) || !last.place?.governorate ? facts.place : null;
          // (the enemy a side says it neutralised are its count of the event's dead: shown beside
          // the toll told, not attackers killed beside the victims)
          const claimed = statesNeutralised(facts) ? asDeadOfEvent(facts.casualties) : facts.casualties;
          merge(last, { ...facts, casualties: claimed, refersBack: true }, null, spot, sentence.index);
          continue;
        }
      }
      // "قتل ثلاثة من الشرطة…، فيما قتل خمسة من المسلحين في اشتباكات ليلة الجمعة": the armed men's
      // dead of the fight whose victims the sentence told, its toll too, with its day and place
      // where the clause before gave none (armed-dead-while.ts); so the other side's dead added by
      // "also", "لقي سبعة من عناصر القوات مصرعهم، كما قتل أربعة مقاتلين، خلال اشتباكات دارت ليلة
      // الأحد", its wounded too (also-dead-in-fight.ts); so the other side's dead set by "while"
      // against victims the clause before told as a fight's result (fight-result-while.ts)
      const { killed: alsoKilled, wounded: alsoWounded, attackersKilled: armedKilled } = facts.casualties;
      const otherSide = !last
        ? null
        : armedDeadWhileFighting(last, facts, sentence.index)
          ? { killed: armedKilled!, wounded: null }
          : alsoDeadInFight(last, facts, sentence.index) || otherSideOfResult
            ? { killed: alsoKilled ?? armedKilled!, wounded: alsoWounded }
            : null;
      if (last && otherSide) {
        noteSidePart(last, otherSide);
        last.killed = sumCounts([last.killed!, otherSide.killed]);
        if (otherSide.wounded !== null)
          last.wounded =
            last.wounded === null ? otherSide.wounded : sumCounts([last.wounded, otherSide.wounded]);
        const spot = facts.place?.governorate ? facts.place : null;
        merge(
          last,
          { ...facts, casualties: NO_CASUALTIES, targets: [] },
          facts.eventDate,
          spot,
          sentence.index,
        );
        continue;
      }
      // "مقتل سبعة من عناصر التنظيم في اشتباكات مع قسد، فيما قتل عنصران من قسد": the other side's dead
      // of the fight told, its toll too (fight-sides.ts)
      // (its wounded too, beside those the fight had: "…فيما قتل ثلاثة من قسد وأصيب خمسة آخرون")
      // (so are the dead of a side among its doers, in a fight told as such: "تجددت الاشتباكات بين
      // الهيئة من جهة، والجبهة من جهة أخرى … وأسفرت عن مقتل سبعة من الهيئة")
      // (or of the event an earlier clause of the sentence went to: "وقال المصدر إن الاشتباكات أسفرت عن…")
      // (or the armed men the clause before counted killed in a fight, "17 militants were killed in
      // the assault, while four of the militia's fighters were killed": armed-then-side-while.ts)
      // ("قتل 19 بينهم خمسة جنود", then "مقتل 14 مسلحاً، فيما استشهد خمسة من جنودنا وأصيب 11": the toll
      // told again side by side, its attackers one share of it, its wounded taken: lead-toll-by-sides.ts)
      if (last && leadTollBySides(last, facts, sentence.index)) {
        const { wounded } = facts.casualties;
        last.attackersKilled = null;
        if (wounded !== null)
          last.wounded = last.wounded === null ? wounded : sumCounts([last.wounded, wounded]);
        merge(last, { ...facts, casualties: NO_CASUALTIES, targets: [] }, null, null, sentence.index);
        continue;
      }
      // ("…were killed in a firefight", then "One guard and two smugglers were killed, and a second
      // guard was wounded": the fight's toll told again by side, its wounded taken, sides-told-again.ts)
      if (ctx.lang === 'en' && last && sidesToldAgain(last, facts, sentence.index)) {
        const { wounded } = facts.casualties;
        if (wounded !== null && last.wounded === null) last.wounded = wounded;
        merge(last, { ...facts, casualties: NO_CASUALTIES, targets: [] }, null, null, sentence.index);
        continue;
      }
      // ("government troops attacked rebel positions", then "six soldiers and four insurgents were
      // killed": the armed men the side attacked, no attackers; the assault's toll, forces-attacked-tally.ts)
      if (last && forcesAttackedTally(last, facts, sentence.index, matchTexts[at - 1] ?? '')) {
        const { killed, wounded, attackersKilled } = facts.casualties;
        last.killed = sumCounts([killed!, attackersKilled!]);
        last.attackersAmong = false;
        if (wounded !== null) last.wounded = wounded;
        merge(last, { ...facts, casualties: NO_CASUALTIES, targets: [] }, null, null, sentence.index);
        continue;
      }
      const fought =
        foughtIn(built, last, facts, sentence.index) ??
        (last &&
        nth > 0 &&
        armedThenSideWhile(last, facts, sentence.index, matchView(clauses[nth - 1]!.text).text)
          ? last
          : undefined);
      if (fought) {
        const { killed, wounded, attackersKilled } = facts.casualties;
        // (one side's part kept, so that its teller telling it again adds none: side-part-told.ts)
        if ((killed === null) !== (attackersKilled === null))
          noteSidePart(fought, { killed: killed ?? attackersKilled, wounded }, sentence.index);
        fought.killed = sumCounts(
          [fought.killed ?? fought.attackersKilled, killed, attackersKilled].filter((n) => n !== null),
        );
        fought.attackersKilled = null;
        if (wounded !== null)
          fought.wounded = fought.wounded === null ? wounded : sumCounts([fought.wounded, wounded]);
        merge(fought, { ...facts, casualties: NO_CASUALTIES, targets: [] }, null, null, sentence.index);
        continue;
      }
      // "…استشهد أربعة من البيشمركة، فيما قتل 12 من مسلحي داعش": the attackers of the event told (so
      // are the attackers the sentence before counted, told by their count: attackers-counted-before.ts)
      if (
        last &&
        (deadOfTheDoers(last, facts, sentence.index) ||
          (nth === 0 && attackersCountedBefore(last, facts, matchTexts[at - 1] ?? '', sentence.index)))
      ) {
        const { killed, attackersKilled } = facts.casualties;
        const all = attackersKilled === null ? killed : sumCounts([killed!, attackersKilled]);
        const doers = { killed: null, wounded: null, attackersKilled: all };
        merge(last, { ...facts, casualties: doers, targets: [] }, null, null, sentence.index, true);
        continue;
      }
      // a toll of "the operation" told after a background event: the story's own event (past-background.ts)
      const main = mainPastBackground(built, facts, sentence.index, sentence.paragraph);
      if (main) {
        merge(main, facts, null, null, sentence.index);
        continue;
      }
      const updated = incidentOfRise(built, facts);
      if (addsToLast(updated, facts, sentence.index, chased, clauseText)) {
        if (updated && facts.risenTo) raised = { at: updated, rise: facts.risenTo };
        continue;
      }
      // "وقال المصدر إن عبوة انفجرت مساء أمس" after a lead dated only by when it was reported: its day
      const account = leadOfAccount(built, facts, sentence.index);
      if (account) {
        takeAccount(account, facts, sentence);
        continue;
      }
      // "وذكر مصدر في الشرطة أن القذائف أطلقت ظهر اليوم ما أدى إلى استشهاد اثنين" after an undated
      // lead of three dead: the lead's event, in that source's figures
      if (last && built.length === 1 && withinGap(last, sentence.index) && secondSourceOfLead(last, facts)) {
        merge(last, facts, facts.eventDate, null, sentence.index);
        last.paragraph = sentence.paragraph;
        continue;
      }
      const current = built[built.length - 1];
      const distance = current
        ? sentence.index - (current.sentences[current.sentences.length - 1] ?? 0)
        : Infinity;
      const spot = clausePlace(clause.text, facts, current, nth, ctx);
      const { place, nearSpot } = spot;
      // "قتل ٥ مدنيين، وأصيب ١٠ آخرون، جراء غارات على بلدة كفرنبل": where the event told happened
      // ("Two others died in barrel-bomb attacks on the village of Y": the rest of the lead's toll, of
      // its day, others-lead-sums.ts)
      const restOfLead = othersTheLeadSums(built[0], current, facts);
      const elsewhere =
        (spot.elsewhere &&
          !(current && otherKindAtSharperSpot(current, facts, sentence.index)) &&
          // (not the others beside those the clause before counted: others-of-told-kind.ts)
          !othersOfToldKind(clauseText, otherKindTold, current, facts, sentence.index)) ||
        afterUnknownSpot(clauseText, facts, place, current, nth) ||
        restOfLead ||
        // (a source's toll of the blows the clause before told on a day of their own: account-of-clause-before.ts)
        accountOfClauseBefore(current, facts, clauseBefore, sentence.index);
      // "The children, two brothers and their cousin, were killed when a missile hit their home in…":
      // the victims just counted, told again with where it happened
      // "Most of the victims were women and children fleeing the fighting around X": who they were
      if (current && describesVictims(clauseText, facts)) continue;
      // "مقتل مدني وعنصر", then "أن المدني قتل برصاصة طائشة في حي كذا": one of them, told again (counted-one-again.ts)
      if (current && countedOneAgain(current, facts)) {
        merge(current, { ...facts, casualties: NO_CASUALTIES }, date, place, sentence.index);
        continue;
      }
      // "وأضاف أن بين الشهداء شقيقين …، وحفيدها الذي أصيب": who was among those counted (retelling.ts)
      if (current && amongVictimsTold(matchTexts[at] ?? '', current, facts)) {
        merge(current, { ...facts, casualties: NO_CASUALTIES }, date, place, sentence.index);
        continue;
      }
      if (current && retellsVictims(clauseText, current, facts)) {
        merge(current, facts, date, place, sentence.index);
        continue;
      }
      // "The army responded by shelling…", then "SOHR put the toll of the attack at four soldiers": a
      // source's toll told after the answer to an attack is the attack's ("ردّ الجيش بقصف…" likewise)
      const answered = built.length > 1 ? built[built.length - 2] : undefined;
      if (
        current &&
        answered &&
        !place &&
        !facts.place?.governorate &&
        !facts.eventDate &&
        !facts.separate &&
        hasCasualties(facts) &&
        TOLL_WORD.test(facts.matchText) &&
        tellsResponse(matchView(current.source).text)
      ) {
        merge(answered, facts, date, null, sentence.index);
        continue;
      }
      // the next item of a roundup whose lead gave the toll of them all (roundup-lead.ts)
      // (the cheap checks of the item first: the lead's patterns run only for a clause that may be one)
      // (so is each item of a list of the dead that counts its own: "- رجل …، عُثر على جثته", then
      // "- وجيه …، اغتاله مسلحان", one dead each, at a village the gazetteer may not know)
      // (so is a paragraph headed by its place after one headed so: place-headed-item.ts)
      const roundupItem =
        (!!current && nth === 0 && listItems.has(at) && (hasCasualties(facts) || countsArmedDead(facts))) ||
        (!!current && nth === 0 && hasCasualties(facts) && nextPlaceHeadedItem(facts.text, current.source)) ||
        // (so is the next bullet of a list headed by places, after a bullet: bullet-place-item.ts)
        (!!current &&
          nth === 0 &&
          hasCasualties(facts) &&
          nextBulletPlaceItem(clause.text, sentences[at - 1]?.text ?? '')) ||
        // (so is a bullet telling another kind of blow with a toll of its own: bullet-other-blow.ts)
        (!!current &&
          nth === 0 &&
          bulletOfOtherBlow(clause.text, hasCasualties(facts) || countedUnsplit(facts.notes), facts.event, {
            event: current.event,
            tolled: current.killed !== null || current.wounded !== null,
          })) ||
        (!!current &&
          (nextRoundupItem(built[0]!, current, facts, sentence.index, sentence.paragraph) ||
            roundupItemAtUnknownSpot(current, facts, clause.text, sentence.paragraph, ctx.lang)) &&
          (roundupLead(
            built[0],
            ctx.lang,
            matchTexts[sentences.findIndex((x) => x.index === built[0]!.sentences[0])] ?? '',
            built[0]!.paragraph === sentences.find((x) => x.index === built[0]!.sentences[0])?.paragraph &&
              spotOfItsOwn(current, facts, clause.text),
          ) ||
            leadOfTwoTowns(built[0])));
      // "… قرب منزله في X، ما أدى إلى مقتله" after a lead of two events, X the first one's town: more
      // on the first (back-at-town.ts)
      const town = elsewhere || roundupItem ? undefined : backAtEarlierTown(built, facts);
      if (town) {
        merge(town, facts, date, place, sentence.index);
        continue;
      }
      // a count with no event, day or place of its own: the incident told that it belongs to, by its
      // subject ("two of its fighters") and the incidents before it (count-home.ts)
      const home = elsewhere || roundupItem || date ? undefined : homeOfCount(built, facts, sentence.index);
      if (home) {
        merge(home, facts, null, place, sentence.index);
        home.paragraph = sentence.paragraph;
        continue;
      }
      // (nor a blow of another kind beside one whose dead were told only as "dozens": vague-toll-other-blow.ts)
      const vagueApart = (b: Building): boolean =>
        vagueTollOfOtherBlow(
          b,
          b.sentences.some(
            (i) =>
              i !== sentence.index &&
              tellsVagueDead(matchTexts[sentences.findIndex((x) => x.index === i)] ?? ''),
          ),
          facts,
          // (the clause's own, or told in a clause of its sentence after it: "معارك …، وتقول الفصائل
          // إنها قتلت العشرات")
          tellsVagueDead(matchView(sentence.text.slice(clause.start)).text),
          clauseText,
        );
      if (
        current &&
        !elsewhere &&
        !opensNew(current, facts) &&
        !vagueApart(current) &&
        // (nor a sentence that opens on a blow of another kind: opens-on-blow.ts)
        !(nth === 0 && opensOnOtherBlow(current, facts)) &&
        // (nor one dated well before the day the lead gave the undated event: before-lead-day.ts)
        !beforeLeadDay(current, facts, leadDay) &&
        // (nor a toll its sentence dated on another day than the toll-less event: toll-of-other-day.ts)
        !tollOfOtherDay(current, facts, date) &&
        !newItem(current, facts, sentence.paragraph) &&
        // (nor bodies found after a blow that only wounded: a finding of their own, bodies-found-apart.ts)
        !bodiesFoundApart(current, clauseText) &&
        // (nor a paragraph opening on another governorate than the item before an unplaced one: fronted-place.ts)
        !frontedAwayFromUnplaced(built, current, facts) &&
        !sentenceAtOtherSpot(current, facts, nth, sentence.index) &&
        // (nor news a source gave before the event just told: "ونشر المرصد في السابع عشر من الشهر
        // الفائت أن طائرات استهدفت رتلاً …" after strikes of last night, earlier-news.ts)
        !earlierNews(current, built[0]!, facts, ctx.published) &&
        // (nor a clause opening at a village told as near the one before, with a toll of its own: "In
        // the nearby village of X the same day, nine men were shot dead", "وفي قرية حاس المجاورة، قتل
        // ثلاثة"; not the wounded "taken to a hospital in the nearby town of X")
        !(nearSpot && hasCasualties(facts) && NEARBY_SPOT.test(clauseText)) &&
        !roundupItem
      ) {
        // a figure a few sentences on ("“Thirteen were killed and three wounded,” the source said") completes the incident
        // so does a group's claim of it ("وتبنى تنظيم داعش الهجوم") told after the source's words
        if (
          distance <= 1 ||
          place ||
          // so does a toll in a source's words ("Police sources put the toll at five dead and said 61
          // people were wounded"): the event's, in that source's figures; and one more victim told
          // "too" a sentence on ("وأضاف أن ضابطاً قتل هو الآخر"), beside those the lead counted
          (distance <= MAX_GAP &&
            (fillsCasualties(current, facts) ||
              facts.claims ||
              retold(facts, current) ||
              addsTooLater(current, facts) ||
              // (or the same toll again, with the day the event lacked: same-toll-dated.ts)
              sameTollWithDay(current, facts) ||
              // (or the same dead by the doer the lead named, with the day it lacked: same-dead-same-doer.ts)
              sameDeadBySameDoer(current, facts))) ||
          // and, however much background stands between, the kind of victim the only event told
          // lacked, told of it by its name or as one more of its victims ("a woman … was lightly
          // wounded during the operation", "A third man in the vehicle was wounded")
          (built.length === 1 && (facts.refersBack || facts.additional) && fillsCasualties(current, facts)) ||
          // and the kind it lacked, told past the source's account of how it happened ("…," the
          // official said. "Two Asayish members were wounded"), before anything else is told: the
          // only event's (a few sentences more than a figure told after other news may stand)
          (built.length === 1 && distance <= 2 * MAX_GAP && fillsCasualties(current, facts))
        ) {
          // (the count before a rise, told with the event's own day: day-before-rise.ts)
          const ownDay = dayBeforeRise(current, facts);
          // (not the town of a toll-less clause run on into a part of the town told: town-part-kept.ts)
          const spot = keepsTownPart(current, built, facts) ? null : place;
          merge(current, facts, date, spot, sentence.index);
          if (ownDay) current.date = ownDay;
          current.paragraph = sentence.paragraph;
        }
        continue;
      }
      const clauseOpensParagraph = nth === 0 && sentences[at - 1]?.paragraph !== sentence.paragraph;
      // back to a place told before, with nothing new about when: more on that earlier incident
      // (not one the clause counts as another: "قتلوا بهجوم منفصل", "in another attack")
      const earlier =
        facts.separate ||
        facts.another ||
        facts.eventDate ||
        elsewhere ||
        nearSpot ||
        roundupItem ||
        (current && followsAnother(current, facts)) ||
        // (nor the side hit striking back from afar: own-operation.ts)
        (current && ownOperation(current, facts) && strikesBack(current, facts)) ||
        // (news a source gave before the event just told is of another one: earlier-news.ts)
        (current && earlierNews(current, built[0]!, facts, ctx.published)) ||
        // (nor a paragraph opening on a place of its own with a blow of another kind: fronted-other-blow.ts)
        (current && frontedOtherBlow(current, facts))
          ? undefined
          : built.find(
              (b) =>
                samePlace(b, place, facts) &&
                !casualtiesConflict(b, facts) &&
                !vagueApart(b) &&
                !bodiesFoundApart(b, clauseText) &&
                // (nor one whose unsplit toll the other paragraph's counts do not add up to, both items
                // after the lead, each opening its paragraph: unsplit-apart.ts)
                !unsplitApart(
                  b,
                  facts,
                  clauseOpensParagraph && b !== built[0] && opensParagraph(sentences, b),
                ) &&
                // (not one of another kind of blow: a mine's wounded after a shooting, blast-or-gunfire.ts)
                !(facts.eventNamed && blastBesideGunfire(b.event, facts.event)),
            );
      if (earlier) {
        merge(earlier, facts, date, place, sentence.index);
        continue;
      }
      // ("“Our children know the sound of a drone,” said a teacher": a speaker's words with no day
      // and no count tell how things are to them, no event of their own: direct-speech.ts)
      if (!hasCasualties(facts) && !facts.eventDate && clauseInSpeech(sentence.text, clause.start, spoken))
        continue;
      if (
        !current &&
        !place &&
        !date &&
        facts.casualties.killed === null &&
        facts.casualties.wounded === null &&
        facts.casualties.attackersKilled === null
      )
        continue;
      // "the shelling hit X, killing seven, and the town of Y, killing four": the verb of the
      // sentence's first clause names what happened at both
      const sameSentence =
        nth > 0 && !facts.eventNamed && current?.sentences.includes(sentence.index) === true;
      const event =
        sameSentence && current && facts.actors.length === 0
          ? current.event
          : current?.sentences.includes(sentence.index)
            ? raidFromTheAir(clauseText, facts.event, current.event)
            : facts.event;
      built.push({
        date: date ? date.date : restOfLead ? built[0]!.date : null,
        reporting: facts.reportingDate ? facts.reportingDate.date : null,
        // (a toll with none told after a fight going on is that fight's: fight-going-on.ts)
        // (so is one dated by the fight the sentence before told: where that sentence placed it, fight-told-day.ts)
        place:
          place ??
          facts.place ??
          tollOfFight(fight, facts, sentence.paragraph) ??
          (untoldDay && date === untoldDay.day ? untoldDay.place : null) ??
          // (a force's blow on "the positions from which the shells were fired", placed nowhere of its
          // own: where the blow it followed was told, army-hits-launch-sites.ts)
          (current && facts.another && armyHitsPositions(clauseText) ? current.place : null),
        event,
        // "وأنهم نفذوا غارة…": the doer is the one of the incident told before
        // "فيما أصيب ثلاثة بقصف مماثل": a similar blow, by the hand of the one before (not one of years ago);
        // so is "a second drone strike", "غارة ثانية": the next of a series (series-event.ts)
        actors:
          facts.actors.length === 0 &&
          (facts.continues || sameSentence || (facts.similar && !longAgo) || nextOfSeries(clauseText)) &&
          current
            ? [...current.actors]
            : [...facts.actors],
        targets: [...facts.targets],
        suspected:
          facts.actors.length === 0 &&
          (facts.continues || sameSentence || (facts.similar && !longAgo) || nextOfSeries(clauseText)) &&
          current
            ? [...current.suspected]
            : [...facts.suspected],
        // an event whose only dead are the attackers (a raid, a bomb going off as they planted it):
        // they are its dead, not attackers set apart from victims
        killed: facts.casualties.killed ?? facts.casualties.attackersKilled,
        wounded: facts.casualties.wounded,
        attackersKilled: facts.casualties.killed === null ? null : facts.casualties.attackersKilled,
        ...(facts.casualties.attackersAmong ? { attackersAmong: true } : {}),
        armedDead: facts.armedDead,
        deadAreAttackers: deadAreAttackers(facts),
        // (its wounded who died since, counted dead already: dead-ahead.ts)
        ...aheadByDiedSince(facts.casualties),
        source: clause.text,
        sentences: [sentence.index],
        checks: [...facts.notes],
        paragraph: sentence.paragraph,
        // "وفي قرية حاس المجاورة": another spot than the one just told, though its place is that one's
        // ("وردت وحدات الجيش على مصادر القذائف بضربات أوقعت قتلى ومصابين في صفوف الإرهابيين": the
        // answer to the blow just told, with casualties of its own though uncounted, is another event)
        separate:
          facts.separate ||
          elsewhere ||
          nearSpot ||
          roundupItem ||
          (!!current &&
            tellsResponse(clauseText) &&
            facts.notes.some((c) => c.reason === 'casualties-unsplit')),
        // (so is a side's answer by a blow of its own, "The army responded by shelling hideouts in
        // X": never merged back into the blow it answered, answered-with-blow.ts)
        another: facts.another || (!!current && answersWithBlowOfItsOwn(clauseText)),
        placeName: place ? null : unknownPlaceName(clause.text, ctx.lang),
      });
    }
    spanLastSentence = spanBefore;
    if (!listItems.has(at)) listHeadTotal = sentenceTotal;
    // (the night the sentence right after a lead that drew no incident gave the blows it told, "The
    // air strikes, which began late on Saturday and continued into Sunday": lead-blows-day.ts)
    if (
      built.length === 0 &&
      leadDay &&
      sentenceDate &&
      sentences[at - 1]?.index === leadSentence &&
      datesLeadBlows(matchTexts[at] ?? '', sentenceDate.date, leadDay)
    )
      leadDay = sentenceDate.date;
    // (a day the sentence told with no incident drawn from it: fight-told-day.ts)
    untoldDay = untoldDayAfter(
      untoldDay,
      at,
      sentenceDate,
      { sentence: built.some((b) => b.sentences.includes(sentence.index)), article: built.length > 0 },
      ctx.published,
      () => ctx.resolvePlace(sentence.text, ctx.lang),
    );
  }
  fillFromEarlier(held);
  const dropped = foldTotals(built, ctx, sentences, bylineLines(sentences));
  const leadTold = built.some((b) => b.sentences.includes(leadSentence));
  const carried = carriedDates(
    built,
    {
      day: leadDay,
      told: leadTold,
      announces: leadAnnounces,
      remembers: leadRemembers,
      deedDay: newsLead.deedDay,
    },
    ctx.published,
  );
  const dated = built.map((b, i) => ({ b, inherited: carried[i] ?? null }));
  const kept = new Set(built.filter((b) => !dropped.has(b)));
  const context = placeContext(sentences, built, ctx);
  const bullets = bulletSentences(sentences);
  const merged = mergeSameEvents(
    dated.filter((d) => kept.has(d.b)).flatMap((d) => finish(d.b, ctx, d.inherited, context)),
    (a, b) => bulletItemsApart(a, b, bullets),
  );
  const claimed = new Set(merged.flatMap((incident) => incident.sentences));
  return merged.map((incident) => withNoneHarmed(incident, matchTexts, claimed));
}
