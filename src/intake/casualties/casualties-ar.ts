/** Arabic counting: a count before a passive verb, told by a pronoun, after a subject, or joined as kin. */
import { arabicNounCount, countAt, one, withoutAtLeast, type CountPhrase } from './casualty-phrase.js';
import type { Numbers } from '../reading/count.js';
import {
  AMONG_AR,
  AR_QUALIFIERS,
  ANNIVERSARY,
  AR_SUBJECTS,
  ATTEMPT,
  DIED_OF,
  ONE_OF,
  ONE_WORDS,
  POSSESSED,
  QAD,
  QUALIFIER_START,
  THAT,
  ONE_MORE,
  SOUND_PLURAL,
  pronounPatterns,
} from './casualty-words.js';

import { normalizeForMatch } from '../../text/normalize.js';
import { CUES } from '../events/event-cues.js';
import { diesOnly } from './dying-verbs.js';
import { caughtDisease } from './caught-disease.js';
import { outOfServiceHit } from './out-of-service.js';
import { joinedBodyBefore, withoutJoinedBodies } from './joined-body.js';
import { addedPerson } from './added-person.js';
import { indefiniteAccusative } from './assassinated.js';
import { AND_AR, withoutArabicClitic, type Token } from '../reading/tokens.js';
import { oneOfGroupAt } from '../victims/one-of-group.js';
import { oneAtClauseHead } from '../victims/clause-head-person.js';
import { memberBeforeVerb } from '../victims/member-subject.js';
import { kinOfOneNamedAfter } from '../victims/who-they-were.js';
import { oneAfterThatWas } from '../victims/that-one-was.js';
import { oneOfTradeAfterThat } from '../victims/that-one-of-trade.js';
import { countAtItemHead } from './count-at-item-head.js';
import { ANY_WEEKDAY } from '../dates/date-patterns.js';
import { anyOf } from '../reading/word-pattern.js';
import { QUARTER_BEFORE } from '../places/quarter-of-city.js';
import { kinToldAgain } from '../victims/kin-told-again.js';
import { moreKinJoined, pastStressedPronoun } from '../victims/kin-chain.js';
import { someOfHisJoined } from '../victims/some-of-his-joined.js';
import { pastDoersBeforeKin } from '../victims/doers-before-kin.js';
import { joinedCasualtyNoun } from './joined-casualty-noun.js';
import { setOffListAt } from '../victims/set-off-list.js';
import { kinOfNamedBefore } from '../victims/kin-of-named.js';
import { ageAsideBefore } from '../victims/age-aside.js';
import { kinWhoWasHit } from '../victims/kin-who-was-hit.js';
import { headsVictimsList, joinedToVictimsList } from './victims-list.js';
import { countAfterWas } from './was-subject.js';
import { nameAndAgeBetween } from '../victims/name-and-age.js';
import { companionOfOne } from '../victims/companion-past-description.js';
import { ownerBefore } from '../victims/own-people-after.js';
import { oneSubjectOfJoinedVerb } from '../victims/subject-of-joined-verb.js';
import { WOUND_NOUNS_AR, pastWoundsTold } from './wound-nouns.js';
import { otherFateOrNounAt } from './other-fate.js';
import { withoutBetweenKinds } from './between-kinds.js';
import { pairBeforeDualVerb } from './pair-before-dual-verb.js';

/**
 * "شخصين قُتلا", "ثلاثة جنود أصيبوا", "ثلاثة من عناصر البيشمركة قد أصيبوا", "أحد مقاتلي الجيش أصيب":
 * a count before a passive verb in Arabic. `textBefore`: the sentence's words before the verb,
 * across the clause's start, where a subject it shares with a verb before may stand.
 */
