/** A count phrase at a token, in either language: numbers and person nouns joined by "and"/"و", attackers told apart. */
import { laterInitialAt } from './dotted-initials.js';
import { groupNameInAt } from './group-name-in.js';
import { VAGUE_QUANTITIES } from './vague-subject.js';
import { memoByString } from '../../text/memo.js';
import { normalizeForMatch } from '../../text/normalize.js';
import {
  AMONG_AR,
  AR_PERSON_STEMS,
  ATTACKERS,
  BE,
  BREAKS,
  EN_PERSONS,
  HOW_BADLY,
  KIN,
  NONE_BEFORE,
  ONE_MORE_AR,
  ONE_OF_THEM_AR,
  THE_OTHER_AR,
  ONE_MORE_EN,
  ONE_WORDS,
  AR_KIN_OWNED,
  DEFINITE_PARENTS,
  AR_COMPANIONS,
  POSSESSED,
  POSSESSIVES,
  QUALIFIER_START,
  RANK,
  SOUND_PLURAL,
  VAGUE_AR,
  VERB_AFTER_ANOTHER,
} from './casualty-words.js';
import { withoutArabicClitic, type Token } from '../reading/tokens.js';
import { kinOfNounAt } from '../victims/kin-of-noun.js';
import { oneOfGroupAt } from '../victims/one-of-group.js';

import type { Numbers, Span2 } from '../reading/count.js';
import type { Language } from '../../content/schema.js';
import { oneObjectAt } from './one-object.js';
import { ownKinStartsAt } from './own-kin-after-name.js';
import { oneToldByWho } from '../victims/one-told-by-who.js';
import { untoldKinAt } from '../victims/untold-kin.js';
import { andAfterGroup } from '../victims/member-of.js';
import { ANOTHER_NOUNS_EN } from '../events/another-nouns.js';
import { definiteCountAt } from './definite-count.js';
import { anyOf } from '../reading/word-pattern.js';
import { phrasalBlowBefore } from './phrasal-blow.js';
import { countedAfterKin } from '../victims/counted-after-kin.js';
import { ownCasualtyCount } from './own-casualty-count.js';
import { pastAge } from '../victims/age-of-kin.js';
import { pastAgeAside } from '../victims/age-aside.js';
import { twoAfterNoun } from './two-after-noun.js';
import { relativeOfThemAt } from '../victims/relative-of-them.js';
import { ownPeopleJoinedAt, ownPeoplePastNamed } from '../victims/own-people-after.js';
import { affiliationAt } from '../victims/affiliated-with.js';
import { namedNextAt } from '../victims/named-next.js';
import { pairRetold } from '../victims/pair-retold.js';
import { constructDualAt, obliqueConstructDualAt } from './construct-dual.js';
import {
  DISTANCE_UNITS,
  DURATION_UNITS,
  MONEY_UNITS,
  ROUND_UNITS,
  YEAR_UNITS,
} from '../reading/measure-units.js';
import { pastPluralCompound } from './plural-compound.js';
import { pastAlliedForce } from './allied-force-named.js';
import { theOneJoined } from './the-one-joined.js';
import { otherSideCountAt } from './other-side-count.js';
import { hedgedSideCountAt } from './hedged-side-count.js';
import { theOtherOneAt } from './the-other-one.js';
import { pastDualApposition } from './dual-apposition.js';
import { pastNisbaApposition, pastPluralNisba } from './nisba-apposition.js';
import { pastPluralParticiple } from './plural-participle.js';
import { pastOtherApposition } from './other-apposition.js';
import { parentWithKinAt } from './parent-with-kin.js';
import { headOfFamilyAt } from './head-of-family.js';
import { bothParentsAt } from '../victims/both-parents.js';
import { pairAfterGroup } from './pair-after-group.js';
import { quotedAfterAnd } from './quoted-joined-count.js';
import {
  companionPastDescription,
  companionPastDescriptionEn,
  ends,
} from '../victims/companion-past-description.js';

const f = normalizeForMatch;
/**
 * A number before these measures how far or how long, counts the shots fired, tells an age or a
 * sum of money: it counts no one.
 */
const MEASURES = new Set(
  [...DISTANCE_UNITS, ...DURATION_UNITS, ...ROUND_UNITS, ...YEAR_UNITS, ...MONEY_UNITS].map(f),
);
/**
 * The words that finish a number before its unit: "مليونين ونصف المليون دينار", "two and a half
 * million dollars". The unit after them is still the number's.
 */
const NUMBER_TAILS = [['ونصف'], ['وربع'], ['المليون'], ['الألف'], ['and', 'a', 'half'], ['million']].map(
  (tail) => tail.map(f),
);

/** The unit word after a number, past the words that finish the number. */
function unitAfter(tokens: readonly Token[], next: number): string {
  let at = next;
  for (let tail = tailAt(tokens, at); tail > 0; tail = tailAt(tokens, at)) at += tail;
  return tokens[at]?.word ?? '';
}

