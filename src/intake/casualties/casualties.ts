/** The casualties of a clause: killed, wounded and attackers killed, found from the casualty cues. */
import { ageBetweenCommas } from '../victims/age-apposition.js';
import { companionWithHim } from './companion-with-him.js';
import { survivorWounded } from './survivor-wounded.js';
import { woundOfTheBody, woundsOfTheDead } from './body-wounds.js';
import { hitVerbOfTheBody } from './body-then-hit.js';
import { woundedToldDead } from './dead-wounded.js';
import { caughtDisease } from './caught-disease.js';
import { woundedWithSick } from './wounded-and-sick.js';
import { noneHadAt } from './none-had.js';
import { amongThemAt } from './among-them.js';
import { othersUncountedAt } from './others-uncounted.js';
import { armedAdjectiveAt } from './armed-adjective.js';
import { terrorAdjectiveAt } from './terror-adjective.js';
import { othersTwoAt } from './others-dual.js';
import { otherFateAt } from './other-fate.js';
import { familySizeAt } from './family-of.js';
import { attackersAmongDead } from '../attackers/attackers-among.js';
import { definiteAttackersAmong } from '../attackers/definite-attackers-among.js';
import { pastNominalOf } from './nominal-of.js';
import { attackersBesideDead } from '../attackers/attackers-beside.js';
import { woundedSinceDead, woundedWhoDied } from '../tolls/wounded-died/phrases.js';
import { ofThemAttackers } from '../attackers/attackers-of-them.js';
import { normalizeForMatch } from '../../text/normalize.js';
import {
  arabicPassive,
  dualCasualtyNoun,
  kinAfterPlace,
  objectAfterSubject,
  objectToldAfter,
  pastArabicQualifier,
  pronounCount,
  woundsDiedOf,
} from './casualties-ar.js';
import { backward, passiveAt } from './casualties-en.js';
import {
  arabicNounCount,
  attackersJoined,
  countAt,
  countsAttackers,
  one,
  type CountPhrase,
} from './casualty-phrase.js';
import {
  AR_SUBJECTS,
  ATTACKERS,
  EN_BEFORE_COUNT,
  INTRANSITIVE,
  ONLY_QUALIFIERS,
  TOLL,
  TOLL_VERBS,
} from './casualty-words.js';
import {
  findRanges,
  sameCount,
  spanOf,
  sumCounts,
  toCount,
  type Count,
  type Numbers,
  type Span2,
} from '../reading/count.js';
import { CUES } from '../events/event-cues.js';
import { KILLED_CUES } from './dying-verbs.js';
import { uncountedPairThenCount } from './uncounted-pair-then-count.js';
import { neutralisingCue } from './neutralised.js';
import { armedPastGroupName } from './group-before-armed.js';
import { findNumbers } from '../reading/numbers.js';
import { isDayAfterMonth, isDayOfMonth } from '../reading/day-of-month.js';
import { isYear } from '../reading/year-number.js';
import { ageToldBefore } from '../victims/age-told-before.js';
import { ordinalDigits } from '../reading/ordinal-digits.js';
import { othersAlike } from '../attackers/other-attackers.js';
import { pairSplitBySubject } from './pair-subject.js';
import { countsAllNamed } from './all-of-them.js';
import { bothAt } from './both-of-them.js';
import { shareOfWounded } from './wounded-share.js';
import { shareOfDead } from './dead-share.js';
import { treatedWounded } from './treated-wounded.js';
import { woundedCountedBefore } from './wounded-counted-before.js';
import { oneTakenAs } from './circumstantial-casualty.js';
import { foundHitDead } from './found-hit-dead.js';
import { pastDateBetween } from '../dates/date-between.js';
import { pastCountOpener } from './count-opener-after-words.js';
import { deadWithOwn } from '../victims/dead-with-own.js';
import { subjectWithOwnAfterVerb } from './with-own-after-verb.js';
import { passedTensAt } from './passed-tens.js';
import { kinAlongWith, killedAlongWithTheOne } from '../victims/kin-along-with.js';
import { oneWasKilled } from './one-was-killed.js';
import { oneBodyFound } from './one-body-found.js';
import { TAKEN_COUNT_REACH, takenCountFoundDead } from './taken-found-dead.js';
import { casualtiesShared } from './casualties-share.js';
import { bodyOfOneKilled } from './body-of-one-killed.js';
import { takenThenFoundDead } from '../followups/body-found.js';
import { killsOnlySelf, pastSelfAnd } from './self-and-others.js';
import { pastHedge } from './hedge-before-count.js';
import { objectAfterForce } from './force-subject.js';
import { knownVictims } from '../victims/known-victims.js';
import { assassinatedOne } from './assassinated.js';
import { companionHit } from '../victims/companion-hit.js';
import { aboardDestroyed } from './aboard-destroyed.js';
import { hurtAsAdjective } from '../victims/the-hurt-one.js';
import { tokenize, withoutArabicClitic, type Token } from '../reading/tokens.js';
import { bareCountBeforeComma } from './bare-count.js';
import { loneSubjectAt } from './lone-subject.js';
import { activeHit } from './active-hit.js';
import { addedCount } from './added-count.js';
import { sidesCountedBeforeVerb } from './sides-before-verb.js';
import { sideToldWhile } from './side-while-told.js';

import { kinToldAgainAt } from '../victims/kin-told-again.js';
import { withNamedObject } from '../victims/named-object.js';
import { withTitledObject } from '../victims/titled-with-own.js';
import { withoutRelativeAside } from '../victims/relative-aside.js';
import { withoutWhoAside } from '../victims/who-aside.js';
import { withoutAsideBeforePassive } from './aside-before-passive.js';
import { countedPerSide, otherSideShare } from './each-side.js';
import { ownDeadAdmitted, sideAfterSide, sideToldAdding } from './side-after-side.js';
import { martyredAfterCount } from './martyred-after-count.js';
import { pluralVerbPastIn } from './plural-verb-past-in.js';
import {
  deadAfterAside,
  deadOfAFight,
  enemyBodiesAdded,
  otherSideDiedInFight,
  otherSideJoined,
  ownDeadOfFightTold,
} from './fight-toll.js';
import { fightAlsoResulted } from './fight-also-resulted.js';
import { deathNounAgain } from './death-noun-again.js';
import { sideDiedAfterFight } from './side-died-after-fight.js';
import { killedInOffensive } from './killed-in-offensive.js';
import { killedInHideoutRaid } from './killed-in-hideout-raid.js';
import { killedAndLost, lostAfterKilled } from './killed-and-lost.js';
import { fightResultedIn } from './fight-resulted.js';
import { armedTallied } from './sides-tallied.js';
import { armedPastInitials } from './armed-past-initials.js';
import { armedAndOtherSideInOneCount } from './sides-in-one-count.js';
import { namedSidesTallied } from './named-sides-tallied.js';
import { earlierTollCue } from './earlier-toll-aside.js';
import { sideJoinedAfter } from './side-joined-after.js';
import { sideAlongWith } from './side-along-with.js';
import { armedJoinedInFight } from './armed-joined-in-fight.js';
import { matchView, type MatchView } from '../reading/view.js';
import type { Language } from '../../content/schema.js';
import { allMatches } from '../reading/literal-screen.js';
import { firedOnThem } from '../victims/fired-on-them.js';
import { themCountedBefore } from './them-counted-before.js';
import { funeralOfDefenders } from './funeral-of-defenders.js';
import { untoldCasualties } from './untold-casualties.js';
import { hitThenDied } from './hit-then-died.js';
import { deadAreCount } from './dead-are-count.js';
import { targetHitAt } from './things-hit.js';
import { pronounSubjectAt } from './pronoun-subject.js';
import { sideAddedAfter } from './added-side.js';
import { sidePastAmongAside } from './side-past-aside.js';
import { sideVersusAfter, versusAt } from './versus-side.js';
import { pastOtherBeforeCount } from './the-other-count.js';