export function arabicPassive(
  tokens: readonly Token[],
  numbers: Numbers,
  cue: number,
  cueText: string,
  textBefore = '',
): CountPhrase | null {
  // "فارقا الحياة": the verb's own ending says how many (the feminine plural too: "ثلاث نساء قتلن")
  const verb = cueText.trim().split(/\s+/u)[0] ?? '';
  const plural = /(?:ا|وا|[^و]ن)$/.test(verb);
  // ("أن راعياً نجا من الحادث …، وأصيب بجروح": one person, two joined verbs, subject-of-joined-verb.ts)
  const shared = (): CountPhrase | null =>
    !plural && oneSubjectOfJoinedVerb(verb, textBefore) ? { value: one(1), next: cue, start: cue } : null;
  if (cue < 1) return shared();
  const toldWhatHeWasDoing = plural ? -1 : oneAfterThatWas(tokens, numbers, cue);
  if (toldWhatHeWasDoing >= 0) return { value: one(1), next: cue, start: toldWhatHeWasDoing };
  // ("بأن راعي أغنام أصيب": one person named by his trade, that-one-of-trade.ts)
  const toldByTrade = plural ? -1 : oneOfTradeAfterThat(tokens, numbers, cue);
  if (toldByTrade >= 0) return { value: one(1), next: cue, start: toldByTrade };
  // ("بأن ضابطاً في الشرطة وأحد أفراد حمايته أصيبا": pair-before-dual-verb.ts)
  const pair = DUAL_VERB.test(verb) ? pairBeforeDualVerb(tokens, cue, (w) => arabicNounCount(w) === 1) : -1;
  if (pair >= 0) return { value: one(2), next: cue, start: pair };
  const atHead = plural ? countAtItemHead(tokens, numbers, cue, DUAL_VERB.test(verb)) : null;
  if (atHead) return atHead;
  // (a subject "كان" opens, however long its description: was-subject.ts)
  const subject = countAfterWas(tokens, numbers, cue);
  if (subject) return subject;
  for (let start = countFrom(tokens, numbers, cue, plural); start < cue; start++) {
    if (!plural) {
      // (not "أحد عشر", "إحدى عشرة": eleven, the head of a compound number, no one of a group)
      // ("أن أحد الحراس الليليين في المستودع قُتل": after "أن" the subject runs to the verb, his
      // group and what he was in it told between)
      if (
        ONE_OF.has(tokens[start]?.word ?? '') &&
        (cue - start <= 4 || THAT.has(tokens[start - 1]?.word ?? '')) &&
        (numbers.get(tokens[start]!.start)?.value.low ?? 1) <= 1
      )
        return { value: one(1), next: start + 1, start };
      // "أن جنديا أصيب", "إضافة إلى مدني أصيب": one person, named right before the verb; "، وزوجته
      // أصيبت": someone's kin
      const named = tokens[start]?.word ?? '';
      // ("بأن عنصراً ثانياً أصيب", "أن جندياً آخر قتل": one more person, the word for which one between)
      // (or his name and age between, "أن الشاب أحمد العلي (17 عاماً) قتل": name-and-age.ts)
      const right =
        start === cue - 1 ||
        // ("أن مدنياً واحداً أصيب": the word for one after the noun, still one person)
        (start === cue - 2 &&
          (ONE_MORE.has(tokens[cue - 1]?.word ?? '') || ONE_WORDS.has(tokens[cue - 1]?.word ?? ''))) ||
        nameAndAgeBetween(tokens, numbers, start, cue);
      if (
        right &&
        // "مواطنة فارقت الحياة": a verb that only says someone died has the one named before it as its dead
        (((THAT.has(tokens[start - 1]?.word ?? '') || addedPerson(tokens, start) || diesOnly(verb)) &&
          arabicNounCount(named) === 1) ||
          // (not one of the dead a list told: "القتلى هم ثلاثة رجال وامرأة أصيبت برصاصة", victims-list.ts)
          (joinedKin(named) === 1 && !joinedToVictimsList(tokens, start)))
      )
        return { value: one(1), next: cue, start };
      // ("أن زوجة المزارع أصيبت": someone's kin, by the one named before: kin-of-named.ts)
      // ("فيما نجت زوجته التي أصيبت": someone's own, who was hit: kin-who-was-hit.ts)
      if (kinOfNamedBefore(tokens, numbers, start, cue) || kinWhoWasHit(tokens, start, cue))
        return { value: one(1), next: cue, start };
      // "أن مزارعاً كان يعمل في أرض مجاورة أصيب": one person after "أن", told by what they were
      // doing (a "كان" clause) before the verb
      if (
        THAT.has(tokens[start - 1]?.word ?? '') &&
        WAS.has(tokens[start + 1]?.word ?? '') &&
        tokens[cue - 1]?.word !== QAD &&
        arabicNounCount(named) === 1
      )
        return { value: one(1), next: cue, start };
      // "وكان راعي أغنام قد قتل", "وكان مختار إحدى قرى الناحية قد قتل": one person, told in the
      // pluperfect, "كان … قد" bracketing the subject however long its description ("قد" left out,
      // "وكان شاب قُتل الشهر الماضي": the one named right before the verb, which has no object of
      // its own after it, no one it killed)
      if (
        (tokens[cue - 1]?.word === QAD || (right && !objectAfterVerb(tokens, numbers, cue))) &&
        WAS.has(tokens[start - 1]?.word ?? '') &&
        arabicNounCount(named) === 1
      )
        return { value: one(1), next: cue, start };
      if (start === 0 && oneAtClauseHead(tokens, numbers, cue)) return { value: one(1), next: cue, start };
      if (memberBeforeVerb(tokens, start, cue, (t) => numbers.has(t.start)))
        return { value: one(1), next: cue, start };
      continue;
    }
    const phrase = countAt(tokens, numbers, start, 'ar') ?? dualBeforeDualVerb(tokens, start, cueText);
    if (!phrase || phrase.next > cue || definiteOne(tokens, start, phrase)) continue;
    // "ستة مدنيين بينهم طفلان قتلوا": the ones among them are not the count of the verb (but "الضحايا
    // هم: ٥ مواطنين قضوا في…": a roundup's list of its victims, "هم" its copula: victims-list.ts)
    if (AMONG_AR.has(tokens[start - 1]?.word ?? '') && !headsVictimsList(tokens, start)) continue;
    // "طفلين شقيقين (8 و11 عاماً) قتلا": the ages told of them (numbers set aside as ages) stand apart
    let words = tokens
      .slice(phrase.next, cue)
      .filter(
        (t, k, all) =>
          !isAge(t, numbers) && !YEARS.has(t.word) && !(t.word === AND_AR && isAge(all[k + 1], numbers)),
      )
      .map((t) => t.word);
    const among = words.findIndex((w) => AMONG_AR.has(w));
    if (among >= 0) words = words.slice(0, among);
    // ("ثلاثة من مقاتلي الحشد الشعبي الذين استشهدوا": the relative pronoun right before the verb
    // makes the counted its subject, no word of their description)
    if (WHO_PLURAL.has(words[words.length - 1] ?? '')) words = words.slice(0, -1);
    // (past who the counted were, "بين مدنيين وعسكريين": between-kinds.ts)
    const between = withoutBetweenKinds(withoutAtLeast(words.filter((w) => w !== QAD)));
    // the counted noun and an adjective may stand between ("عشرة مدنيين قتلوا"), or a partitive, after
    // the counted noun or without it ("ثلاثة من الجنود قتلوا", "4 عناصر من قوات النظام قتلوا"), or the
    // body they serve in ("منتسبين اثنين في الشرطة الاتحادية أصيبا", "ثلاثة عناصر في الجيش قتلوا")
    const partitive = QUALIFIER_START.has(between[0] ?? '')
      ? 0
      : QUALIFIER_START.has(between[1] ?? '')
        ? 1
        : -1;
    if (
      between.length <= 2 ||
      (partitive >= 0 && between.length <= 4 + partitive) ||
      // (past a second group joined to the partitive's: "من مقاتلي الحشد الشعبي والقوات الأمنية", joined-body.ts)
      (partitive >= 0 && withoutJoinedBodies(between, partitive).length <= 4 + partitive)
    )
      return withOwner(tokens, numbers, { ...phrase, start });
  }
  return shared();
}