/** How many words of a number's tail begin at `at` (0: none). */
function tailAt(tokens: readonly Token[], at: number): number {
  const tail = NUMBER_TAILS.find((words) => words.every((w, k) => tokens[at + k]?.word === w));
  return tail?.length ?? 0;
}
/** "two" as Arabic writes it after its noun ("مسلحان اثنان", "مهاجمين اثنين"). */
const TWO_AFTER = new Set(['اثنان', 'اثنين'].map(f));
/** "و" written apart from what it joins: before digits ("و3"). */
const AND_AR = f('و');
/** "على الأقل" (at least), told after a number. */
const AT = f('على');
const LEAST = f('الأقل');
/**
 * The words that make a count approximate ("at least", "more than", "about"), told before it, or a
 * range's ("between seven and nine": the range is read from its first number).
 */
const QUALIFIER_EN = /^(?:at|least|about|around|nearly|some|more|than|over|between)$/;
export const one = (n: number): Span2 => ({ low: n, high: n });

/**
 * The words between a count and its verb without the "على الأقل" told after the counted noun ("12
 * مقاتلاً على الأقل من الفصائل قتلوا"): a hedge of the count, no words of who was counted.
 */
export function withoutAtLeast(words: readonly string[]): string[] {
  const at = words.findIndex((w, k) => w === AT && words[k + 1] === LEAST);
  return at < 0 ? [...words] : [...words.slice(0, at), ...words.slice(at + 2)];
}

/**
 * The index past an "على الأقل" told at `k`, after a count's noun ("26 عنصراً على الأقل من قوات
 * النظام و31 جهادياً"): the hedge stands between the noun and whose they were, and what is joined
 * after that is read as after any noun; else `k`.
 */
const pastAtLeast = (tokens: readonly Token[], k: number): number =>
  tokens[k]?.word === AT && tokens[k + 1]?.word === LEAST ? k + 2 : k;

/** The count names attackers: "three militants", "three of the attackers", "ثلاثة من المهاجمين". */
export function countsAttackers(tokens: readonly Token[], phrase: CountPhrase): boolean {
  const told = tokens.slice(phrase.start ?? phrase.next, phrase.next).map((t) => t.word);
  // "8 عناصر من قوات النظام والمسلحين الموالين لها، و6 مقاتلين": whose the first were is told by the
  // words right after "من"; the rest of a long group name ("المسلحين الموالين لها") says no attackers
  const of = told.indexOf(f('من'));
  const words = of >= 0 ? told.slice(0, of + 3) : told;
  const after = tokens[phrase.next]?.word;
  if (after === 'of' || after === f('من'))
    words.push(...tokens.slice(phrase.next + 1, phrase.next + 3).map((t) => t.word));
  // (not one joined by "و": "مقتل جندي ومهاجم", a soldier and an attacker, is a victim and an attacker)
  else if (after && !after.startsWith(f('و'))) words.push(after);
  // "11 عنصراً من المهاجمين", "five members of the attacking group": a noun, then whose they were
  // (not another count joined by "و": "مقتل جنديين وثلاثة من المهاجمين")
  const then = tokens[phrase.next + 1]?.word;
  // (not a vague quantity of others joined after the count, "two soldiers and dozens of militants":
  // whose the dozens were says nothing of the two, vague-armed-joined.ts)
  if (
    after &&
    !after.startsWith(f('و')) &&
    !VAGUE_QUANTITIES.has(after) &&
    (then === 'of' || then === f('من'))
  )
    words.push(...tokens.slice(phrase.next + 2, phrase.next + 4).map((t) => t.word));
  // "قتل مهاجمان اثنان": Arabic puts "two" after its noun, as an adjective; that noun is the counted one
  // (so does it "another": "مقتل الانتحاري ومهاجم آخر", the bomber and another attacker)
  const start = phrase.start ?? phrase.next;
  const adjective = tokens[start]?.word ?? '';
  if (TWO_AFTER.has(adjective) || ONE_MORE_AR.has(adjective)) words.push(tokens[start - 1]?.word ?? '');
  return words.some((w) => ATTACKERS.has(w) || withoutArabicClitic(w).some((x) => ATTACKERS.has(x)));
}

/** A person noun in English, singular or plural: "officer", "officers", "policemen". */
function englishPerson(word: string): boolean {
  return (
    EN_PERSONS.has(word) ||
    (word.endsWith('s') && EN_PERSONS.has(word.slice(0, -1))) ||
    /^(?:people|persons|men|women|children|police|policemen|gunmen|militiamen|guardsmen|personnel|troops|relatives)$/.test(
      word,
    ) ||
    FIGHTERS_OF_A_SIDE.test(word)
  );
}

/**
 * The fighters of a side of a war, as a monitor counts them ("nine rebels and four soldiers",
 * "16 jihadists and 11 troops"): person nouns too, so the side told after them is joined to the count.
 */
const FIGHTERS_OF_A_SIDE = /^(?:rebels?|insurgents?|marines?|loyalists?|combatants?|tribesmen)$/u;

const ARTICLES_EN = new Set(['a', 'an', 'the']);

/**
 * The index after a counted person noun that a few describing words may precede ("two Iraqi police
 * officers", "three young shepherds"), or null where no such noun comes before a break.
 */
