import { withoutFearedBlow } from '../events/feared-blow.js';
import { overTheLongWar } from '../events/during-the-long-war.js';
import { tellsUncountedToll } from '../casualties/uncounted-toll.js';
import { tellsUncountedUnsplit } from '../casualties/uncounted-unsplit.js';
import { tellsInflictedLosses } from '../casualties/inflicted-losses.js';
import { armyBlowEvent } from '../followups/army-hits-launch-sites.js';
import { forceUncountedBlow } from '../events/force-uncounted-blow.js';
import type { DateMention } from '../reading/types.js';
import { namesOnlyTheFollowed } from '../followups/followed-event.js';
import { withoutWitnessed } from '../events/place-described.js';
import { withoutRefusedDeed } from '../events/refused-deed.js';
import { leavesToll } from '../events/left-toll.js';
import { eventPlaceText } from '../places/elsewhere/event-place-text.js';
import { withoutHeldSince, withoutHeldSinceDays } from '../dates/held-since.js';
import { fromLastOfSeries, picksOneOfSeries } from '../events/series/last-of.js';
import type { IncidentEvent, Language } from '../../content/schema.js';
import { namesVictimAgain } from '../victims/victim-named-again.js';
import { woundToldAgain } from '../victims/wound-told-again.js';
import { findActorMentions } from '../actors/actor-table.js';
import { actorRoles } from '../actors/actors.js';
import { findCasualties, type Casualties } from '../casualties/casualties.js';
import { markReportingDates } from '../dates/date-roles.js';
import { markStatementDay } from '../dates/statement-day.js';
import { markDischargeDays } from '../dates/discharge-day.js';
import { longerThanNight, narrowest } from '../dates/event-period.js';
import { opensWithNamedAside } from '../followups/named-aside.js';
import { explicitDay } from '../dates/explicit-day.js';
import { saysToo } from '../events/he-too.js';
import type { DateValue } from '../dates/date-values.js';
import { findDates } from '../dates/dates.js';
import { withoutOutletNames } from '../dates/outlet-name.js';
import { CUES } from '../events/event-cues.js';
import { withoutCountHadBefore } from '../tolls/had-counted-before.js';
import { callsReportFalse, deniedReportAt } from '../tolls/denied-after.js';
import { firstReportsAfterAt } from '../tolls/first-reports-after.js';
import { reportsCalledWrongAt } from '../tolls/reports-called-wrong.js';
import { findNumbers } from '../reading/numbers.js';
import { casualtyNotes, countedUnsplit } from '../casualties/casualty-notes.js';
import { matchView, type MatchView } from '../reading/view.js';
import { normalizeForMatch } from '../../text/normalize.js';
import type { ClauseFacts, PlaceResolver } from './clause-facts.js';
import { classifyEvent } from '../events/classify-event.js';
import {
  ALSO,
  CLAIM,
  CLAIM_WORDS,
  COMES_AFTER,
  CONTEXT,
  CONTINUES,
  EARLIER_EVENTS,
  EVENT_BACK_BARE,
  FOLLOWS,
  LATER_OPENING,
  OTHERS,
  PURSUIT,
  PURSUIT_WORDS,
  RECALLED,
  REFERS_BACK,
  SIMILAR,
  SINCE_FIRST,
  SOURCED,
  TOLL_GIVEN,
  TOLL_WORD,
  countsOthers,
} from './clause-links.js';
import { tellsNoViolentEvent } from '../events/non-events.js';
import { answersEachTime } from '../events/habitual-answer.js';
import { boastsToll } from '../events/claims.js';
import { drivenProtestsOnly } from '../events/driven-protests.js';
import { protestsGoOn } from '../events/protest-movement.js';
import { killedSince } from '../roundups/killed-since.js';
import { killedSinceOnset } from '../roundups/killed-since-onset.js';
import { countedToDate } from '../roundups/counted-to-date.js';
import { tollOverYears } from '../roundups/toll-over-years.js';
import { killedSinceDaysAgo } from '../roundups/killed-since-day.js';
import { fightTollSinceWeekday } from '../roundups/fight-toll-since-weekday.js';
import { daysOfViolence, waveOverDays } from '../roundups/days-of-violence.js';
import { sinceOnsetNoun, spanFromOnset } from '../roundups/span-onset.js';
import { countryTally } from '../roundups/country-tally.js';
import { saidCountryToll } from '../roundups/said-country-toll.js';
import { ongoingSinceDay } from '../roundups/ongoing-since-day.js';
import { provinceTally } from '../roundups/province-tally.js';
import { blowsSince } from '../roundups/blows-since.js';
import { sidesSinceOnset } from '../roundups/sides-since-onset.js';
import { diedInVariedCircumstances } from '../roundups/varied-circumstances.js';
import {
  dayOfClashes,
  periodTotal,
  spreadToll,
  withoutRank,
  withoutSuperlative,
  withoutBlowSuperlative,
} from '../roundups/period-totals.js';
import { withoutSeriesCount } from '../events/series/one-of.js';
import { blowCameBefore, comesAfter } from '../followups/earlier-events.js';
import { receivedBodies, risenToll, tellsRisenToll, toldAnew, withLivesTaken } from '../tolls/toll-update.js';
import { alsoHit, diedSinceAt, diesOfWounds } from '../tolls/wounded-died/phrases.js';
import {
  diedBeyondTold,
  diedWhereWounded,
  untilDeath,
  withoutDeathDays,
  withoutDeathOfWoundedDays,
} from '../tolls/wounded-died/clause.js';
import { withoutPersonHistory } from '../dates/person-history-date.js';
import { withoutDescribedPersonYear } from '../dates/described-person-year.js';
import { withoutPlaceHistory } from '../dates/place-history-date.js';
import { sameDayNamedBack } from '../dates/same-day.js';
import { beforeCause } from '../events/event-cause.js';
import { daysAfterBuriedDead, tellsFuneral } from '../events/funeral.js';
import { killedAtFuneral } from '../events/killed-at-funeral.js';
import { stillTreated, treatedCount } from '../tolls/still-treated.js';
import { outsideRanks } from '../events/series/rank-span.js';
import { withoutRiseDays } from '../dates/rise-day.js';
import { withoutUntilDays } from '../dates/until-day.js';
import { withoutPossessiveDays } from '../dates/possessive-day.js';
import { withoutVoteDays } from '../dates/vote-day.js';
import { withoutRankedSinceDays } from '../dates/ranked-since-day.js';
import { withoutFirstSince } from '../roundups/first-since.js';
import { withoutRecordSince } from '../roundups/record-since.js';
import { withoutConcessionDays } from '../dates/concession-day.js';
import { withoutSearchDays } from '../dates/search-day.js';
import { withoutTruceDays } from '../dates/truce-day.js';
import { withoutCommemorationDays } from '../dates/anniversary-day.js';
import { withoutOperationStartDays } from '../dates/operation-start-day.js';
import { withoutCauseDays } from '../dates/after-cause-day.js';
import { withoutProtestDays } from '../dates/protest-day.js';
import { withoutResponseDays } from '../dates/response-day.js';
import { namedDayOverCount } from '../dates/counted-day.js';
import { withoutAbductionDays } from '../dates/abduction-day.js';
import { doersBack } from '../followups/doers-back.js';
import { saidToTakePlace } from '../followups/said-took-place.js';
import { atTheScene } from '../places/at-the-scene.js';
import { duringTheFightTold } from '../places/during-the-fight.js';
import { repelsTheAttack } from '../actors/repelled.js';
import { warToll } from '../roundups/war-toll.js';
import { plansDeed } from '../events/planned-deed.js';
import { tellsStillMissing } from '../roundups/still-missing.js';
import { withWoundedNow, woundedLeftByRise } from '../tolls/update-sides.js';
import { toldAsOngoing } from '../events/ongoing-campaign.js';
import { isRiteOf } from '../victims/rite-of-one.js';
import { isKinOf } from '../victims/kin-of-victim.js';
import { tellsRemains } from '../places/grave-site.js';
import { listedDead } from '../roundups/listed-dead.js';
import { ranksPlacesByCount } from '../roundups/ranked-places.js';
import { periodicReport } from '../roundups/periodic-report.js';
import { tellsLawProvision } from '../events/law-provision.js';
import { laterThan } from '../dates/later-on.js';
import { tellsWhatMayCome } from '../events/may-come.js';
import { threatenedOnly } from '../events/death-threat.js';
import { confessedDeedOnly } from '../events/confessed-deed.js';
import { withHimToo } from '../casualties/killed-with-him.js';
import { withNamedJoined } from '../casualties/named-and-count.js';
import { withoutDocumentedOfBlow } from '../roundups/documented-blow.js';
import { withoutOwnOnsetDays } from '../roundups/since-own-onset.js';
/** Nothing but a preposition before a clause's date: "On Tuesday, …", "وفي يوم الخميس، …", "Late Sunday, …". */
const OPENING = /^\s*(?:on|late|early|وفي|في|و?يوم|و?مساء|و?صباح|و?فجر)?\s*$/u;