/**
 * The count with the one its "واثنين من حراسه" were his, named however far back (own-people-after.ts).
 */
function withOwner(tokens: readonly Token[], numbers: Numbers, phrase: CountPhrase & { start: number }) {
  const owner = ownerBefore(tokens, numbers, phrase, (at) => countAt(tokens, numbers, at, 'ar'));
  return owner === null ? phrase : { ...countAt(tokens, numbers, owner, 'ar')!, start: owner };
}

/**
 * One named definite before a plural or dual verb ("قال الدفاع المدني إن مدنيين قتلا": the adjective
 * of the teller's name) is never all the verb counts: its subject is the count after it. (Not "أحد
 * الراعيين اللذين أصيبا", one of those the verb counts, told by them.)
 */
function definiteOne(tokens: readonly Token[], start: number, phrase: CountPhrase): boolean {
  return phrase.value.high === 1 && (tokens[start]?.word ?? '').startsWith('ال');
}

/** The relative pronouns of a plural or a dual: "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي". */
const WHO_PLURAL = new Set(['الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي'].map(normalizeForMatch));

/** A verb in the dual: "قضيا", "قتلا", "أصيبا" (not the plural "قتلوا"). */
const DUAL_VERB = /[^و]ا$/u;

/** "أن", "إن": what a teller says opens after them. */
const THAT_AR = new Set(['أن', 'إن'].map(normalizeForMatch));
/** Words a count and its noun may stand back from a passive verb. */
const MAX_BEFORE_VERB = 6;
/** Words a list of who the counted were ("هم رجل وزوجته وأطفالهما الثلاثة") may run. */
const MAX_WHO_THEY_WERE = 8;