function pastEnglishNoun(tokens: readonly Token[], numbers: Numbers, from: number): number | null {
  for (let j = from, reach = from + 3; j < reach; j++) {
    const w = tokens[j]?.word;
    const compound = pastPluralCompound(tokens, j);
    if (compound !== null) return compound;
    // ("six Islamic State (IS) militants": the group's initials glossed after its name, which the
    // matching form reads as "is", are a word of the name, not the verb)
    if (w === 'is' && tokens[j - 1]?.word === 'state') {
      reach++;
      continue;
    }
    // ("four H.T.S. members": the letters of dotted initials after the first are no more words, dotted-initials.ts)
    if (laterInitialAt(tokens, j)) {
      reach++;
      continue;
    }
    if (w === undefined || BREAKS.has(w) || BE.has(w) || w === 'and' || numbers.has(tokens[j]!.start))
      return null;
    // ("a family of five - a man, his wife and three of their children": an article opens a noun
    // phrase of its own, who the counted were told again, never a word describing the counted noun)
    if (ARTICLES_EN.has(w)) return null;
    // ("two suspected al-Qaida in Iraq gunmen": the land in the group's name read past, group-name-in.ts;
    // its "al-", a token of its own, is of the one word after it)
    const inLand = groupNameInAt(tokens, j + 1);
    if (inLand > 0) {
      reach += inLand + (tokens[j - 1]?.word === 'al' ? 1 : 0);
      j += inLand;
      continue;
    }
    if (englishPerson(w)) {
      let next = j + 1;
      while (englishPerson(tokens[next]?.word ?? '')) next++;
      // ("19 rebels and jihadists": a side named by two nouns, one count, no other side joined)
      const sideNamedOn =
        FIGHTERS_OF_A_SIDE.test(tokens[next - 1]!.word) &&
        tokens[next]?.word === 'and' &&
        !numbers.has(tokens[next + 1]?.start ?? -1);
      return sideNamedOn ? null : next;
    }
  }
  return null;
}

/**
 * The count a single Arabic word gives on its own: a dual person noun → 2, a singular one → 1.
 * (Remembered by word, memo.ts: the readers of a clause ask it of the same words, and each answer
 * is a walk over every person stem.)
 */
export const arabicNounCount: (word: string) => number | null = memoByString(nounCountOf, 20_000);

function nounCountOf(word: string): number | null {
  // "قتل المختار", "وأصيب السائق": one person, named as the one of the story
  const forms = withoutArabicClitic(word).flatMap((w) =>
    w.startsWith('ال') && w.length > 4 ? [w, w.slice(2)] : [w],
  );
  for (const form of forms) {
    if (DEFINITE_PARENTS.has(form)) return 1;
    for (const stem of AR_PERSON_STEMS) {
      const base = stem.endsWith('ه') ? stem.slice(0, -1) + 'ت' : stem;
      // the accusative of the singular: "قتلوا معلما", "أصابوا جنديا"
      if (form === stem || form === `${stem}ا`) return 1;
      // one person named as someone's: "مقتل سائقها", "أصيبت والدتهما", "ومرافقه"
      if (POSSESSED.some((suffix) => form === `${base}${suffix}`)) return 1;
      // two of someone's, the dual's ن dropped before the pronoun: "ونجليه", "شقيقيها", a feminine
      // noun's ة as ت: "وشقيقتيه", "ابنتيها" (not where the sound plural is spelt the same: "مع
      // مقاتليها", "من منتسبيها" are her fighters, her members)
      if (POSSESSED.some((suffix) => form === `${base}ا${suffix}`)) return 2;
      if (!SOUND_PLURAL.has(stem) && POSSESSED.some((suffix) => form === `${base}ي${suffix}`)) return 2;
      if (form === `${base}ان` || form === `${base}ا ن`) return 2;
      if (form === `${base}ين` && !SOUND_PLURAL.has(stem)) return 2;
    }
    if (AR_KIN_OWNED.some((kin) => POSSESSED.some((suffix) => form === `${kin}${suffix}`))) return 1;
    // ("رفيقاه", "صديقتان": two companions, companionCount below)
    const companions = companionCount(form);
    if (companions !== null) return companions;
  }
  return null;
}

/**
 * How many companions a word names (AR_COMPANIONS): two by the dual, bare or owned with its ن dropped
 * ("صديقتان", "رفيقاه", "زميليه"; their plurals are broken). One alone is not counted: "صديقه أصيب"
 * is most often a witness's friend, hit in the event counted already.
 */
function companionCount(form: string): number | null {
  for (const stem of AR_COMPANIONS) {
    const base = stem.endsWith('ه') ? stem.slice(0, -1) + 'ت' : stem;
    if (form === `${base}ان` || form === `${base}ين`) return 2;
    if (POSSESSED.some((suffix) => form === `${base}ا${suffix}` || form === `${base}ي${suffix}`)) return 2;
  }
  return null;
}

/**
 * The index of the next person counted within a short qualifier from i, or null: "ومرافقه",
 * "وطفل" after "في …"/"من …" ("قيادي في التنظيم ومرافقه", "عنصران من الشرطة وطفل"), any person
 * after a rank ("ضابط برتبة ملازم أول وجندي").
 */