const f = normalizeForMatch;

/** A count is a number, or `{ low, high }` where the article gives a range ("between 3 and 5"). */
export interface Casualties {
  killed: Count | null;
  wounded: Count | null;
  /**
   * Attackers killed ("security forces killed three of the attackers", "two militants were killed"),
   * kept apart from the victims in `killed`; the incident decides what they are (incidents.ts).
   */
  attackersKilled: Count | null;
  /**
   * `killed` counts the attackers killed among its dead: a fight's two sides summed where the first
   * side told was read as the attackers ("مقتل 57 إرهابياً … وستة من المقاتلين استشهدوا"), which stay
   * named so that a later clause does not add them again.
   */
  attackersAmong?: true;
  /**
   * Some count was told only by a pronoun ("ما أدى إلى مقتله", "وإصابته متوسطة"): someone the article
   * named before, most often one of the victims already counted.
   */
  byPronoun?: true;
  /**
   * How many of `killed` the clause told wounded first, then dead since ("وإصابة مرافقه، حيث توفي
   * متأثراً بجراحه", "wounding four, one of whom later died"): victims who moved from the wounded to
   * the dead after the event, not dead at the time.
   */
  diedSince?: number;
  /**
   * How many of `killed` the clause told as killed along with one it named by "the" ("The commander
   * … was killed along with one of his bodyguards"): he may be the one an event counted before.
   */
  alongWith?: number;
  /**
   * `killed` are the dead of a fight, which killed them (fight-toll.ts): the fight is an event of its
   * own, whatever the clause opens with ("The strikes came as troops took villages, in fighting that
   * killed 14 soldiers and 19 rebels").
   */
  ofFight?: true;
}

/**
 * Killed and wounded counts of one clause, from their cue words: after the cue ("مقتل ثلاثة",
 * "أصيب أربعة جنود", "killing nine people"), or before it in English ("Two children were killed"),
 * or a number before a casualty noun ("5 قتلى", "three dead"). null where the clause gives no number.
 * `sentenceBefore` is its sentence's text before the clause (as written), for whom "منهم" stands.
 */