/**
 * Where to look for the count of the passive verb at `cue`: a few words back, or, where who the
 * counted were is told between ("5 مدنيين هم رجل وزوجته وأطفالهما الثلاثة قضوا", "ستة مدنيين بينهم
 * امرأتان وثلاثة أطفال قتلوا"), a few words before that list, however long it runs.
 */
function countFrom(tokens: readonly Token[], numbers: Numbers, cue: number, plural: boolean): number {
  // (further back past a second group joined to the partitive's, "والقوات الأمنية": joined-body.ts)
  const joined = joinedBodyBefore(tokens, cue);
  // (and past an age told before a singular verb, "أن نجل المختار، البالغ من العمر 16 عاماً، أصيب":
  // age-aside.ts; the ages of several, "الطفلين محمد وأحمد (7 و9 أعوام) فارقا", are of ones counted before)
  const aged = plural ? 0 : ageAsideBefore(tokens, numbers, cue);
  const near = Math.max(0, cue - MAX_BEFORE_VERB - joined - aged);
  // (a list set off by commas runs to its closing comma: set-off-list.ts)
  const setOff = setOffListAt(tokens, cue);
  if (setOff >= 0) return numberBefore(tokens, numbers, setOff) ?? Math.max(0, setOff - 3);
  for (let i = cue - 1; i >= Math.max(0, cue - MAX_WHO_THEY_WERE); i--) {
    // (a list never runs past "أن" opening what is told next: "قتل سبعة بينهم قيادي، مضيفاً أن
    // ثلاثة من مقاتليه قتلوا" — the verb's count is after it)
    if (THAT_AR.has(tokens[i]!.word)) break;
    if (AMONG_AR.has(tokens[i]!.word))
      return (
        joinedAfterAmong(tokens, numbers, i, cue) ??
        Math.min(near, numberBefore(tokens, numbers, i) ?? Math.max(0, i - 3))
      );
  }
  return near;
}

/** A noun that is the casualty itself ("جريحاً", "قتيلاً"): a count of its own kind before it. */
const CASUALTY_NOUN = new RegExp(`^(?:${CUES.killedNoun.source}|${CUES.woundedNoun.source})$`, 'u');

/**
 * "جثث سبعة مدنيين، بينهم طفلان، و25 جريحاً أصيبوا": a count of casualties joined by "و" after the
 * list of who were among the first ones (at `among`) is an item of its own, the one the verb after it
 * tells of ("بينهم 3 أطفال وامرأتان" stays in the list: no casualty noun counted); its index, or null.
 */
function joinedAfterAmong(
  tokens: readonly Token[],
  numbers: Numbers,
  among: number,
  cue: number,
): number | null {
  for (let j = among + 2; j < cue; j++)
    if (
      numbers.has(tokens[j]!.start) &&
      tokens[j - 1]!.word === AND_AR &&
      CASUALTY_NOUN.test(tokens[j + 1]?.word ?? '')
    )
      return j;
  return null;
}

/**
 * The number a few words before the list at `list`, the count standing a partitive back from it
 * ("11 مدنياً من عائلتين، بينهم الأطفال الأربعة، قضوا", "15 شخصاً من قرية واحدة بينهم…"; not the
 * "واحدة" that tells the one village), else null.
 */
function numberBefore(tokens: readonly Token[], numbers: Numbers, list: number): number | null {
  for (let j = list - 1; j >= Math.max(0, list - MAX_BEFORE_VERB); j--)
    if (numbers.has(tokens[j]!.start) && !ONE_WORDS.has(tokens[j]!.word)) return j;
  return null;
}