function companionAfter(tokens: readonly Token[], numbers: Numbers, i: number): number | null {
  const rank = tokens[i]?.word === RANK;
  if (!rank && !QUALIFIER_START.has(tokens[i]?.word ?? '')) return null;
  const near = personJoinedAfterQualifier(tokens, numbers, i);
  if (rank && near === null) {
    // "ضابط برتبة نقيب في الشرطة واثنان من حراسه": the rank (one word or two), then the force he
    // serves in, and whoever is joined past that is counted as after any qualifier
    const force = [i + 2, i + 3].find((j) => QUALIFIER_START.has(tokens[j]?.word ?? ''));
    return force === undefined ? null : companionAfter(tokens, numbers, force);
  }
  // "قيادي في قوات الصحوة وزوجته واثنين من أبنائه": the readers that look past a long group name stop
  // at the person joined first (his wife), who is counted before the ones after her
  const far =
    (rank ? null : ownPeopleJoinedAt(tokens, numbers, i)) ??
    // ("8 عناصر من قوات النظام والمسلحين الموالين لها، و6 مقاتلين من الفصائل": the other side's dead)
    (rank ? null : otherSideCountAt(tokens, numbers, i)) ??
    // ("قيادي في "قوات سوريا الديمقراطية" ومقاتلان اثنان": two more, past a long name: pair-after-group.ts)
    (rank ? null : pairAfterGroup(tokens, numbers, i, arabicNounCount));
  return near !== null && (far === null || near < far) ? near : far;
}

/**
 * "عنصران من الشرطة وطفل": whoever is named after the group the first were of is counted too
 * ("ضابط برتبة نقيب وأربعة جنود", "ضابط برتبة رائد و3 منتسبين": a number of them as well), two or
 * three words past the qualifier at i; the index of that "و" word, or null.
 */
function personJoinedAfterQualifier(tokens: readonly Token[], numbers: Numbers, i: number): number | null {
  for (let j = i + 2; j <= i + 3; j++) {
    const w = tokens[j]?.word ?? '';
    // ("ثلاثة أشخاص من عائلة واحدة": the و of "واحدة" is the word's own)
    if (!w.startsWith('و') || ONE_WORDS.has(w)) continue;
    const start = tokens[j]!.start;
    if (arabicNounCount(w) !== null || numbers.has(start) || numbers.has(start + 1)) return j;
  }
  return null;
}

/**
 * Where the next person joined to a count begins in Arabic, from token k, or null: "وطفل", "و3"
 * ("و" before digits stands as a word of its own), or one named after a short qualifier
 * ("قيادي في التنظيم ومرافقه").
 */
function arabicJoin(tokens: readonly Token[], numbers: Numbers, k: number, head: number): number | null {
  const token = tokens[k];
  if (!token) return null;
  const word = token.word;
  // ("و28 مقاتلاً" told with a hedge, "وما لا يقل عن 28 مقاتلاً": the number past it, hedged-side-count.ts)
  const hedged = hedgedSideCountAt(tokens, numbers, k);
  if (hedged !== null) return hedged;
  // "شخص واحد": the و of "واحد" is the word's own, not "and"
  if (
    word.startsWith('و') &&
    word.length > 2 &&
    (!ONE_WORDS.has(word) || oneOfGroupAt(tokens, k, false) !== null)
  )
    return k;
  // "امرأة و3 من أطفالها"
  if (word === AND_AR && numbers.has(token.start + 1)) return k;
  return (
    companionAfter(tokens, numbers, k) ??
    namedNextAt(tokens, numbers, k, (w) => arabicNounCount(w) === 1) ??
    companionPastDescription(tokens, numbers, k, head, arabicNounCount) ??
    // ("الشيخ فلان، أحد قياديي الصحوة في القضاء، واثنين من حراسه": his own people, past his post)
    (head === 1 ? ownPeoplePastNamed(tokens, numbers, k, (j) => ends(tokens, numbers, j)) : null)
  );
}

/**
 * A plain word after a number, its counted noun ("ثلاثة عناصر"), not "بينهم" or another "و", nor a
 * casualty noun: "15 قتيلاً و34 جريحاً", "ثلاث جثث و41 جريحاً" are two counts of their own.
 */
function countedNoun(word: string): boolean {
  return /^\p{L}+$/u.test(word) && !word.startsWith('و') && !AMONG_AR.has(word) && !CASUALTY_NOUN.test(word);
}
const CASUALTY_NOUN = new RegExp(
  `^(?:${anyOf(['قتيل', 'قتلى', 'شهيد', 'شهداء', 'ضحية', 'ضحايا', 'جريح', 'جرحى', 'مصاب', 'إصاب', 'جث'])})`,
  'u',
);

export interface CountPhrase {
  value: Span2;
  /** Index of the phrase's first token. */
  start?: number;
  /** Index of the first token after the phrase. */
  next: number;
}

/**
 * A count starting at token i: numbers and counted nouns joined by "و"/"and" — "ثلاثة من رجال
 * الشرطة" → 3, "امرأة وطفلين" → 3, "a village mukhtar" → 1, "two children and a woman" → 3.
 */