/** "أحد جرحى التفجير", "إحدى ضحايا القصف": one of the victims of a blow named after them (construct state). */
const VICTIMS_OF = `(?:${['أحد', 'إحدى'].map(normalizeForMatch).join('|')})\\s+(?:${['جرحى', 'مصابي', 'قتلى', 'ضحايا'].map(normalizeForMatch).join('|')})\\s+(?:\\p{L}+\\s+)?${normalizeForMatch('ال')}\\p{L}+`;
const ONE_OF_VICTIMS = new RegExp(
  `(?<![\\p{L}])(?:${['أحد القتلى', 'أحد القتيلين', 'إحدى القتيلتين', 'أحد الجرحى', 'أحد المصابين', 'أحد الضحايا', 'إحدى الضحايا'].map(normalizeForMatch).join('|')}|${VICTIMS_OF}|one of the (?:dead|killed|victims|wounded|injured))(?![\\p{L}])`,
  'u',
);
/**
 * "استقبلت خمسة جرحى، نافياً أنباء عن سقوط عشرة قتلى", "received five wounded, denying reports of
 * ten dead": the clause's own toll, told before the account it denies (denied-after.ts); null where
 * it tells none of its own before the denial.
 */
function ownBeforeDenied(view: MatchView, lang: Language, before: string): Casualties | null {
  // ("…إلى ثلاثة قتلى، بعد أن تحدثت مصادر أولية عن مقتل خمسة": the first reports the toll replaced,
  // told after it, first-reports-after.ts)
  // ("…وأن الأنباء عن سقوط خمسة قتلى كانت غير دقيقة": reports called wrong after their figures,
  // reports-called-wrong.ts)
  const wrong = reportsCalledWrongAt(view.text);
  const at = [deniedReportAt(view.text), firstReportsAfterAt(view.text), wrong]
    .filter((x) => x >= 0)
    .reduce((a, b) => Math.min(a, b), Infinity);
  if (at === Infinity) return null;
  const own = findCasualties(matchView(view.sourceSpan(0, at).text), lang, before);
  if (own.killed !== null || own.wounded !== null) return own;
  // ("نشرت أخباراً كاذبة عن مقتل 12": an account called false tells no toll of the event at all)
  return callsReportFalse(view.text) || wrong >= 0 ? own : null;
}