const YEARS = new Set(['عاما', 'عام', 'سنة', 'سنوات', 'أعوام'].map(normalizeForMatch));

/** Digits the count left out: an age ("8 و11 عاماً"), never a count. */
const isAge = (t: Token | undefined, numbers: Numbers): boolean =>
  !!t && /^\d/u.test(t.word) && !numbers.has(t.start);

/**
 * "ما أدى إلى مقتله" (his death: one), "أسفر عن إصابتهما" (their wounding: two), "مقتله مع ولديه"
 * (three); "مقتلهم" says no number, and "محاولة اغتياله" is an attempt.
 */
export function pronounCount(text: string, kind: 'killed' | 'wounded'): number | null {
  for (const m of text.matchAll(pronounPatterns[kind])) {
    const before = (m[1] ?? '').trim();
    // "توفي متأثرا بإصابته": he died of it, told as dead already
    if (before === ATTEMPT || before.startsWith(DIED_OF)) continue;
    // "ذكرى استشهاده": an anniversary (casualty-words.ts)
    if (before === ANNIVERSARY) continue;
    // "على حي مقتلة": the name of a quarter or a village, spelt as "his killing" once folded
    if (PLACE_KIND.test(before)) continue;
    // "بسبب إصابته بفيروس كورونا": a disease caught, no wound (caught-disease.ts)
    if (caughtDisease(text, m.index + m[0].length)) continue;
    // "خرج المشفى عن الخدمة بعد إصابته بقذيفتين": a facility hit, no one wounded (out-of-service.ts)
    if (kind === 'wounded' && outOfServiceHit(text, m.index + (m[1]?.length ?? 0))) continue;
    // "ما أدى إلى مقتله مع ولديه": his death with his kin's, counted with him
    // (or joined to it: "ما أسفر عن إصابته ومرافقَيه", he and his two escorts, three)
    // (past a pronoun told again for stress: "مقتله هو ونجليه وزوجته", he, his two sons and his wife)
    // (past the doers of a verb told with its object: "اغتاله مسلحون مجهولون مع نجله", doers-before-kin.ts)
    // (past the wounds told of him: "إصابته بجروح بالغة وإصابة سائقه", he and his driver, wound-nouns.ts)
    const told = text.slice(m.index + m[0].length);
    // "إصابتها بجروح": her wounds; "إصابتها" alone is as often a building's damage
    if (kind === 'wounded' && m[2] === 'ها' && pastWoundsTold(told) === told) continue;
    const after = pastStressedPronoun(pastDoersBeforeKin(kind === 'wounded' ? pastWoundsTold(told) : told));
    const self = m[2] === 'هما' ? 2 : 1;
    // ("مقتله واثنين من حراسه", "مقتله مع ثلاثة من حراسه": he and that many of his men, some-of-his-joined.ts)
    const some = someOfHisJoined(after);
    if (some) return self + some.count + moreKinJoined(some.rest);
    const joined = WITH_KIN.exec(after);
    const kin = joined?.[1] ?? joined?.[2];
    const kinCount = kin ? arabicNounCount(kin) : null;
    const more = joined && kinCount !== null ? moreKinJoined(after.slice(joined[0].length)) : 0;
    // (or by the noun told again: "استشهاده واستشهاد حفيده", he and his grandson, two)
    return self + (kinCount ?? kinToldAgain(after, kind) ?? 0) + more;
  }
  return null;
}

/** The kind of place a name follows: "حي", "منطقة", "قرية". */
const PLACE_KIND = new RegExp(
  `^(?:${QUARTER_BEFORE}|${anyOf(['قرية', 'بقرية', 'وقرية', 'بلدة', 'ببلدة', 'وبلدة', 'مدينة', 'بمدينة'])})$`,
  'u',
);

/**
 * "مع ولديه", "مع زوجته": who died with the one the pronoun stands for, perhaps after how soon ("ما
 * أدى إلى مقتله على الفور مع مرافقه": he and his companion, two), or one joined to him by "و"
 * ("إصابته ومرافقيه"), perhaps after the pronoun that stresses him ("استشهاده هو ومرافقه": two) or
 * after how soon, which says how both died ("مقتله في الحال ونجله": he and his son, two).
 */