export function countAt(
  tokens: readonly Token[],
  numbers: Numbers,
  i: number,
  lang: Language,
): CountPhrase | null {
  let total = one(0);
  let next = i;
  let first = true;
  let afterNumber = false;
  // how many the last item counted: whose companion "ومرافقه" is (companion-past-description.ts)
  let head = 0;
  for (;;) {
    const token = tokens[next];
    if (!token) break;
    const word = token.word;
    const end = next;
    let joined = false;
    let skipped = false;
    if (!first) {
      if (lang === 'en' && word === 'and') {
        next++;
        // "an officer and at least three soldiers": the second count may carry its own qualifier
        while (next < end + 4 && QUALIFIER_EN.test(tokens[next]?.word ?? '')) next++;
        joined = true;
      } else if (lang === 'en' && POSSESSIVES.has(word)) joined = true;
      else if (lang === 'en' && (word === 'of' || affiliationAt(tokens, next) !== null)) {
        const and = andAfterGroup(
          tokens,
          affiliationAt(tokens, next) ?? next,
          (t) => numbers.has(t.start),
          (at) => countItem(tokens, numbers, at, lang, false) !== null || theOneJoined(tokens, at) !== null,
        );
        if (and !== null) {
          next = and + 1;
          joined = true;
        }
      }
      // ("a police officer from the anti-terrorism unit and his driver": companion-past-description.ts)
      const companion =
        !joined && lang === 'en' ? companionPastDescriptionEn(tokens, numbers, next, head) : null;
      if (companion !== null) {
        next = companion;
        joined = true;
      }
      if (!joined && lang === 'ar') {
        // "قتل ثلاثة عناصر وطفل": a number's counted noun stands between it and the next one joined
        // ("طالبة (14 عاما) ورجل": past the age told of the one before: age-aside.ts; "طفلان شقيقان
        // وامرأة": past the dual told of the two before: dual-apposition.ts; "وسيدة أخرى ورجلان": past
        // the "another" told of the one before: other-apposition.ts; "جندي عراقي واثنان من …": past the
        // nationality told of the one before: nisba-apposition.ts)
        const own = arabicJoin(
          tokens,
          numbers,
          pastOtherApposition(
            tokens,
            pastDualApposition(
              tokens,
              pastNisbaApposition(tokens, numbers, pastAgeAside(tokens, numbers, next), arabicNounCount),
              arabicNounCount,
            ),
            arabicNounCount,
          ),
          head,
        );
        const at =
          own ??
          (afterNumber && countedNoun(tokens[next]!.word)
            ? // ("ستة عسكريين أتراك ومدني": past the nationality of the group counted, nisba-apposition.ts;
              // "خمسة مقاتلين معارضين وجنديين": past the participle the side is named by, plural-participle.ts;
              // "26 عنصراً على الأقل من قوات النظام … و31 جهادياً": past an "at least" told after it)
              arabicJoin(
                tokens,
                numbers,
                pastAtLeast(
                  tokens,
                  pastPluralParticiple(tokens, numbers, pastPluralNisba(tokens, next + 1), arabicNounCount),
                ),
                head,
              )
            : null);
        // ("اثنان من عائلة واحدة، أب وابنه": the two named again, pair-retold.ts)
        if (at !== null && pairRetold(tokens, at, head, arabicNounCount)) break;
        if (at !== null) {
          skipped = own === null;
          next = at;
          joined = true;
        }
      }
      if (!joined) break;
    }
    // "two fighters and the civilian driver": one more, named by what they were
    const theOne = !first && lang === 'en' ? theOneJoined(tokens, next) : null;
    const item =
      countItem(tokens, numbers, next, lang, !first && lang === 'ar') ??
      (theOne === null ? null : { value: one(1), next: theOne });
    // "قتل ثلاثة عناصر وإصابة": the noun skipped led to no one more
    if (!item) {
      if (skipped) next = end;
      break;
    }
    // "two soldiers, and three of the attackers": the attackers are counted apart, never added to the victims
    if (!first && countsAttackers(tokens, { ...item, start: next })) {
      next = end;
      break;
    }
    if (!first && ownCasualtyCount(tokens, numbers, next, item.next)) {
      next = end;
      break;
    }
    total = { low: total.low + item.value.low, high: total.high + item.value.high };
    head = item.value.low;
    afterNumber = lang === 'ar' && (numbers.has(tokens[next]!.start) || numbers.has(tokens[next]!.start + 1));
    next = item.next;
    first = false;
  }
  return first ? null : { value: total, next };
}