/**
 * Where the clause tells one of the victims counted before, told of again ("Two were killed and
 * three wounded, before raising the toll to three after one of the wounded died" tells its first
 * toll before him); -1 where it tells none, or only the one a funeral was for ("خلال تشييع أحد القتلى").
 */
function oneOfVictimsAt(text: string): number {
  const one = ONE_OF_VICTIMS.exec(text);
  if (one === null || woundedCountedDied(text, one.index)) return -1;
  // (nor one whose kin the clause tells of: "نجل أحد الضحايا أصيب بجروح", kin-of-victim.ts)
  return !isRiteOf(text, one.index) && !isKinOf(text, one.index) ? one.index : -1;
}

/**
 * "وإصابة ستة آخرين، قبل أن يتوفى أحد الجرحى": the one of the wounded (at `at`) is the subject of
 * a death told after the clause counted those wounded — a count of its own (the wounded who died
 * since are among the dead: findCasualties), not one of the victims told before, told of again.
 */
function woundedCountedDied(text: string, at: number): boolean {
  const died = diedSinceAt(text);
  return died >= 0 && died < at && text.slice(0, died).search(CUES.wounded) >= 0;
}
/**
 * "during the fighting", "خلال المعارك", "at the height of the fighting", "في ذروة المعارك": the time
 * of what the clause tells, not an event it reports;
 * so is a campaign pointed back to ("displaced from the region during that offensive", "خلال تلك
 * العملية"), one already told.
 */
const WHILE_WAR = new RegExp(
  `(?<![\\p{L}])(?:(?:during|in|at the height of|at the peak of) the (?:fighting|war|battle|battles|violence)|during (?:that|this|the) (?:offensive|campaign|operation)|${['خلال المعارك', 'خلال الحرب', 'أثناء المعارك', 'أثناء الحرب', 'إبان المعارك', 'إبان الحرب', 'خلال تلك العملية', 'خلال تلك المعارك', 'خلال تلك الحملة', 'إبان تلك العملية', 'في ذروة المعارك', 'في ذروة القتال', 'في ذروة العنف', 'في ذروة الاشتباكات'].map(normalizeForMatch).join('|')})(?![\\p{L}])`,
  'u',
);
/**
 * "Turkey has threatened to launch an offensive", "تعتزم شن هجوم": what may come, not an event; so
 * with "and" glued to the verb ("وتهدد بتنفيذ عملية", "ويعتزم الجيش شن هجوم").
 */
const INTENT = new RegExp(
  `(?<![\\p{L}])(?:threaten(?:s|ed|ing)?|plans to|planning to|vow(?:s|ed)? to|و?(?:${['هددت', 'هدد', 'تهدد', 'يهدد', 'تعتزم', 'يعتزم', 'توعدت', 'توعد', 'تلوح', 'يلوح'].map(normalizeForMatch).join('|')}))(?![\\p{L}])`,
  'u',
);
/** A word for an attack itself, not only for its dead (also as the object of its doer: "شنوا هجوماً"). */
const ATTACK_NOUN = new RegExp(
  `(?<![\\p{L}])(?:${['هجوم', 'بهجوم', 'الهجوم', 'هجوما', 'هجمة', 'اعتداء', 'attack', 'attacked', 'assault', 'ambush'].map(normalizeForMatch).join('|')})(?![\\p{L}])`,
  'u',
);
const COUNT_WORD =
  '(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of)';
const ARMED_DEAD = new RegExp(
  `(?<![\\p{L}])(?:(?:killed|killing|kills)\\s+(?:at least\\s+)?${COUNT_WORD}\\s+(?:[\\p{L}-]+\\s+)?(?:militants|insurgents|jihadists|terrorists)|(?:${['مقتل', 'قتل', 'وقتل', 'قتلت', 'مصرع'].map(normalizeForMatch).join('|')})(?![\\p{L}])[^،,.]{0,30}?(?<![\\p{L}])(?:\\d+|${['اثنين', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة', 'عشرات'].map(normalizeForMatch).join('|')})\\s+(?:${['إرهابيا', 'إرهابيين', 'ارهابيا', 'مسلحا', 'مسلحين'].map(normalizeForMatch).join('|')}))(?![\\p{L}])`,
  'u',
);
/**
 * A habit, a trend or a stated policy, not an event: "strikes are less frequent than", "where most of
 * the fighting takes place", "the militants have stepped up their attacks", "the militants have
 * repeatedly attacked army convoys on the roads", "لكنها تقول إنها تستهدف عناصر الحزب" (it says it
 * targets the party's men).
 */