const WITH_KIN = new RegExp(
  `^(?:\\s+(?:${anyOf(['على الفور', 'في الحال', 'فورا', 'فوراً'])}))?(?:\\s+${normalizeForMatch('مع')}\\s+([\\p{L}]+)|\\s+(?:(?:${anyOf(['هو', 'هي'])})\\s+)?${normalizeForMatch('و')}([\\p{L}]+))`,
  'u',
);

/** The wounds someone died of: "بجراح", "بجروح". */
const WOUNDS = new Set(WOUND_NOUNS_AR.map(normalizeForMatch));

/**
 * "توفي مدنيان متأثرين بجراح أصيبا بها": the wounding verb right after "wounds" tells how the wounds
 * the dead died of came about, not more wounded.
 */
export function woundsDiedOf(text: string, tokens: readonly Token[], cue: number): boolean {
  const wounds = tokens[cue - 1];
  const verb = tokens[cue];
  // not "أصيب اثنان بجروح، وأصيب ثلاثة": a verb of its own after a break or an "and"
  return (
    !!wounds &&
    !!verb &&
    WOUNDS.has(wounds.word) &&
    !verb.word.startsWith('و') &&
    /^\s+$/u.test(text.slice(wounds.end, verb.start))
  );
}

const WAS = new Set(['كان', 'وكان', 'كانت', 'وكانت'].map(normalizeForMatch));

const KIN_REACH = 24;

/**
 * Someone's kin joined to the victim after the place told of him ("قتل مختار قرية تل الرمان
 * التابعة لناحية القيارة، جنوب الموصل، ونجليه"): "و" and a person noun with a pronoun, before any
 * other casualty word. Their count, else 0.
 */
export function kinAfterPlace(tokens: readonly Token[], from: number, stops: ReadonlySet<number>): number {
  for (let j = from; j < Math.min(tokens.length, from + KIN_REACH); j++) {
    // ("مقتل شقيقين واعتقال والدهما": the kin past another fate met that one, other-fate.ts)
    if (stops.has(j) || otherFateOrNounAt(tokens, j)) return 0;
    // "مقتل خمسة مدنيين بينهم امرأة وطفلها": the kin are among the ones counted, not more of them
    if (AMONG_AR.has(tokens[j]!.word)) return 0;
    // "وإصابة نجله أحمد (22 عاماً) وأحد جيرانه": one of someone's group, after the one named
    // (joined by "و" as kin are; not the "واحد" of "شخص واحد", an unpossessed person noun before it)
    const prev = tokens[j - 1]?.word ?? '';
    const oneAfterNoun = arabicNounCount(prev) !== null && !POSSESSED.some((x) => prev.endsWith(x));
    const group = oneAfterNoun || !tokens[j]!.word.startsWith('و') ? null : oneOfGroupAt(tokens, j, true);
    // ("ومرافق له": a companion of his, as "ومرافقه" is; companion-past-description.ts)
    const n =
      group !== null || companionOfOne(tokens[j]!.word, tokens[j + 1]?.word ?? '')
        ? 1
        : joinedKin(tokens[j]!.word);
    if (n !== null && group === null && kinOfOneNamedAfter(tokens, j, from)) return 0;
    // "، وزوجته أصيبت": the subject of a verb of its own (not before the next item of the toll told by
    // its noun: "مقتل مختار قرية ونجله وإصابة ثلاثة", joined-casualty-noun.ts)
    if (n === null) continue;
    if (joinedCasualtyNoun(tokens[j + 1]?.word ?? '')) return n;
    return stops.has(j + 1) || stops.has(j + 2) ? 0 : n;
  }
  return 0;
}

/** "ونجليه", "وزوجته": "و" and someone's kin — how many, else null. */
export function joinedKin(word: string): number | null {
  if (!word.startsWith('و') || !POSSESSED.some((x) => word.endsWith(x))) return null;
  return arabicNounCount(word);
}

/** "قتيلين", "جريحان", "جثتين": the casualty noun itself in the dual; "جثة": one body. */
export function dualCasualtyNoun(word: string): number | null {
  if (/^(?:[وف]?[بل]?)جث(?:ت(?:ين|ان|ا|ي)$)/.test(word)) return 2;
  // "جثة" alone: one body
  if (/^(?:[وف]?[بل]?)جث[ةه]$/.test(word)) return 1;
  return /(ين|ان)$/.test(word) && /^(?:[وف]?[بل]?)(قتيل|جريح|شهيد)/.test(word) ? 2 : null;
}