export function countItem(
  tokens: readonly Token[],
  numbers: Numbers,
  i: number,
  lang: Language,
  glued: boolean,
): CountPhrase | null {
  const token = tokens[i];
  if (!token) return null;
  const number =
    numbers.get(glued ? token.start + 1 : token.start) ??
    numbers.get(token.start) ??
    (glued ? quotedAfterAnd(tokens, numbers, i) : undefined);
  if (number && lang === 'en' && NONE_BEFORE.has(tokens[i - 1]?.word ?? '')) return null;
  if (number) {
    let next = i + 1;
    while (tokens[next] && tokens[next]!.end <= number.end) next++;
    // "a shepherd about 200 metres away was wounded", "على بعد 300 متر": a distance or a time measured
    if (MEASURES.has(unitAfter(tokens, next))) return null;
    // "مقتل 11 على الأقل من عناصر النظام، و8 من مقاتلي الفصائل": Arabic may tell "at least" after the
    // number; the count's noun and whatever is joined to it come after the qualifier
    if (lang === 'ar' && tokens[next]?.word === AT && tokens[next + 1]?.word === LEAST) next += 2;
    // the counted noun: "ثلاثة من رجال الشرطة", "nine people", "three other people"
    if (lang === 'en') {
      while (
        next < i + 4 &&
        tokens[next] &&
        /^(other|others|more|people|persons|person|civilians|civilian|children|child|soldiers|soldier|members|member|men|man|women|woman|gunmen|militants|policemen|policeman|fighters|fighter)$/.test(
          tokens[next]!.word,
        )
      )
        next++;
      // "two Iraqi police officers": a few describing words, then the person noun
      if (next === i + 1) next = pastEnglishNoun(tokens, numbers, next) ?? next;
    }
    // "three of his children"
    if (
      lang === 'en' &&
      tokens[next]?.word === 'of' &&
      POSSESSIVES.has(tokens[next + 1]?.word ?? '') &&
      KIN.test(tokens[next + 2]?.word ?? '')
    )
      next += 3;
    return { value: number.value, next };
  }
  if (lang === 'ar') {
    // ("مقتل الجنود الثلاثة": a definite noun counted by the number after it, definite-count.ts)
    const definite = definiteCountAt(tokens, i, glued, (w) => CASUALTY_NOUN.test(w));
    if (definite !== null) return { value: one(definite.count), next: definite.next };
    // "وأصيب ثالث", "وإصابة آخر": one more
    // "عدد آخر" (another number of them) says nothing of how many
    if (!glued && ONE_MORE_AR.has(token.word) && !VAGUE_AR.has(tokens[i - 1]?.word ?? ''))
      return { value: one(1), next: i + 1 };
    if (ONE_OF_THEM_AR.has(token.word)) return { value: one(1), next: i + 1 };
    // "إصابة سائق وأحد الركاب": one of a group named by the group
    const group = oneOfGroupAt(tokens, i, false);
    if (group !== null) return { value: one(1), next: group };
    if (
      THE_OTHER_AR.has(token.word) &&
      tokens.slice(Math.max(0, i - 5), i).some((t) => ONE_OF_THEM_AR.has(t.word))
    )
      return { value: one(1), next: i + 1 };
    const kin = countedAfterKin(tokens, i);
    if (kin !== null) return { value: one(kin.value), next: kin.next };
    // ("وإصابة قريب لهما": a relative of theirs, relative-of-them.ts)
    const relative = relativeOfThemAt(tokens, i);
    if (relative !== null) return { value: one(1), next: relative };
    const two = twoAfterNoun(tokens, numbers, i);
    if (two !== null) return two;
    // ("قُتل راعيا أغنام": two, the dual's ن dropped before what they were of)
    // (what they were of is of the item: whoever is joined after it is counted on, "نجلا الشيخ وأحد حراسه")
    if (constructDualAt(tokens, i, (w) => arabicNounCount(w) === 1)) return { value: one(2), next: i + 2 };
    // ("قتلت خلية راعيي أغنام": the same dual after a killing verb or noun, its ين shortened to ي)
    if (obliqueConstructDualAt(tokens, i, AR_PERSON_STEMS, SOUND_PLURAL))
      return { value: one(2), next: i + 2 };
    // ("أب ونجليه": the parent, one, before the parent's own kin: parent-with-kin.ts)
    if (parentWithKinAt(tokens, i, arabicNounCount, (at) => numbers.has(at)))
      return { value: one(1), next: i + 1 };
    // ("الأب والأم": both parents, two, whoever of theirs follows: both-parents.ts)
    const parents = bothParentsAt(tokens, i);
    if (parents !== null) return { value: one(2), next: parents };
    // ("رب الأسرة وزوجته": the head of the family, one, before his own kin: head-of-family.ts)
    const head = headOfFamilyAt(tokens, i, arabicNounCount, (at) => numbers.has(at));
    if (head !== null) return { value: one(1), next: head };
    const n = arabicNounCount(token.word);
    return n === null ? null : { value: one(n), next: i + 1 };
  }
  // "killing his wife", "his two children", "her three sons"
  if (POSSESSIVES.has(token.word)) {
    const n = numbers.get(tokens[i + 1]?.start ?? -1);
    let at = n ? i + 2 : pastAge(tokens, i + 1);
    // "his elderly mother", "their two young sons": one describing word may stand before the kin
    const describing = tokens[at + 1]?.word ?? '';
    if (!KIN.test(tokens[at]?.word ?? '') && KIN.test(describing) && !BREAKS.has(tokens[at]?.word ?? ''))
      at++;
    const noun = tokens[at]?.word ?? '';
    // a plural without a number ("his children") does not say how many
    if (KIN.test(noun) && (n || !/s$|children/.test(noun)))
      return { value: n ? n.value : one(1), next: at + 1 };
  }
  // ("the boys' mother", "the man's wife": one, kin-of-noun.ts)
  const kinOfNoun = kinOfNounAt(tokens, numbers, i);
  if (kinOfNoun !== null) return { value: one(1), next: kinOfNoun };
  // "killing one and wounding the other" (the-other-one.ts)
  const other = theOtherOneAt(tokens, i, (t) => numbers.has(t.start));
  if (other !== null) return { value: one(1), next: other };
  // "killing him", "wounding her"
  // (not "her" owning the hurt, "died of her wounds": the one who died, counted where she is named)
  if (token.word === 'him' || (token.word === 'her' && !OWNED_HURT.has(tokens[i + 1]?.word ?? '')))
    return { value: one(1), next: i + 1 };
  // "a third", "a third member", "a Fifth Corps fighter": one more victim; the person noun after the
  // rank is the counted noun, as after a number, so whose member he was ("of the security forces")
  // is read as an owner and what is joined after it ("… and a child") is read on
  // (not "a second blast wounded shoppers": an ordinal before an event counts the blows, not the hit,
  // as "another attack" counts no one)
  if (
    (token.word === 'a' || token.word === 'another') &&
    ONE_MORE_EN.has(tokens[i + 1]?.word ?? '') &&
    !ANOTHER_EVENT.test(tokens[i + 2]?.word ?? '')
  )
    return { value: one(1), next: pastOrdinalsNoun(tokens, i + 2) };
  // "No one was killed", "not one of them": none
  if (token.word === 'one' && NONE_BEFORE.has(tokens[i - 1]?.word ?? '')) return null;
  // "one of his aides", "one of the guards": one person
  if (token.word === 'one' && tokens[i + 1]?.word === 'of') {
    const skip = ['his', 'her', 'their', 'the'].includes(tokens[i + 2]?.word ?? '') ? 1 : 0;
    return { value: one(1), next: i + 3 + skip };
  }
  // "killing a soldier and wounding another": one more, the noun left out
  if (token.word === 'another' && !numbers.has(tokens[i + 1]?.start ?? -1)) {
    const next = tokens[i + 1]?.word;
    // "… and another was wounded", "and another injured": the verb follows the one left unnamed
    if (
      next === undefined ||
      next === 'one' ||
      BREAKS.has(next) ||
      next === 'and' ||
      EN_PERSONS.has(next) ||
      BE.has(next) ||
      VERB_AFTER_ANOTHER.has(next)
    )
      return { value: one(1), next: next === 'one' || (next && EN_PERSONS.has(next)) ? i + 2 : i + 1 };
  }
  // "killing the driver and wounding the official", "shot dead the guard": one person named by what they
  // were, told before
  // (only as the object of the blow: "The volunteer, …, and his wife were wounded" retells one named before)
  if (
    token.word === 'the' &&
    (HIT_VERB_BEFORE.has(tokens[i - 1]?.word ?? '') || phrasalBlowBefore(tokens, i)) &&
    EN_PERSONS.has(tokens[i + 1]?.word ?? '')
  )
    return { value: one(1), next: i + 2 };
  // "a senior Islamic State (ISIS) operative": a few describing words may stand before the noun
  if (token.word === 'a' || token.word === 'an' || token.word === 'one' || token.word === 'another') {
    for (let j = i + 1; j <= i + 5; j++) {
      const w = tokens[j]?.word ?? '';
      // ("a drug smuggler, his wife and …": the words naming the one end where his kin begin, who
      // are the next ones counted, own-kin-after-name.ts)
      if (j > i + 1 && ownKinStartsAt(tokens, j)) break;
      const noun = personNounAt(tokens, j);
      // "a civilian passer-by", "a police officer": one person, told by nouns in a row
      if (noun !== null) {
        let next = noun;
        for (let more = personNounAt(tokens, next); more !== null; more = personNounAt(tokens, next))
          next = more;
        // ("killed a businessman and members of his family": more dead told by no number, untold-kin.ts)
        return untoldKinAt(tokens, next) ? null : { value: one(1), next };
      }
      if (BREAKS.has(w) || w === 'and' || numbers.has(tokens[j]?.start ?? -1)) break;
      // ("A roadside bomb killed the driver and wounded others": the words describing the one counted
      // never run past a verb of the blow, the driver is no "a …" of the bomb; "a badly wounded man"
      // is one person, the participle told how badly)
      if (j > i + 1 && HIT_VERB_BEFORE.has(w) && !HOW_BADLY.has(tokens[j - 1]?.word ?? '')) break;
    }
    // ("and a pro-government militiaman who was guarding them": one-told-by-who.ts)
    const afterBlow = HIT_VERB_BEFORE.has(tokens[i - 1]?.word ?? '') || phrasalBlowBefore(tokens, i);
    const object = oneObjectAt(tokens, i, afterBlow) ?? oneToldByWho(tokens, i);
    if (object !== null) return untoldKinAt(tokens, object) ? null : { value: one(1), next: object };
  }
  // "killed one fighter and wounded another near the border": "another" as the blow's own object is
  // one more person, whatever place or time follows ("another attack", "another three" count no one)
  if (
    token.word === 'another' &&
    HIT_VERB_BEFORE.has(tokens[i - 1]?.word ?? '') &&
    !numbers.has(tokens[i + 1]?.start ?? -1) &&
    !ANOTHER_EVENT.test(tokens[i + 1]?.word ?? '')
  )
    return { value: one(1), next: i + 1 };
  return null;
}