const HABITUAL = new RegExp(
  `(?<![\\p{L}])(?:(?:less|more) (?:frequent|common)|most of the (?:fighting|attacks|strikes|clashes)|rarely|usually|routinely|(?:have|has|had) (?:stepped up|intensified|escalated)|(?:have|has|had) (?:been )?repeatedly|${['غالبا ما', 'عادة ما', 'كثيرا ما', 'نادرا ما', 'أغلب المعارك', 'معظم المعارك', 'تقول إنها تستهدف', 'يقول إنه يستهدف', 'تقول إنها تضرب', 'يقول إنه يضرب'].map(normalizeForMatch).join('|')})(?![\\p{L}])`,
  'u',
);
export const DEFAULT_EVENT: IncidentEvent = { type: 'violence_against_civilians', subType: 'attack' };
/** Losses one side told to have inflicted on another, with no word for what happened: they fought. */
const LOSSES_INFLICTED_EVENT: IncidentEvent = { type: 'battles', subType: 'armed_clash' };

/**
 * Days a clause names that are not its event's, set aside in this order (each reader sees what the
 * one before left).
 */
const NOT_THE_EVENTS_DAYS: readonly ((matchText: string, dates: readonly DateMention[]) => DateMention[])[] =
  [
    // "…launched a search operation on Tuesday": the day the hunt for its doers began
    withoutSearchDays,
    // "…في إطار عملية الدرع الفولاذي التي انطلقت السبت": the day the operation began (operation-start-day.ts)
    withoutOperationStartDays,
    // "…killed since the operation began on Thursday": the day the operation told began (since-own-onset.ts)
    withoutOwnOnsetDays,
    // "…despite a ceasefire that was supposed to take hold on Sunday": the truce's day (truce-day.ts)
    withoutTruceDays,
    // "…overnight, after a missile was fired on Sunday": the cause's day (after-cause-day.ts)
    withoutCauseDays,
    // "فرضت السلطات اليوم حظراً للتجوال على خلفية مواجهات أمس": the measure's day (response-day.ts)
    withoutResponseDays,
    // "تجمع المئات صباح أمس احتجاجا على قصف الأسبوع الماضي": the protest's day (protest-day.ts)
    withoutProtestDays,
    // "…lasted until the early hours of Thursday": the day it ended
    withoutUntilDays,
    // "Friday's protests followed unrest where two were killed on Feb. 17": the written day (possessive-day.ts)
    withoutPossessiveDays,
    // "the deadliest attack since rebels toppled the president on Dec. 8": the ranking's day (ranked-since-day.ts)
    withoutRankedSinceDays,
    // "as vote counting from the March 7 elections dragged on": the vote's day (vote-day.ts)
    withoutVoteDays,
    // "a commander who had signed a settlement in 2018": his past (person-history-date.ts)
    withoutPersonHistory,
    // "على فلان، وهو قيادي سابق انضم إلى التسوية عام 2018،": his past, told in Arabic (described-person-year.ts)
    withoutDescribedPersonYear,
    // "على الحي الذي حررته القوات الأسبوع الماضي": the day the place was taken is not the event's
    withoutPlaceHistory,
    // "…بسبب الحصار المفروض على البلدتين منذ تموز من العام الماضي": since when a place is held or besieged (held-since.ts)
    withoutHeldSinceDays,
    // "the blast, the third in the capital this week": a span that ranks the event is not its date
    outsideRanks,
    // "two were wounded, and one of them died of his wounds on Tuesday": the death's day; "توفي، اليوم
    // الأربعاء، منتسب متأثراً بجروح أصيب بها … يوم الاثنين": the blow's day, not the death's
    withoutDeathDays,
    // "the toll … rose to 11 on Tuesday": the day of the update, not the event's
    withoutRiseDays,
    // "توفي، اليوم الثلاثاء، أحد جرحى التفجير": the day one of the wounded died, not the blow's
    withoutDeathOfWoundedDays,
    // "the body of a man who had been kidnapped last week was found": the day he was taken, not found
    withoutAbductionDays,
    // "أحيا الأهالي اليوم الذكرى العاشرة للتفجير … في 14 شباط 2007": the remembrance's day (anniversary-day.ts)
    withoutCommemorationDays,
  ];

/** The clause's own casualties, or, for an item of a list of the dead that tells none, the count it opens with. */
function ownOrListed(own: Casualties, view: MatchView, listItem: boolean): Casualties {
  const none = own.killed === null && own.wounded === null && own.attackersKilled === null;
  return (listItem && none && listedDead(view)) || own;
}