export function findCasualties(view: MatchView, lang: Language, sentenceBefore = ''): Casualties {
  // ("a man, Khalaf al-Awad, 48, his wife and their son": who one of them is, told aside, who-aside.ts)
  // (", which Ankara considers a PKK affiliate, and his driver": relative-aside.ts)
  // (", a militia allied to the army, were also killed": aside-before-passive.ts)
  const tokens =
    lang === 'en'
      ? withoutAsideBeforePassive(
          view,
          withoutRelativeAside(view, withoutWhoAside(view, tokenize(view.text))),
        )
      : tokenize(view.text);
  // "طفلين شقيقين (8 و11 عاماً) قتلا", "aged 8 and 11 years": ages say who was hit, not how many;
  // "٢٠ من أيار", "20 May", "June 23": the day of a date, not how many; "the 2019 protests": a year
  // ("Ali Sharifi, 37, was killed": an age in apposition, age-apposition.ts)
  const found = findNumbers(view).filter(
    (n) =>
      !AGE_AFTER.test(view.text.slice(n.end, n.end + AGE_REACH)) &&
      !(lang === 'en' && ageBetweenCommas(view.text, n.start, n.end, n.value)) &&
      // "a child aged seven" (age-told-before.ts); "the 26th Marine Expeditionary Unit" (ordinal-digits.ts)
      !ageToldBefore(view.text, n.start) &&
      !(n.digits && ordinalDigits(view.text, n.end)) &&
      !isDayOfMonth(view.text, n.end) &&
      // "June 23, a soldier was wounded": the day after its month (English only)
      !(lang === 'en' && n.digits && isDayAfterMonth(view.text, n.start, n.end, n.value)) &&
      !isYear(view.text, n.start, n.end),
  );
  const numbers: Map<number, { value: Span2; end: number }> = new Map(
    found.map((n) => [n.start, { value: one(n.value), end: n.end }]),
  );
  // "between 3 and 5", "من 3 إلى 5": one count, given as a range
  for (const [start, range] of findRanges(view, found)) numbers.set(start, { value: range, end: range.end });
  const result: Casualties = { killed: null, wounded: null, attackersKilled: null };
  if (
    allMatches(CUES.combined, view.text).some(
      (pair) =>
        !(lang === 'ar' && pairSplitBySubject(tokens, numbers, pair)) &&
        // ("…, and made no mention of militia casualties": none told, untold-casualties.ts)
        !(lang === 'en' && untoldCasualties(view.text, pair.index)) &&
        // ("with most of the casualties in X": those counted, named back: casualties-share.ts)
        !(lang === 'en' && casualtiesShared(view.text, pair.index)) &&
        // ("بين قتيل وجريح، حيث تأكد مقتل 17": no number of its own, the count after it: uncounted-pair-then-count.ts)
        !(lang === 'ar' && uncountedPairThenCount(view.text, pair.index, pair[0])),
    )
  )
    return result;
  // the clause's casualty cues, found once for the three readings below
  const cues = {
    killed: allMatches(KILLED_CUES, view.text),
    wounded: allMatches(CUES.wounded, view.text),
  };
  // a count after another casualty verb is that verb's: "قتلا وأصيب ستة" does not make six killed
  const cueStarts = [...cues.killed, ...cues.wounded].map(
    (m) => m.index + (m[0].length - m[0].trimStart().length),
  );
  const stops = new Set(
    tokens.flatMap((t, i) => (cueStarts.some((c) => c >= t.start && c < t.end) ? [i] : [])),
  );
  // where each casualty cue ends: a count right after one is its object, no other cue's subject
  const cueEnds = [...cues.killed, ...cues.wounded]
    .filter((m) => !INTRANSITIVE.test(m[0].trim()))
    .map((m) => m.index + m[0].length);
  const objectOfCue = (start: number): boolean =>
    cueEnds.some((e) => e <= start && ONLY_QUALIFIERS.test(view.text.slice(e, start)));
  const killedCueEnds = cues.killed.map((m) => m.index + m[0].length);
  let killedByPronoun: number | null = null;
  // where the first killing verb's count ends: a second side's dead may be joined after it
  let firstKilledNext: number | null = null;
  // both sides' dead summed already, the attackers' count kept as told beside them (side-after-side.ts)
  let sidesSummed = false;
  // where a wounding verb is told "in addition to" the wounded before it, the reading goes on to it
  const addedLater = cues.wounded
    .map((m) => m.index + (m[0].length - m[0].trimStart().length))
    .filter((start) => addedCount(view.text, start));
  for (const kind of ['killed', 'wounded'] as const) {
    for (const m of cues[kind]) {
      const cueEnd = m.index + m[0].length;
      const after = tokens.findIndex((t) => t.start >= cueEnd);
      const before = tokens.findIndex((t) => t.end > m.index + (m[0].length - m[0].trimStart().length));
      const cue = m[0].trim();
      // ("a suicide bomber killed only himself": no dead, self-and-others.ts)
      if (kind === 'killed' && lang === 'en' && killsOnlySelf(tokens, after)) continue;
      if (kind === 'wounded' && lang === 'ar' && woundsDiedOf(view.text, tokens, before)) continue;
      // ("استقبل المستشفى جثتين لشابين أصيبا بالرصاص": how the dead were hit, body-then-hit.ts)
      if (kind === 'wounded' && lang === 'ar' && hitVerbOfTheBody(view.text, tokens, before)) continue;
      // ("وكان المدير قد أصيب بفيروس كورونا": a disease caught, caught-disease.ts)
      if (lang === 'ar' && caughtDisease(view.text, cueEnd)) continue;
      // ("نقل 40 جريحا ومريضا إلى المستشفيات": those evacuated, no blow's wounded, wounded-and-sick.ts)
      if (kind === 'wounded' && woundedWithSick(view.text, cueEnd - cue.length, cueEnd)) continue;
      // ("دون وقوع إصابات، مبيناً أن 12 ألف عنصر انتشروا": a casualty said not had counts no one, none-had.ts)
      if (lang === 'ar' && noneHadAt(view.text, cueEnd - cue.length)) continue;
      // ("the body of a man was found with gunshot wounds": how the dead died, body-wounds.ts)
      if (kind === 'wounded' && lang === 'en' && woundsOfTheDead(view.text, cue, m.index)) continue;
      // "six people were killed, two of them children": a passive's count stands before it, and
      // "dead", "died" take no object ("3 dead, 5 hurt")
      // "“Seven were killed and four wounded,” the officer said": an object never stands past a comma
      // or a closing quote, whoever is named after it
      // (a verb the source's own word, in quotes, "had “neutralised” four militants", goes on to its object)
      const pastBreak =
        lang === 'en' &&
        CLOSING_BREAK.test(view.text.slice(cueEnd, tokens[after]?.start ?? cueEnd)) &&
        !quotedWord(view.text, m.index + (m[0].length - m[0].trimStart().length), cueEnd);
      const objectAfter =
        !INTRANSITIVE.test(cue) &&
        !(
          lang === 'en' &&
          (passiveAt(view, tokens, before) || hurtAsAdjective(view.text, tokens[before]?.start ?? 0))
        ) &&
        !pastBreak;
      const object = pastNominalOf(tokens, after, cue, lang);
      // ("shot dead Ahmad Khalil, a former council member, and his driver": a name counts one, named-object.ts;
      // "killed the police chief and two of his bodyguards": so does a title before his men, titled-with-own.ts)
      const counts =
        objectAfter && lang === 'en' && object === after
          ? withTitledObject(tokens, withNamedObject(view, tokens, numbers, cue, object), object)
          : numbers;
      const ahead = objectAfter ? forward(tokens, counts, object, lang, stops, TOLL.test(cue)) : null;
      // the passive's subject, told before the verb ("أن جندياً أصيب")
      const passiveSubject = () =>
        arabicPassive(
          tokens,
          numbers,
          before,
          m[0],
          `${sentenceBefore} ${view.text.slice(0, tokens[before]?.start ?? 0)}`,
        );
      // ("أن ضابطاً قتل مع سائقه": the one before the verb and his own after "مع", with-own-after-verb.ts)
      const withOwn =
        lang === 'ar' && !activeHit(cue)
          ? subjectWithOwnAfterVerb(tokens, after, ahead, passiveSubject)
          : null;
      const phrase =
        withOwn ??
        // ("wounding four, police and a local leader said": bare-count.ts)
        (ahead && lang === 'en' ? bareCountBeforeComma(view.text, tokens, numbers, ahead) : ahead) ??
        (lang === 'en'
          ? // "killing two guards and a passer-by and injuring others": a participle's count comes after it
            ACTIVE_PARTICIPLE.test(cue)
            ? null
            : backward(view, tokens, numbers, before, lang, objectOfCue)
          : // ("إحدى الغارات أصابت منزلاً": what hit stands before the active verb, active-hit.ts)
            // ("وكان مدنيان قتلا وجرح آخرون": the verb's subject is the "others" after it, counted by
            // no number, never the count before: others-uncounted.ts)
            ((activeHit(cue) || othersUncountedAt(tokens, after) ? null : passiveSubject()) ??
            assassinatedOne(view.text, tokens, numbers, before, stops)));
      if (phrase === null) continue;
      // ("neutralised 12 explosive devices": only armed men neutralised are dead, neutralised.ts)
      // (so are armed men told past their group's name, "seven YPG/PKK terrorists": group-before-armed.ts)
      if (
        kind === 'killed' &&
        neutralisingCue(cue) &&
        !countsAttackers(tokens, phrase) &&
        !armedPastGroupName(tokens, phrase)
      )
        continue;
      // "استشهاده واستشهاد حفيده": the kin are counted with the pronoun before (pronounCount below)
      if (lang === 'ar' && kinToldAgainAt(view.text, m.index + (m[0].length - m[0].trimStart().length), kind))
        continue;
      if (kind === 'wounded' && shareOfWounded(view.text, tokens, phrase.next, m.index)) continue;
      // ("جثث ثلاثة متظاهرين أصيب اثنان منهم بالرصاص": how some of the dead were hit, dead-share.ts)
      if (kind === 'wounded' && shareOfDead(view.text, tokens, phrase.next, m.index)) continue;
      // ("…, as well as wounding a civilian": more wounded on top of those counted, added-count.ts)
      if (kind === 'wounded' && result.wounded !== null) {
        const cueStart = m.index + (m[0].length - m[0].trimStart().length);
        if (addedLater.includes(cueStart))
          result.wounded = sumCounts([result.wounded, toCount(phrase.value)]);
        continue;
      }
      // ("قُتل 19 عنصراً من التنظيم واستشهد ثلاثة من مقاتلي الوحدات خلال اشتباكات": the other side's
      // dead by a verb of its own, the fight's toll with the first count, side-after-side.ts)
      const first = result.killed ?? result.attackersKilled;
      if (
        kind === 'killed' &&
        lang === 'ar' &&
        first !== null &&
        firstKilledNext !== null &&
        // (or its own dead a side owns up to after those it killed, "مقرّةً بمقتل ثلاثة من مقاتليها";
        // or the other side's the fight "also" killed, "أسفرت أيضاً عن مقتل 17 مسلحاً", fight-also-resulted.ts)
        // (or a side's told as the teller goes on, "مضيفاً أن ثلاثة من مقاتليها قتلوا خلال المعارك")
        (sideAfterSide(tokens, firstKilledNext, before, phrase) ||
          // (or martyred, a side's word for its own dead, "مقتل تسعة منهم واستشهاد جنديين": martyred-after-count.ts)
          martyredAfterCount(tokens, firstKilledNext, before) ||
          // (or counted by another teller set against the first, "في حين أعلنت … مقتل", side-while-told.ts)
          sideToldWhile(tokens, numbers, firstKilledNext, before, phrase) ||
          ownDeadAdmitted(tokens, before, phrase) ||
          sideToldAdding(tokens, phrase) ||
          fightAlsoResulted(tokens, before) ||
          // (or the death noun told again of another side, "مقتل سبعة من عناصر التنظيم ومقتل اثنين من
          // مقاتلي العشائر", after a count of the dead, no attackers: death-noun-again.ts)
          (result.killed !== null && deathNounAgain(tokens, firstKilledNext, before, phrase)))
      ) {
        // (the attackers' count kept as told: a "بينما" clause after it is not more of them)
        if (result.killed === null) result.attackersAmong = true;
        result.killed = sumCounts([first, toCount(phrase.value)]);
        sidesSummed = true;
        break;
      }
      if (kind === 'killed') firstKilledNext ??= phrase.next;
      // ("Clashes killed 14 IS jihadists and six regime fighters": the armed men told past their
      // group's initials, the other side joined after them, both sides' dead, armed-past-initials.ts)
      if (
        kind === 'killed' &&
        lang === 'en' &&
        result.killed === null &&
        result.attackersKilled === null &&
        armedPastInitials(view, tokens, phrase)
      ) {
        const other = otherSideJoined(view.text, m.index, tokens, numbers, phrase, lang);
        if (other !== null) {
          result.killed = sumCounts([toCount(phrase.value), toCount(other.value)]);
          break;
        }
      }
      // the attackers' dead may be told after the victims' in the same clause: keep looking for them
      if (
        kind === 'killed' &&
        (countsAttackers(tokens, phrase) ||
          (neutralisingCue(cue) && armedPastGroupName(tokens, phrase)) ||
          ofThemAttackers(tokens, phrase.start ?? phrase.next, phrase.next, sentenceBefore, cue))
      ) {
        // ("Clashes killed five insurgents and two soldiers": both sides' dead, the armed told first, fight-toll.ts)
        const other =
          result.killed === null ? otherSideJoined(view.text, m.index, tokens, numbers, phrase, lang) : null;
        if (other !== null) {
          result.killed = sumCounts([toCount(phrase.value), toCount(other.value)]);
          break;
        }
        // ("Fighting left 40 militants and six soldiers dead": both sides in the one sum read, sides-in-one-count.ts)
        if (
          lang === 'en' &&
          result.killed === null &&
          deadOfAFight(view.text, m.index) &&
          armedAndOtherSideInOneCount(tokens, numbers, phrase)
        ) {
          result.killed = toCount(phrase.value);
          break;
        }
        result.attackersKilled ??= toCount(phrase.value);
      } else if (result[kind] === null) {
        // ("was killed along with his brother": the kin who died with the one counted, kin-along-with.ts;
        // "killed him along with his son": with the object of the active verb, after it)
        const late =
          lang !== 'ar'
            ? kind === 'killed'
              ? kinAlongWith(view.text.slice(objectAfter ? (tokens[phrase.next - 1]?.end ?? cueEnd) : cueEnd))
              : 0
            : kinAfterPlace(tokens, phrase.next, stops) || deadWithOwn(tokens, numbers, phrase.next, stops);
        // ("Two fighters from each faction were killed": both sides' dead, each-side.ts)
        const sides = countedPerSide(tokens, numbers, phrase.next) ? 2 : 1;
        // ("two fighters from one faction and one from the other": each side's share, each-side.ts)
        const share =
          lang === 'en' ? otherSideShare(tokens, numbers, phrase.start ?? phrase.next, phrase.next) : null;
        result[kind] = toCount({
          low: phrase.value.low * sides + late + (share?.low ?? 0),
          high: phrase.value.high * sides + late + (share?.high ?? 0),
        });
        // ("12 عنصراً من النظام و7 من مقاتلي المعارضة قتلوا في المعارك": both sides', sides-before-verb.ts)
        const bothSides =
          kind === 'killed' && lang === 'ar'
            ? sidesCountedBeforeVerb(view.text, tokens, numbers, phrase, m.index + m[0].length)
            : null;
        if (bothSides !== null) result.killed = toCount(bothSides.value);
        // ("11 مصاباً من المتظاهرين و9 من منتسبي القوات أصيبوا": a group counted by the noun before, wounded-counted-before.ts)
        const before =
          kind === 'wounded' && lang === 'ar'
            ? woundedCountedBefore(view.text, tokens, found, tokens[phrase.start ?? phrase.next]?.start ?? 0)
            : null;
        if (before !== null && result.wounded !== null)
          result.wounded = sumCounts([toCount(one(before)), result.wounded]);
      }
      const attackers = kind === 'killed' ? attackersJoined(tokens, numbers, phrase, lang) : null;
      // "a senior IS official and two other militants": all three are the militants killed
      const alike =
        attackers && result.attackersKilled === null ? othersAlike(tokens, phrase, attackers) : null;
      if (alike !== null) {
        result.attackersKilled = alike;
        result.killed = null;
      } else if (attackers && result.killed !== null && deadOfAFight(view.text, m.index)) {
        // ("Fighting … killed 19 regime fighters and 23 jihadists": both sides' dead, fight-toll.ts)
        result.killed = sumCounts([result.killed, toCount(attackers.value)]);
        break;
      } else if (attackers) result.attackersKilled ??= toCount(attackers.value);
      else if (kind === 'killed' && result.killed !== null) {
        // ("killed 17 soldiers, among them an officer, and 12 rebels": the other side after an aside, fight-toll.ts)
        const other = deadAfterAside(view.text, m.index, tokens, numbers, phrase, lang);
        if (other !== null) {
          result.killed = sumCounts([result.killed, toCount(other.value)]);
          break;
        }
      }
      if (
        (kind === 'wounded' && !addedLater.some((start) => start > m.index)) ||
        (result.killed !== null && result.attackersKilled !== null)
      )
        break;
    }
    // "ما أدى إلى مقتله", "أسفر عن إصابتهما": the noun with a pronoun counts the ones it stands for
    if (result[kind] === null && lang === 'ar') {
      // ("أطلقوا النار عليه وعلى نجليه، ما أدى إلى مقتلهم": the ones fired on, fired-on-them.ts)
      // (and "فأصابته رصاصة، ففارق الحياة": the one hit died, hit-then-died.ts)
      const told =
        pronounCount(view.text, kind) ??
        firedOnThem(view.text, kind) ??
        (kind === 'killed' && hitThenDied(view.text) ? 1 : null);
      // "أطلقوا عليه رصاصات أصابته في الرأس، ما أدى إلى وفاته", "أصيب بجروح أدت إلى وفاته": the one a
      // pronoun says was hit is the one it says died, one person, dead and no longer wounded (so is
      // he whose death a verb told: "اغتالوه، وأطلقوا عليه رصاصات أصابته، ففارق الحياة")
      if (kind === 'wounded' && told !== null && (told === killedByPronoun || hitThenDied(view.text)))
        continue;
      result[kind] = told;
      if (result[kind] !== null) result.byPronoun = true;
      if (kind === 'killed') killedByPronoun = told;
    }
    // ("انفجر لغم بثلاثة رعاة، ما أدى إلى مقتلهم": the one group counted before, them-counted-before.ts)
    if (result[kind] === null && lang === 'ar') {
      const them = themCountedBefore(view.text, tokens, numbers, kind, lang);
      if (them !== null) result[kind] = toCount(them.value);
    }
    // ("شيّع الأهالي جثامين سبعة من المقاتلين الذين سقطوا خلال صد هجوم": funeral-of-defenders.ts)
    if (result[kind] === null && kind === 'killed' && lang === 'ar') {
      const buried = funeralOfDefenders(view.text, tokens, numbers);
      if (buried !== null) result.killed = toCount(buried.value);
    }
    if (result[kind] === null) {
      const noun = kind === 'killed' ? CUES.killedNoun : CUES.woundedNoun;
      for (const m of allMatches(noun, view.text)) {
        const at = tokens.findIndex((t) => t.end > m.index + (m[0].length - m[0].trimStart().length));
        // ("جثة شاب مصاب بطلق ناري": how the dead was hit, body-wounds.ts)
        if (kind === 'wounded' && lang === 'ar' && woundOfTheBody(tokens, at)) continue;
        // ("نقل 40 جريحا ومريضا": those evacuated, no blow's wounded, wounded-and-sick.ts)
        const nounStart = m.index + (m[0].length - m[0].trimStart().length);
        if (kind === 'wounded' && woundedWithSick(view.text, nounStart, m.index + m[0].length)) continue;
        // ("وفاة جريحين": the wounded who died, dead-wounded.ts)
        if (kind === 'wounded' && woundedToldDead(view.text, tokens[at]?.start ?? m.index, killedCueEnds))
          continue;
        const told = lang === 'ar' && knownVictims(tokens[at]?.word ?? '');
        const phrase =
          (told ? null : backward(view, tokens, numbers, at, lang, objectOfCue)) ??
          (kind === 'killed' ? bodiesOf(tokens, numbers, at, lang) : null);
        if (phrase !== null && kind === 'killed' && countsAttackers(tokens, phrase)) {
          result.attackersKilled ??= toCount(phrase.value);
          continue;
        }
        if (phrase !== null) {
          result[kind] = toCount(phrase.value);
          break;
        }
        const own = lang === 'ar' ? dualCasualtyNoun(tokens[at]?.word ?? '') : null;
        // "جثتي المهاجمين": the attackers' bodies
        if (own !== null && kind === 'killed' && ATTACKERS.has(tokens[at + 1]?.word ?? '')) {
          result.attackersKilled ??= own;
          continue;
        }
        // "جثتي القتيلين", "جثث الضحايا": the bodies of dead the article has counted already
        if (own !== null && kind === 'killed' && THE_DEAD.has(tokens[at + 1]?.word ?? '')) continue;
        if (own !== null) {
          result[kind] = own;
          break;
        }
        // ("قتل شاب…، وقد عثر عليه مصاباً بطلقات": the dead one found, how he died, found-hit-dead.ts)
        if (kind === 'wounded' && lang === 'ar' && foundHitDead(tokens, at, sentenceBefore)) continue;
        if (lang === 'ar' && oneTakenAs(tokens, at)) {
          // ("فأرداه قتيلاً مع ولديه": he fell dead with his own people, who died with him, dead-with-own.ts)
          result[kind] = 1 + deadWithOwn(tokens, numbers, at + 1, stops);
          break;
        }
      }
    }
    // "عدد الجرحى الذين قدرتهم مصادر محلية بما بين أربعة وستة", "the number of wounded, put by
    // medics at between four and six": the count a few words after "the number of"
    if (result[kind] === null) result[kind] = numberOfCasualties(view, numbers, kind);
    // ("إن الشهداء أربعة": the dead named, their count the predicate, dead-are-count.ts)
    if (result[kind] === null && lang === 'ar') {
      const told = deadAreCount(
        tokens,
        numbers,
        kind,
        (at) => countAt(tokens, numbers, at, lang)?.value ?? null,
      );
      if (told !== null) result[kind] = toCount(told);
    }
    // "فيما أصيب صديقه الذي كان برفقته": one more, the one who was with the victim
    if (result[kind] === null && lang === 'ar') result[kind] = companionHit(view.text, kind);
  }
  // "تلقى 192 شخصاً العلاج", "31 others were treated": those treated for their injuries are the wounded
  if (result.wounded === null) result.wounded = treatedWounded(view.text, found);
  // "a strike destroyed a vehicle carrying three militants": those aboard are its dead
  if (result.killed === null && result.attackersKilled === null) {
    const aboard = aboardDestroyed(view.text);
    const at = aboard < 0 ? -1 : tokens.findIndex((t) => t.start >= aboard);
    const phrase = at < 0 ? null : countAt(tokens, numbers, at, lang);
    if (phrase && countsAttackers(tokens, { ...phrase, start: at }))
      result.attackersKilled = toCount(phrase.value);
    else if (phrase) result.killed = toCount(phrase.value);
  }
  // ("Five soldiers were killed in the fighting, …, adding that the bodies of 22 insurgents were
  // left": the enemy's dead of the same fight, fight-toll.ts)
  if (result.killed !== null && result.attackersKilled === null && !sidesSummed) {
    const bodies = enemyBodiesAdded(view.text, tokens, numbers, lang);
    if (bodies !== null) result.killed = sumCounts([result.killed, toCount(bodies.value)]);
  }
  // "the former mayor of Khan Arnabeh was found shot dead": one, by the singular "was" (one-was-killed.ts)
  // ("An unidentified body was found in Fallujah": one dead, by the body found, one-body-found.ts)
  if (result.killed === null && result.attackersKilled === null && lang === 'en')
    result.killed = oneWasKilled(view.text) ?? oneBodyFound(view.text);
  // ("seized five farmers and shot them dead": the one group counted before, them-counted-before.ts)
  if (result.killed === null && result.attackersKilled === null && lang === 'en') {
    const them = themCountedBefore(view.text, tokens, numbers, 'killed', lang);
    if (them) result.killed = toCount(them.value);
  }
  // ("خطف ثلاثة رعاة، قبل أن يعثر ذووهم على جثثهم": the count taken, found dead, taken-found-dead.ts)
  if (result.killed === null && result.attackersKilled === null) {
    const taken = takenCountFoundDead(view.text);
    const at = taken < 0 ? -1 : tokens.findIndex((t) => t.start >= taken);
    // (the doers may stand between the verb and those taken: "خطف مسلحون مجهولون أربعة عمال")
    const phrase =
      at < 0
        ? null
        : (Array.from({ length: TAKEN_COUNT_REACH }, (_, i) => countAt(tokens, numbers, at + i, lang)).find(
            (p) => p !== null,
          ) ?? null);
    if (phrase) result.killed = toCount(phrase.value);
  }
  // ("بعد أيام من اختطاف طالب، عثر على جثته": the one taken, found dead, body-found.ts)
  if (result.killed === null && result.attackersKilled === null)
    // ("شيّع الأهالي جثمان راعٍ قُتل بغارة": the body of one killed, body-of-one-killed.ts)
    result.killed = takenThenFoundDead(view.text) ?? (lang === 'ar' ? bodyOfOneKilled(view.text) : null);
  // "All four were killed", "قتلوا جميعهم": the group named before, counted again
  if ((result.killed !== null || result.wounded !== null) && countsAllNamed(view.text))
    result.byPronoun = true;
  // "وإصابة ثلاثة آخرين، توفي أحدهم متأثراً بجراحه", "wounding four, one of whom later died": the
  // wounded who died since are counted dead
  if (typeof result.wounded === 'number' && (result.killed === null || typeof result.killed === 'number')) {
    const woundedAt = Math.max(0, view.text.search(CUES.wounded));
    // ("وإصابة ثالث بجروح، لكنه فارق الحياة متأثراً بجراحه": the one wounded, by a pronoun)
    const died = woundedSinceDead(view.text, woundedAt, result.wounded);
    if (died > 0 && died <= result.wounded) {
      result.killed = (result.killed ?? 0) + died;
      result.diedSince = died;
      // (none left wounded: the clause told no wounded as things stand)
      result.wounded = result.wounded > died ? result.wounded - died : null;
    }
  }
  // "a third man, wounded in the strike, died in hospital": those wounded are the dead (tolls/wounded-died/)
  const woundedDead = woundedWhoDied(view.text);
  if (woundedDead > 0 && result.wounded === woundedDead && (result.killed ?? woundedDead) === woundedDead) {
    result.killed = woundedDead;
    result.wounded = null;
  }
  // ("Five soldiers and seven insurgents were killed in clashes": both sides' dead, fight-toll.ts)
  if (
    lang === 'en' &&
    result.killed !== null &&
    result.attackersKilled !== null &&
    // (one killing verb: both counts are its subject, not "…, where two soldiers also died")
    cues.killed.length === 1 &&
    // ("… were killed when troops launched an offensive": killed-in-offensive.ts; "… when tribal
    // fighters raided an al-Qaeda hideout": killed-in-hideout-raid.ts)
    (deadOfAFight(view.text, cues.killed[0]!.index) ||
      killedInOffensive(view.text) ||
      killedInHideoutRaid(view.text))
  ) {
    result.killed = sumCounts([result.killed, result.attackersKilled]);
    result.attackersKilled = null;
  }
  // ("said they killed nine jihadists in clashes, adding that three of their own fighters were
  // killed": a side's own dead beside those it killed; "three soldiers were killed, and 20 militants
  // died in the fighting": each side's by a verb of its own, fight-toll.ts)
  if (
    lang === 'en' &&
    result.killed !== null &&
    result.attackersKilled !== null &&
    // ("14 militants were killed in the fighting, and two soldiers died": side-died-after-fight.ts)
    // ("police killed three smugglers and lost one officer in a gunfight": killed-and-lost.ts)
    (ownDeadOfFightTold(view.text) ||
      otherSideDiedInFight(view.text) ||
      sideDiedAfterFight(view.text) ||
      killedAndLost(view.text))
  ) {
    result.killed = sumCounts([result.killed, result.attackersKilled]);
    result.attackersKilled = null;
  }
  // ("خاضت اشتباكاً … أسفر عن مقتل ثلاثة من الإرهابيين واستشهاد جندي": both sides' dead, fight-resulted.ts)
  if (
    lang === 'ar' &&
    !sidesSummed &&
    result.killed !== null &&
    result.attackersKilled !== null &&
    cues.killed.length > 0 &&
    fightResultedIn(view.text, cues.killed[0]!.index, matchView(sentenceBefore).text)
  ) {
    result.killed = sumCounts([result.attackersKilled, result.killed]);
    result.attackersKilled = null;
  }
  // ("لقي 9 من عناصر النظام مصرعهم، إضافة إلى 7 مقاتلين من النصرة": the other side added on, added-side.ts;
  // "16 عنصراً للنظام قتلوا، مقابل ستة من مقاتلي الفصائل": set against the first, versus-side.ts)
  const firstKilledAt =
    lang === 'ar' && result.killed !== null && result.attackersKilled === null && cues.killed.length > 0
      ? tokens.findIndex((t) => t.start >= cues.killed[0]!.index)
      : -1;
  const addedOn =
    firstKilledAt < 0
      ? null
      : (sideAddedAfter(tokens, numbers, firstKilledAt) ?? sideVersusAfter(tokens, numbers, firstKilledAt));
  // ("مقتل 9 عناصر من قوات النظام، بينهم ضابط، و6 عناصر من التنظيم": past an aside, side-past-aside.ts,
  // which keeps the attackers told among that side out of its count itself)
  const pastAside =
    firstKilledAt < 0 || addedOn !== null
      ? null
      : sidePastAmongAside(view.text, tokens, numbers, firstKilledAt);
  const added = addedOn ?? pastAside;
  if (added !== null) result.killed = sumCounts([result.killed!, toCount(added)]);
  // ("قتل جنديان و5 مسلحين في اشتباكات": both sides' dead joined around the killing verb, the armed
  // men read as attackers or left out: the fight's toll, armed-joined-in-fight.ts)
  const read = [result.killed, result.attackersKilled].filter((c) => c !== null);
  const sides =
    lang === 'ar' && !sidesSummed && read.length > 0
      ? armedJoinedInFight(
          view.text,
          numbers,
          arabicNounCount,
          cues.killed.map((m) => ({ index: m.index, text: m[0] })),
          read.map(spanOf),
          matchView(sentenceBefore).text,
        )
      : null;
  if (sides !== null) {
    result.killed = sumCounts(sides.map(toCount));
    result.attackersKilled = null;
  }
  // ("38 jihadist and rebel fighters and 16 government troops were killed": both sides' dead, sides-tallied.ts;
  // "22 soldiers and allied militiamen and nine insurgents were killed": the armed men, told last, may
  // have been read as attackers, the troops before them as victims or not at all)
  const last = result.attackersKilled ?? result.killed;
  // ("…, revising an earlier toll of 58 dead": the replaced toll's cue is no second killing, earlier-toll-aside.ts)
  const killings = cues.killed.filter((m) => lang !== 'en' || !earlierTollCue(view.text, m.index)).length;
  const tallied =
    lang === 'en' && last !== null && killings === 1
      ? (armedTallied(
          view.text,
          cues.killed[0]!.index,
          numbers,
          spanOf(last),
          result.attackersKilled !== null,
        ) ??
        // ("three fighters of the units and ten militants of the Front were killed": named-sides-tallied.ts)
        namedSidesTallied(view.text, cues.killed[0]!.index, numbers, spanOf(last)))
      : null;
  if (
    tallied !== null &&
    (result.attackersKilled === null || result.killed === null || sameCount(result.killed, toCount(tallied)))
  ) {
    result.killed = sumCounts([last!, toCount(tallied)]);
    result.attackersKilled = null;
  }
  // ("25 IS fighters were killed in the operation and two soldiers died", "11 rebels were killed,
  // along with eight soldiers": the other side's dead joined on, side-joined-after.ts, side-along-with.ts)
  const joined =
    lang === 'en' && result.killed !== null && result.attackersKilled === null && tallied === null
      ? ((killings === 2 ? sideJoinedAfter(view.text, numbers, spanOf(result.killed)) : null) ??
        // ("police killed three drug smugglers and lost one officer in a gunfight": killed-and-lost.ts)
        (killings === 2 ? lostAfterKilled(view.text, numbers, spanOf(result.killed)) : null) ??
        (killings === 1 ? sideAlongWith(view.text, numbers, spanOf(result.killed)) : null))
      : null;
  if (joined !== null) result.killed = sumCounts([result.killed!, toCount(joined)]);
  if (result.killed !== null && cues.killed.some((m) => deadOfAFight(view.text, m.index)))
    result.ofFight = true;
  // "killing 12 people, including the two attackers": the attackers leave the victims' count
  // ("…، بينهم الانتحاريون الثلاثة": told by a definite number after them, definite-attackers-among.ts)
  const among =
    result.attackersKilled === null
      ? (attackersAmongDead(view.text) ??
        (lang === 'ar' && pastAside === null ? definiteAttackersAmong(view.text) : null))
      : null;
  if (among !== null && typeof result.killed === 'number' && result.killed > among) {
    result.killed -= among;
    result.attackersKilled = among;
  }
  // ("The commander … was killed along with one of his bodyguards": kin-along-with.ts)
  const along = lang === 'en' && typeof result.killed === 'number' ? killedAlongWithTheOne(view.text) : 0;
  if (along > 0 && typeof result.killed === 'number' && along < result.killed) result.alongWith = along;
  // "Seventeen were killed along with the three attackers": the attackers beside the victims' count
  if (result.attackersKilled === null && result.killed !== null && among === null)
    result.attackersKilled = attackersBesideDead(view.text);
  // ("…، فيما أصيب صديقه الذي كان يرافقه": one companion, told as the one with the victim, companion-with-him.ts)
  const companion = lang === 'ar' ? companionWithHim(view.text) : null;
  if (companion !== null && result[companion] === null) result[companion] = 1;
  // ("نجا ناشط من محاولة اغتيال، أصيب خلالها بجروح": the survivor wounded, survivor-wounded.ts)
  if (lang === 'ar' && result.wounded === null && survivorWounded(view.text)) result.wounded = 1;
  return result;
}