/**
 * "a second policeman", "a Fifth Corps fighter": the person noun the ordinal may stand before, a
 * word of a unit's name between, so that what is joined after it ("… and a child") is read on;
 * `from` where there is none ("a third was wounded").
 */
function pastOrdinalsNoun(tokens: readonly Token[], from: number): number {
  for (let j = from; j <= from + 2; j++) {
    const noun = personNounAt(tokens, j);
    if (noun !== null) return noun;
    const w = tokens[j]?.word ?? '';
    if (BREAKS.has(w) || w === 'and' || BE.has(w) || HIT_VERB_BEFORE.has(w)) break;
  }
  return from;
}

/** The index after an English person noun at j ("civilian"; "passer-by", a hyphen's two words), else null. */
function personNounAt(tokens: readonly Token[], j: number): number | null {
  const w = tokens[j]?.word ?? '';
  if (EN_PERSONS.has(w)) return j + 1;
  return EN_PERSONS.has(`${w}-${tokens[j + 1]?.word ?? ''}`) ? j + 2 : null;
}

/** "her wounds", "her injuries": the hurt "her" owns, after which she is no one more counted. */
const OWNED_HURT = new Set(['wound', 'wounds', 'injury', 'injuries']);

/** "another attack", "another strike": "another" before an event counts no one. */
const ANOTHER_EVENT = new RegExp(`^(?:${ANOTHER_NOUNS_EN.join('|')})$`);