export function analyseClause(
  text: string,
  lang: Language,
  published: string,
  anchor: DateValue | null,
  resolvePlace: PlaceResolver,
  lead: (DateValue & { text?: string | null }) | null = null,
  before = '',
  listItem = false,
  feastStart: string | null = null,
): ClauseFacts {
  const view = matchView(text);
  // ("اتهمت الوزارة، اليوم الجمعة، … بشن هجوم …، مساء الأربعاء": the day it was said, whatever the verb)
  // ("وذكرت شبكة "حمص اليوم"": an outlet's name, no day: outlet-name.ts)
  // ("…صباح أمس الثلاثاء، رغم إعلان الوزارة انتهاء العمليات مساء الاثنين": the day of what the event
  // came in spite of is none of the clause's, nor the deed's that would make the first day a
  // statement's: concession-day.ts)
  const dates = markStatementDay(
    view.text,
    withoutConcessionDays(
      view.text,
      // ("which said some of the wounded had been discharged overnight": discharge-day.ts)
      markDischargeDays(
        view.text,
        markReportingDates(
          view.text,
          withoutOutletNames(view.text, findDates(view, { published, anchor, lead, feastStart })),
        ),
      ),
    ),
  );
  // "ارتفعت حصيلة … إلى أربعة قتلى، بعد وفاة اثنين من الجرحى": the toll it rose to (read below)
  const risenTold = risenToll(view, lang);
  // "أحد القتيلين طالب جامعي أصيب بقنبلة غاز": one of the victims counted before, told of again (but
  // a clause that rises by his death keeps the first toll it told before him)
  // "فيما لا يزال أربعة جرحى يتلقون العلاج", "four remain in hospital": the wounded counted before, as they are now
  const oneOfVictims = oneOfVictimsAt(view.text);
  const toldCasualties: Casualties =
    oneOfVictims >= 0 && risenTold
      ? findCasualties(matchView(view.sourceSpan(0, oneOfVictims).text), lang, before)
      : oneOfVictims >= 0 ||
          // "أن الضابط القتيل كان آمر السرية", "the slain officer was…": one counted before, told of again
          namesVictimAgain(view.text) ||
          // "أن إصابة الجندي ليست خطيرة": how bad his wound is, no one new (wound-told-again.ts)
          woundToldAgain(view.text) ||
          stillTreated(view.text) ||
          // "زاعماً أنه قتل وأصاب 15 عنصراً": the doer's boast, no figure of the event
          boastsToll(view.text) ||
          // "It can kill a farmer": what a weapon may do, no one dead (may-come.ts)
          tellsWhatMayCome(view.text) ||
          // "…after receiving death threats": a threat to kill, no one dead (death-threat.ts)
          threatenedOnly(view.text)
        ? { killed: null, wounded: null, attackersKilled: null }
        : // (an item of a list of the dead that names no casualty of its own: listed-dead.ts)
          ownOrListed(
            ownBeforeDenied(view, lang, before) ?? findCasualties(view, lang, before),
            view,
            listItem,
          );
  const numbers = findNumbers(view);
  // "ارتفعت حصيلة … إلى أربعة قتلى، بعد وفاة اثنين من الجرحى": the toll it rose to stands
  // (so does the count the teller gave as its later word, "في تصريح لاحق", "the final toll": toll-update.ts;
  // not the dead of wounds, which add to the count before: tolls/wounded-died/)
  const risen =
    risenTold ??
    ((toldCasualties.killed !== null || toldCasualties.wounded !== null) &&
    toldAnew(view, before) &&
    !diesOfWounds(view.text)
      ? toldCasualties
      : null);
  const taken = withLivesTaken(
    view.text,
    numbers,
    risen
      ? {
          ...toldCasualties,
          killed: risen.killed ?? toldCasualties.killed,
          // ("…إلى خمسة قتلى، بعد وفاة جريحين متأثرين بجراحهما", "rose to six after two of the wounded
          // died of their wounds": the wounded who died are in the risen dead, no longer wounded; a
          // count of wounded told with those of them who died is of those left already)
          // (a first toll of both told before the rise in the clause: the wounded it told, less those
          // who died since, update-sides.ts)
          wounded:
            risen.wounded ??
            (diesOfWounds(view.text) && !toldCasualties.diedSince
              ? woundedLeftByRise(toldCasualties, risen.killed)
              : toldCasualties.wounded),
        }
      : toldCasualties,
  );
  // "وإصابة شقيقه بجروح … حيث فارق الحياة متأثراً بجراحه": the one wounded is one dead
  // "سبعة من القادة قتلوا معه": the count and the one they were killed with (killed-with-him.ts);
  // "the commander and two of his guards were killed": the one named and the count (named-and-count.ts)
  const casualties = withNamedJoined(
    view.text,
    withHimToo(view.text, diedWhereWounded(view.text, taken) ?? taken),
  );
  const hasCasualties =
    casualties.killed !== null || casualties.wounded !== null || casualties.attackersKilled !== null;
  // "اندلعت اشتباكات … على خلفية اعتقال شاب": the clashes are the event, the arrest what they were over
  const uncaused = beforeCause(view.text);
  const beforeItsCause = uncaused === view.text ? null : classifyEvent(uncaused, numbers);
  const found = beforeItsCause?.event
    ? beforeItsCause
    : namesOnlyTheFollowed(view.text, casualties, numbers)
      ? { event: null, counted: false }
      : // ("…مدينة البوكمال التي تشهد معارك": what a place goes through, no event: place-described.ts)
        // ("جنود رفضوا إطلاق النار على المتظاهرين": a deed refused, none done: refused-deed.ts)
        classifyEvent(withoutRefusedDeed(hasCasualties ? view.text : withoutWitnessed(view.text)), numbers);
  // "مستشفى الطارمية تسلم جثث خمسة جنود": a hospital's toll, told where the hospital is
  const bodies = receivedBodies(view.text);
  const roles = actorRoles(view, findActorMentions(view), numbers);
  const notes = casualtyNotes(view, casualties, numbers);
  // "كما قتل وأصيب 4 عناصر في اشتباكات …": a toll told unsplit, with its number, is a toll all the same
  const unsplitToll = countedUnsplit(notes);
  // "two were killed and a third captured in a raid": with dead or wounded, the violence is the event, not the arrest
  const violent =
    (hasCasualties || unsplitToll) && found.event?.type === 'strategic_developments'
      ? classifyEvent(view.text, numbers, 'strategic_developments')
      : null;
  const classified = violent?.event ? violent : found;
  // casualties with no word for what happened ("أصيب ثلاثة مدنيين بجروح"): an attack until told more
  const event = classified.event ?? (hasCasualties ? DEFAULT_EVENT : null);
  // (blows that left casualties, counted or not, are no statistic: left-toll.ts)
  const counted = classified.event ? classified.counted && !leavesToll(view.text) : false;
  const recalled = RECALLED.test(view.text);
  // "The strike came a year after a drone killed four…": an earlier event with its toll, else background
  const after = comesAfter(view.text);
  // "في واحد من أعنف الهجمات … خلال العام الماضي": a span that ranks the event, not one it sums
  // "…shot dead an official, one of more than 20 such killings since last year": a series it belongs to
  // (so is "…برصاص مسلحين، في سلسلة اغتيالات تطال الكفاءات منذ سقوط النظام", of a single killing)
  // "…in Mosul, held by IS since June 2014": how long the place was held, no span (held-since.ts)
  // (so is "…pushed death tolls to levels unseen since 2008": a record, no span summed, record-since.ts)
  // (and "…إقامة أول قداس في الكنيسة منذ سيطرة التنظيم", "…who came home for the first time since
  // 2014": the first since, first-since.ts)
  const unheld = withoutFirstSince(withoutRecordSince(withoutHeldSince(view.text)));
  // "…سلسلة تفجيرات، كان آخرها الشهر الماضي حين قتل ستة": the last of a series, one event (last-of.ts)
  // "…ارتفع إلى 17، بعد أن كان المرصد قد وثق مقتل 11": the count before the rise, no tally (had-counted-before.ts)
  // "…أعنف تفجير تشهده العاصمة منذ عام 2003، … ما أدى إلى مقتل 320": the blow counted, ranked (period-totals.ts)
  const ranked = withoutSuperlative(
    hasCasualties
      ? withoutBlowSuperlative(
          withoutSeriesCount(
            withoutRank(fromLastOfSeries(withoutCountHadBefore(unheld))),
            (casualties.killed ?? 0) === 1 && casualties.wounded === null,
          ),
        )
      : unheld,
  );
  // (the days told of something else than the event set aside, NOT_THE_EVENTS_DAYS)
  const ownDates = dates.filter((d) => d.role === 'event' && (recalled || !d.aggregate));
  // (unless the event is told "the same day" as a day set aside: same-day.ts)
  const eventDates = sameDayNamedBack(
    view.text,
    ownDates,
    NOT_THE_EVENTS_DAYS.reduce((left, setAside) => setAside(view.text, left), ownDates),
  );
  // "شيّع الأهالي اليوم جثامين ستة قتلوا بغارات يوم الأحد": the day of the killing, told after the burial's
  // (none where it told only the burial's: events/funeral.ts; not for blood shed during the funeral,
  // on its own day: killed-at-funeral.ts)
  const toldDate =
    (tellsFuneral(view.text) && !killedAtFuneral(view.text)
      ? (daysAfterBuriedDead(view.text, eventDates) ?? eventDates).at(-1)
      : // "بعد أسبوع من هجوم …، يوم الأربعاء الماضي": the day named, not seven days counted
        explicitDay(namedDayOverCount(narrowest(eventDates), eventDates), eventDates)) ?? null;
  // (not where the death raised the toll of an attack that killed others: "died of his wounds on
  // Monday, raising the death toll from Sunday's bombing to three" — the event is the bombing, on its day)
  // (nor where the blow is named back as the event told, "several of those wounded in Sunday's blast
  // died of their injuries": the deaths are of its wounded, the event is the blow, on its day)
  // (a death told "later" than the event before, with no day of its own, on that event's day: later-on.ts)
  const eventDate = toldDate && {
    ...toldDate,
    date:
      tellsRisenToll(view.text) || REFERS_BACK.test(view.text)
        ? toldDate.date
        : untilDeath(view.text, toldDate, eventDates, laterThan(view.text, anchor, published)),
  };
  // (losses a side inflicted, told with no number and no word for what happened, on a day of their
  // own: a fight between the two sides, inflicted-losses.ts)
  const toldEvent =
    event ??
    (eventDate?.date.precision === 'day' && tellsInflictedLosses(view.text)
      ? LOSSES_INFLICTED_EVENT
      : null) ??
    // (a force's blow on the other side's positions, its toll told with no number, day or not:
    // army-hits-launch-sites.ts)
    armyBlowEvent(view.text, tellsUncountedToll(view.text) || tellsInflictedLosses(view.text)) ??
    // (a force's own blow on the other side, its toll with no number: force-uncounted-blow.ts)
    forceUncountedBlow(view.text);
  // "killing three" names no kind of event; "بهجوم مسلح", "an attack" do
  const eventNamed =
    classified.event !== null &&
    !(
      classified.event.type === 'violence_against_civilians' &&
      classified.event.subType === 'attack' &&
      !ATTACK_NOUN.test(view.text)
    );
  const tellsToll = TOLL_WORD.test(view.text) || (hasCasualties && !eventNamed);
  // (a day of its own past an offset of the clause as written: news-came-after.ts)
  const ownDayFrom = (at: number): boolean =>
    eventDates.some((d) => view.sourceSpan(d.start, d.start + 1).start >= at && !longerThanNight(d.date));
  const place = bodies
    ? null
    : resolvePlace(eventPlaceText(text, { lang, resolvePlace, tellsToll, ownDayFrom }), lang);
  // (a blow the news came after or answered, told with its own day and place, toll or none: earlier-events.ts)
  const blowBefore = blowCameBefore(view.text, eventDates, place, (head) => resolvePlace(head, lang));
  // "The raid came three days after a bomb killed two soldiers": an earlier event of its own
  // (a toll told unsplit, "ما أسفر عن مقتل وإصابة عشرة", is a toll all the same)
  // ("The strikes came as troops took villages, in fighting that killed 14 soldiers and 19 rebels":
  // the setting told is a fight with its own toll, an event of its own, not the one before again)
  const fightBeside = CONTEXT.test(view.text) && casualties.ofFight === true;
  // (so is one told with no number, "after militants stormed a post, killing several soldiers":
  // uncounted-toll.ts; or dead and wounded together, "سقوط العشرات بين قتيل وجريح": uncounted-unsplit.ts)
  const background = after
    ? !(
        hasCasualties ||
        unsplitToll ||
        blowBefore ||
        tellsUncountedToll(view.text) ||
        tellsUncountedUnsplit(view.text)
      )
    : CONTEXT.test(view.text) &&
      !fightBeside &&
      // (a setting that picks out its last blow, with that blow's toll, tells it: last-of.ts)
      !(hasCasualties && (COMES_AFTER.test(view.text) || picksOneOfSeries(view.text)));
  // "كما أصيب عنصران آخران": "also" with others hit and no place of their own is more of the same event;
  // so is "also" with someone hit at its scene ("كما أصيب طفل كان يمر بالمكان"), more victims of it
  // (or "كما أصيب سبعة مدنيين خلال الاشتباكات": wounded during the fight told, during-the-fight.ts —
  // not dead, "كما قتل 17 من عناصر التنظيم في الاشتباكات", often a fight apart from the attack just told)
  const woundedOnly =
    casualties.wounded !== null && casualties.killed === null && casualties.attackersKilled === null;
  const alsoHere =
    hasCasualties &&
    ALSO.test(view.text) &&
    !place?.governorate &&
    (atTheScene(view.text) || (woundedOnly && duringTheFightTold(view.text)));
  const diedOfWounds = diesOfWounds(view.text);
  const alsoOthers =
    alsoHere ||
    (hasCasualties && ALSO.test(view.text) && view.text.search(OTHERS) >= 0 && !place?.governorate);
  // the clause names one event, at a place or a day of clashes, or by its definite name told back
  // (one documented count is then that event's, not a statistic: period-totals.ts, documented-blow.ts)
  const oneEventNamed =
    eventNamed &&
    !counted &&
    (!!place?.governorate || dayOfClashes(event, eventDate?.date ?? null) || EVENT_BACK_BARE.test(view.text));
  return {
    text,
    matchText: view.text,
    dates,
    eventDate,
    reportingDate: dates.find((d) => d.role === 'reporting') ?? null,
    opensWithDate: eventDate !== null && OPENING.test(view.text.slice(0, eventDate.start)),
    place,
    casualties,
    event: toldEvent,
    eventNamed,
    reportsEvent:
      !background &&
      (hasCasualties ||
        unsplitToll ||
        (toldEvent !== null &&
          !counted &&
          !INTENT.test(view.text) &&
          // (nor a blow someone planned: planned-deed.ts)
          !plansDeed(view.text) &&
          // (nor what a blow could do: "repeated shelling could damage the dam", may-come.ts)
          !tellsWhatMayCome(view.text) &&
          // (nor a deed a defendant confessed to, of no day told: confessed-deed.ts)
          !confessedDeedOnly(view.text, eventDate !== null) &&
          !HABITUAL.test(view.text) &&
          // (so is the army's way of answering each attack: habitual-answer.ts)
          !answersEachTime(view.text) &&
          // "destroyed … displaced during the fighting": a war told as the time of something else
          // (so is a whole war named by whose it was or how long: "during the country's eight-year
          // war", during-the-long-war.ts)
          !(
            (WHILE_WAR.test(view.text) || overTheLongWar(view.text)) &&
            !eventDate &&
            roles.actors.length === 0
          ))) &&
      // (last: only a clause that would tell an event pays for these patterns)
      // (not what it broke out over: "اشتباكات … على خلفية اعتقال شاب" are clashes, no arrest only)
      !tellsNoViolentEvent(uncaused, classified.event, hasCasualties || unsplitToll) &&
      // "Iraqi forces are fighting for the western half of Mosul": the war going on, the news's setting
      !toldAsOngoing(view.text, hasCasualties || unsplitToll, eventDate !== null) &&
      !(event?.type === 'protests' && drivenProtestsOnly(view.text, hasCasualties, !!place?.governorate)) &&
      // "The protests began on March 2 after…", "واستؤنفت الاحتجاجات صباح اليوم": the movement going on
      !protestsGoOn(view.text, hasCasualties || unsplitToll),
    actors: roles.actors,
    targets: roles.targets,
    suspected: roles.suspected,
    continues: CONTINUES.test(view.text),
    denied: view.text.search(CUES.denial) >= 0,
    remains: tellsRemains(view.text, hasCasualties),
    // a clause that opens with "منذ"/"since" tells a span of time, not one event
    aggregate:
      !recalled &&
      // ("six policemen and 22 militiamen had been killed since the fighting began": the fight's own
      // running toll, both sides', sides-since-onset.ts)
      !sidesSinceOnset(view.text) &&
      // (a span the phrases above blanked is gone, whatever full stop it took with it)
      (dates.some((d) => d.aggregate && /[\p{L}\p{N}]/u.test(ranked.slice(d.start, d.end))) ||
        // ("…وثق مقتل 170 شخصاً في بلدات …، جراء القصف بصواريخ": the dead of the blow told, documented-blow.ts)
        (oneEventNamed ? withoutDocumentedOfBlow(ranked) : ranked).search(CUES.aggregate) >= 0 ||
        // ("وثّق المرصد مقتل 5 جنود في هجوم على مواقعهم في بادية الميادين": one event, at one place)
        periodTotal(ranked, oneEventNamed, dates) ||
        EARLIER_EVENTS.test(view.text) ||
        SINCE_FIRST.test(view.text) ||
        warToll(view.text) ||
        killedSince(view.text) ||
        blowsSince(view.text) ||
        killedSinceOnset(view.text) ||
        tollOverYears(view.text) ||
        // ("و4 قتلوا في ظروف مختلفة": deaths of several kinds, summed: varied-circumstances.ts)
        diedInVariedCircumstances(view.text) ||
        // (counted up to the day the source said it, or the news's)
        // (not the running toll of one fight since the weekday it began: fight-toll-since-weekday.ts)
        (killedSinceDaysAgo(view.text, dates.find((d) => d.role === 'reporting')?.date.to ?? published) &&
          !fightTollSinceWeekday(view.text)) ||
        countedToDate(view.text, dates, dates.find((d) => d.role === 'reporting')?.date.to ?? published) ||
        // ("يستمر الحصار … منذ الخامس من الشهر، والذي أوقع 600 قتيل": the toll of all its days, ongoing-since-day.ts)
        // (a clause with no toll of its own leaves the fight going on to the toll told after it)
        (hasCasualties &&
          ongoingSinceDay(
            view.text,
            dates,
            dates.find((d) => d.role === 'reporting')?.date.to ?? published,
          )) ||
        daysOfViolence(view.text) ||
        spreadToll(ranked, eventDate?.date ?? null, hasCasualties) ||
        waveOverDays(view.text, eventDate?.date ?? null) ||
        // (an onset inside a superlative that ranks the blow, "في واحدة من أعنف الهجمات منذ إعلان
        // الهدنة", dates what the blow is ranked against, no span it sums: read without it)
        // (nor does the first of something since an onset: first-since.ts)
        spanFromOnset(withoutSuperlative(withoutFirstSince(view.text))) ||
        sinceOnsetNoun(ranked, hasCasualties) ||
        countryTally(view.text) ||
        saidCountryToll(view.text) ||
        provinceTally(view.text) ||
        ranksPlacesByCount(view.text) ||
        periodicReport(view.text) ||
        // (what a law grants any victim: "Under the compensation law, the family of a person killed…")
        tellsLawProvision(view.text) ||
        tellsStillMissing(view.text, eventDate?.date ?? null)),
    separate:
      recalled ||
      (CUES.separate.test(view.text) && !alsoOthers && !(risen && LATER_OPENING.test(view.text))) ||
      COMES_AFTER.test(view.text) ||
      after ||
      blowBefore,
    blowBefore,
    // (not a second device feared at the scene: feared-blow.ts)
    another: CUES.another.test(withoutFearedBlow(view.text)),
    refersBack:
      (REFERS_BACK.test(view.text) && !fightBeside) ||
      doersBack(view.text) ||
      saidToTakePlace(view.text) ||
      opensWithNamedAside(view.text) ||
      repelsTheAttack(view.text) ||
      // ("… had been killed since the fighting began": the fight told, its sides' dead, sides-since-onset.ts)
      sidesSinceOnset(view.text),
    notes,
    // (a toll a source gives counts them all: "put the toll at three, saying the driver also died")
    additional:
      (hasCasualties &&
        !TOLL_GIVEN.test(view.text) &&
        (countsOthers(view.text) || alsoHit(view.text) || saysToo(view.text))) ||
      alsoHere ||
      diedBeyondTold(view.text, casualties, before),
    follows: FOLLOWS.test(view.text),
    similar: SIMILAR.test(view.text),
    risenTo: risen && withWoundedNow(risen, casualties, view.text, diedOfWounds),
    treated: treatedCount(view, numbers),
    diedOfWounds,
    sourced: SOURCED.test(view.text),
    pursues: PURSUIT_WORDS.some((w) => view.text.includes(w)) && PURSUIT.test(view.text),
    armedDead: ARMED_DEAD.test(view.text),
    claims:
      roles.actors.length > 0 &&
      CLAIM_WORDS.some((w) => view.text.includes(w)) &&
      CLAIM.test(view.text) &&
      !SIMILAR.test(view.text),
    tollOnly:
      (hasCasualties && bodies) ||
      (hasCasualties &&
        TOLL_WORD.test(view.text) &&
        // no word for what happened: "killed" alone names no kind
        (TOLL_GIVEN.test(view.text) ||
          ((classified.event === null || classified.event.subType === 'attack') &&
            !ATTACK_NOUN.test(view.text)))),
  };
}