/**
 * A comma or a closing quote after a casualty verb: what follows is no object of it. A straight
 * quote right on the next word opens the source's own figure ("killing \"about 20\" jihadists"),
 * still the verb's object.
 */
const CLOSING_BREAK = /,|”|"(?!$)/u;

/** The word from `start` to `end` stands alone in quotes: "“neutralised”", "\"killed\"". */
function quotedWord(text: string, start: number, end: number): boolean {
  return (
    OPENING_QUOTE.test(text.slice(Math.max(0, start - 1), start)) &&
    CLOSING_QUOTE.test(text.slice(end, end + 1))
  );
}
const OPENING_QUOTE = /^["“]$/u;
const CLOSING_QUOTE = /^["”]$/u;

const WITH = f('مع');

/** "killing", "injuring": an active participle, whose count is its object. */
const ACTIVE_PARTICIPLE = /^[a-z]+ing$/;

/** A number followed by years ("22 عاما", "8 و11 عاماً", "40 years old"): an age or a span, no count. */
const AGE_AFTER = new RegExp(
  `^\\s*(?:(?:و|and)\\s*\\d+\\s*)?(?:-?\\s*years?[\\s-]*old|-year-old|${['عاما', 'عام', 'سنة', 'سنوات', 'أعوام'].map(f).join('|')})(?![\\p{L}])`,
  'u',
);
const AGE_REACH = 24;

const NUMBER_OF = {
  killed: new RegExp(
    `(?:${['عدد القتلى', 'عدد الضحايا'].map(f).join('|')}|number of (?:the )?(?:dead|killed))(?![\\p{L}])`,
    'u',
  ),
  wounded: new RegExp(
    `(?:${['عدد الجرحى', 'عدد المصابين'].map(f).join('|')}|number of (?:the )?(?:wounded|injured))(?![\\p{L}])`,
    'u',
  ),
};
const NUMBER_OF_REACH = 60;

function numberOfCasualties(view: MatchView, numbers: Numbers, kind: 'killed' | 'wounded'): Count | null {
  const m = NUMBER_OF[kind].exec(view.text);
  if (!m) return null;
  const from = m.index + m[0].length;
  const next = [...numbers.entries()]
    .filter(([start]) => start >= from && start - from <= NUMBER_OF_REACH)
    // "منذ 2014": a year says when
    .filter(([, n]) => !(n.value.low === n.value.high && n.value.low >= 1900 && n.value.low <= 2100))
    .sort(([a], [b]) => a - b)[0];
  // ("عدد الجرحى تجاوز العشرين": the round figure passed, before any number after it, passed-tens.ts)
  const passed = passedTensAt(view.text, from, NUMBER_OF_REACH, m.index);
  if (passed && (!next || passed.start < next[0])) return passed.value;
  return next ? toCount(next[1].value) : null;
}

/** The dead named as known ones: "القتيلين", "الضحايا". */
const THE_DEAD = new Set(
  ['القتيل', 'القتيلين', 'القتلى', 'الضحية', 'الضحيتين', 'الضحايا', 'الشهيدين', 'الشهداء'].map(f),
);

/** "the bodies of three shepherds", "the body of a farmer", "جثث أربعة رجال": the count after the noun. */
function bodiesOf(
  tokens: readonly Token[],
  numbers: Numbers,
  at: number,
  lang: Language,
): CountPhrase | null {
  const noun = tokens[at]?.word ?? '';
  if (lang === 'ar') {
    if (!withoutArabicClitic(noun).includes(f('جثث'))) return null;
    return countAt(tokens, numbers, at + 1, lang);
  }
  if (!/^(?:body|bodies)$/.test(noun) || tokens[at + 1]?.word !== 'of') return null;
  const start = tokens[at + 2]?.word === 'the' ? at + 3 : at + 2;
  // ("the bodies of the other five were found", "of the remaining three": the rest of those taken
  // or hit told before, counted all the same: the-other-count.ts)
  return countAt(tokens, numbers, pastOtherBeforeCount(tokens, numbers, start, at + 2), lang);
}

function forward(
  tokens: readonly Token[],
  numbers: Numbers,
  after: number,
  lang: Language,
  stops: ReadonlySet<number>,
  toll = false,
): CountPhrase | null {
  if (after < 0) return null;
  // "killed himself and five others": the victims after the doer's own death (self-and-others.ts)
  if (lang === 'en') after = pastSelfAnd(tokens, after);
  // "killed as many as 20 people", "wounding an estimated 25" (hedge-before-count.ts)
  if (lang === 'en') after = pastHedge(tokens, after);
  // "مقتل ما لا يقل عن خمسة", "إصابة ما يزيد على عشرة": the qualifier is part of the count
  if (lang === 'ar') after = pastArabicQualifier(tokens, pastDateBetween(tokens, numbers, after));
  // "لقي ثلاثة جنود حتفهم", "قتل مسلحون ثلاثة مدنيين": allow one word before the count
  // Arabic may put the date between: "اغتالت أواخر الشهر الماضي مختار قرية"
  // (or after the subject: "اغتال مسلحون مجهولون، مساء يوم الأحد 23 آب، الناشط المدني")
  const maxSkip = 3;
  for (let skip = 0, at = after; skip <= maxSkip; skip++, at++) {
    if (lang === 'ar' && skip > 0) at = pastDateBetween(tokens, numbers, at);
    // ("وقتل في الغارة ما بين 7 و9", "وأصيب في القصف أكثر من 100": the count's opener, count-opener-after-words.ts)
    if (lang === 'ar' && skip > 0) at = pastCountOpener(tokens, numbers, at);
    if (stops.has(at)) return null;
    if (lang === 'ar' && amongThemAt(tokens, at)) return null;
    // ("16 عنصراً قتلوا، مقابل ستة من مقاتلي الفصائل": the other side's count, versus-side.ts)
    if (lang === 'ar' && versusAt(tokens, at)) return null;
    // ("وأصيب آخرون، خلال مواجهات مسلحة": others, no number, others-uncounted.ts)
    if (lang === 'ar' && othersUncountedAt(tokens, at)) return null;
    // ("قتل مواطنان وأصيب آخران بجراح": two others, others-dual.ts)
    if (lang === 'ar' && othersTwoAt(tokens, at)) return { value: one(2), next: at + 1, start: at };
    // ("ثلاثة جنود قتلوا في اشتباك مسلح": the adjective of the fight, no armed man, armed-adjective.ts)
    if (lang === 'ar' && armedAdjectiveAt(tokens, at)) return null;
    // ("إنهم قضوا في هجوم إرهابي": the adjective of the attack, no terrorist, terror-adjective.ts)
    if (lang === 'ar' && terrorAdjectiveAt(tokens, at)) return null;
    // ("أصابت طائراته أهدافاً إرهابية": targets hit, no one wounded, things-hit.ts)
    if (lang === 'ar' && targetHitAt(tokens, at)) return null;
    // ("قتلوا واعتقل خمسة آخرون": the caught or the fled, a clause of their own, other-fate.ts)
    if (lang === 'ar' && otherFateAt(tokens, at)) return null;
    // ("قتل مع اثنين من حراسه": a count after "with" is who was hit beside the one the verb tells
    // of, counted with him by dead-with-own.ts, never the verb's whole object)
    if (lang === 'ar' && tokens[at]?.word === WITH && numbers.has(tokens[at + 1]?.start ?? -1)) return null;
    // ("الذين ارتقوا في معارك الشيخ مقصود": the place the plural subject fell in, plural-verb-past-in.ts)
    if (lang === 'ar' && pluralVerbPastIn(tokens, numbers, after, at)) return null;
    const phrase = countAt(tokens, numbers, at, lang);
    // ("اغتال مسلحان مجهولان صيدلانياً": the dual of the doers is the verb's subject, counting who
    // killed; the dead are its object after them, counted here or, where its noun counts nobody, by
    // the verb's own reader (assassinated.ts). With no object told, "قتل مسلحان" is passive: the
    // two are the dead)
    if (phrase && lang === 'ar' && AR_SUBJECTS.has(tokens[at]!.word)) {
      const object = objectAfterSubject(tokens, numbers, at, stops);
      if (object || objectToldAfter(tokens, at, stops)) return object;
      return { ...phrase, start: at };
    }
    if (phrase) return { ...phrase, start: at };
    const family = familySizeAt(tokens, at);
    const members = family === null ? null : countAt(tokens, numbers, family, lang);
    if (members) return { ...members, start: at };
    const both = lang === 'en' ? bothAt(tokens, at) : null;
    if (both) return { value: one(both.value), next: both.next, start: at };
    const w = tokens[at]?.word ?? '';
    // "ارتقى شهيدان أحدهما طفل", "سقط قتيلان": the casualty noun in the dual is the count, not who
    // is among them after it
    const dual = lang === 'ar' ? dualCasualtyNoun(w) : null;
    if (dual !== null) return { value: one(dual), next: at + 1, start: at };
    // ("وأصيب هو بجروح": the one already named, by a pronoun, pronoun-subject.ts)
    const pronoun = lang === 'ar' && skip === 0 ? pronounSubjectAt(tokens, at) : null;
    if (pronoun) return pronoun;
    // ("قتل حارسان وأصيب أربعة": the lone subject before the next casualty verb, lone-subject.ts)
    const lone = lang === 'ar' && skip === 0 ? loneSubjectAt(tokens, at, stops) : null;
    if (lone) return lone;
    // "the death toll has risen to 15"; "wounding about a dozen": the "a" of a number word
    // ("shot dead the two men inside": the victims told definite, by the count right after "the")
    if (
      lang === 'en' &&
      !EN_BEFORE_COUNT.test(w) &&
      !(toll && TOLL_VERBS.test(w)) &&
      !((w === 'a' || w === 'the') && numbers.has(tokens[at + 1]?.start ?? -1))
    )
      return null;
  }
  return lang === 'ar'
    ? (objectAfterSubject(tokens, numbers, after, stops) ?? objectAfterForce(tokens, numbers, after, stops))
    : null;
}