const HIT_VERB_BEFORE = new Set([
  'killing',
  'wounding',
  'injuring',
  'killed',
  'wounded',
  'injured',
  'kills',
  'wounds',
  // "gunmen assassinated a retired schoolteacher": only a person is assassinated, as only one is killed
  'assassinated',
  'assassinating',
  'assassinates',
]);

/**
 * The attackers counted right after the victims, which `countAt` leaves out of the victims' count:
 * "killing two soldiers and three of the attackers", "مقتل جنديين وثلاثة من المهاجمين".
 */
export function attackersJoined(
  tokens: readonly Token[],
  numbers: Numbers,
  victims: CountPhrase,
  lang: Language,
): CountPhrase | null {
  const item =
    countJoined(tokens, numbers, victims, lang) ?? sideJoinedPastOwner(tokens, numbers, victims, lang);
  return item && countsAttackers(tokens, item) ? item : null;
}

/**
 * "مقتل 2 من عناصر الشرطة و3 من المسلحين": the count joined after whose the victims were (a
 * partitive's owner, which `countAt` reads past only to join more victims), as otherSideCountAt
 * finds it — the armed men counted there are attackers, not lost behind the owner's name.
 */
function sideJoinedPastOwner(
  tokens: readonly Token[],
  numbers: Numbers,
  victims: CountPhrase,
  lang: Language,
): CountPhrase | null {
  const at = lang === 'ar' ? otherSideCountAt(tokens, numbers, victims.next) : null;
  if (at === null) return null;
  const item = countItem(tokens, numbers, at, lang, true);
  return item && { ...item, start: at };
}

/**
 * How far "and" may stand past the first count's number: its noun with the words describing it,
 * "two pro-government Sunni tribal fighters and 24 militants" (a hyphened word being two).
 */
const NOUN_REACH = 6;

/** How far "and" may stand past "of" after the first count: the owner's name, "of Iraq's Hashed al-Shaabi paramilitary force". */
const OWNER_REACH = 9;

/**
 * Past the qualifier a joined count may carry, as in countAt: "six soldiers and more than 10
 * militants", "and between seven and nine militants".
 */
export function pastQualifiers(tokens: readonly Token[], at: number): number {
  let next = at;
  while (next < at + 3 && QUALIFIER_EN.test(tokens[next]?.word ?? '')) next++;
  return next;
}

/**
 * The count joined right after another by "and"/"و", whoever it counts: "killing two soldiers and
 * three of the attackers", "killed five insurgents and two soldiers".
 */
export function countJoined(
  tokens: readonly Token[],
  numbers: Numbers,
  victims: CountPhrase,
  lang: Language,
): CountPhrase | null {
  let start = victims.next;
  if (lang === 'en') {
    // the victims' noun may stand before "and": "four shoppers and two of the bombers"; so may whose
    // they were, "seven fighters of the Kurdish militia and more than 40 militants" (a side's name runs
    // on as a partitive's owner does)
    const reach = tokens[victims.next]?.word === 'of' ? OWNER_REACH : NOUN_REACH;
    const and = tokens.slice(victims.next, victims.next + reach).findIndex((t) => t.word === 'and');
    const skipped = tokens.slice(
      victims.next + (reach === NOUN_REACH ? 0 : 1),
      victims.next + Math.max(and, 0),
    );
    if (and < 0 || skipped.some((t) => BREAKS.has(t.word) || numbers.has(t.start))) return null;
    // ("nine soldiers and allied militiamen and 20 militants": an allied force named with the first side)
    start = pastQualifiers(tokens, pastAlliedForce(tokens, numbers, victims.next + and + 1));
  } else {
    // ("مقتل أربعة جنود ونحو 20 مسلحاً": the count joined past a hedge of its own, after the first
    // count's noun, hedged-side-count.ts)
    const hedged =
      hedgedSideCountAt(tokens, numbers, start) ??
      (countedNoun(tokens[start]?.word ?? '') ? hedgedSideCountAt(tokens, numbers, start + 1) : null);
    const item = hedged === null ? null : countItem(tokens, numbers, hedged, lang, false);
    if (item && hedged !== null) return { ...item, start: hedged };
  }
  const item = countItem(tokens, numbers, start, lang, lang === 'ar');
  return item && { ...item, start };
}