const SUBJECT_REACH = 8;

/**
 * The verb's object after a subject described at length: a count in the accusative ("رجلا",
 * "مزارعين اثنين") or a number, before any other casualty word. null where the verb's subject is not
 * told first.
 */
export function objectAfterSubject(
  tokens: readonly Token[],
  numbers: Numbers,
  after: number,
  stops: ReadonlySet<number>,
): CountPhrase | null {
  if (!AR_SUBJECTS.has(tokens[after]?.word ?? '')) return null;
  for (let j = after + 1; j <= after + SUBJECT_REACH && j < tokens.length; j++) {
    // "أصيب عناصر الشرطة بالحجارة، مبيناً أن 11 من الجرحى…": a count past "أن" is another clause's
    if (stops.has(j) || THAT.has(tokens[j]!.word)) return null;
    const phrase = countAt(tokens, numbers, j, 'ar');
    const word = tokens[j]!.word;
    // an adjective agrees with the noun before it: "زيا عسكريا" is a uniform, nobody counted
    const accusative =
      word.endsWith('ا') && !word.startsWith('ال') && !(tokens[j - 1]?.word ?? '').endsWith('ا');
    if (phrase && (numbers.has(tokens[j]!.start) || accusative)) return { ...phrase, start: j };
  }
  // "اغتال مسلحون مجهولون يستقلون سيارة …، مساء أمس الأربعاء، الناشطة المدنية …": after the
  // attackers' description and the day set off between, the one person named with the article (whose
  // case the script does not show) is the object
  for (let j = after + 2; j <= after + SUBJECT_REACH + 4 && j < tokens.length; j++) {
    if (stops.has(j) || numbers.has(tokens[j]!.start)) return null;
    const word = tokens[j]!.word;
    if (!DAY_BEFORE.test(tokens[j - 1]!.word)) continue;
    if (word.startsWith(normalizeForMatch('ال')) && arabicNounCount(word) === 1)
      return { value: one(1), next: j + 1, start: j };
  }
  return null;
}

/** The doers' subject at `subject` has an object in the accusative after it, within a verb's reach. */
export function objectToldAfter(
  tokens: readonly Token[],
  subject: number,
  stops: ReadonlySet<number>,
): boolean {
  for (let j = subject + 1; j <= subject + SUBJECT_REACH && j < tokens.length; j++) {
    if (stops.has(j)) return false;
    if (indefiniteAccusative(tokens[j]!.word)) return true;
  }
  return false;
}

/** The last word of a day told: "أمس", "اليوم", a weekday ("مساء أمس الأربعاء"). */
const DAY_BEFORE = new RegExp(
  `^(?:${['أمس', 'اليوم'].map(normalizeForMatch).join('|')}|${ANY_WEEKDAY.source})$`,
  'u',
);

/** The index past an Arabic qualifier starting at i ("ما لا يقل عن خمسة" → the index of "خمسة"), else i. */
export function pastArabicQualifier(tokens: readonly Token[], i: number): number {
  for (const words of AR_QUALIFIERS)
    if (words.length > 1 && words.every((w, k) => tokens[i + k]?.word === w)) return i + words.length;
  return i;
}

/**
 * "أن مقاتلين من صفوفها قتلا": a dual verb makes two of a subject whose sound plural and dual are
 * written alike without vowels (مقاتلَين / مقاتلِين).
 */
function dualBeforeDualVerb(tokens: readonly Token[], at: number, cueText: string): CountPhrase | null {
  const cue = cueText.trim();
  if (!cue.endsWith('ا') || cue.endsWith('وا')) return null;
  const forms = withoutArabicClitic(tokens[at]?.word ?? '').flatMap((w) =>
    w.startsWith('ال') ? [w, w.slice(2)] : [w],
  );
  const dual = forms.some((w) => w.endsWith('ين') && SOUND_PLURAL.has(w.slice(0, -2)));
  return dual ? { value: one(2), next: at + 1, start: at } : null;
}

/** The verb at `cue` has a person or a count right after it: its object, the verb active ("قتل ثلاثة"). */
function objectAfterVerb(tokens: readonly Token[], numbers: Numbers, cue: number): boolean {
  const next = tokens[cue + 1];
  return !!next && (arabicNounCount(next.word) !== null || countAt(tokens, numbers, cue + 1, 'ar') !== null);
}
