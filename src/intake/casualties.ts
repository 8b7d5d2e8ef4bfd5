import { normalizeForMatch } from '../text/normalize.js';
import { findRanges, toCount, type Count, type Span2 } from './count.js';
import { CUES } from './event-cues.js';
import { findNumbers } from './numbers.js';
import { tokenize, withoutArabicClitic, type Token } from './tokens.js';

import type { MatchView } from './view.js';
import type { Language } from '../content/schema.js';

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
   * Some count was told only by a pronoun ("ما أدى إلى مقتله", "وإصابته متوسطة"): someone the article
   * named before, most often one of the victims already counted.
   */
  byPronoun?: true;
}

/** Numbers of a clause by their offset, a range standing under its first number. */
type Numbers = ReadonlyMap<number, { value: Span2; end: number }>;
const one = (n: number): Span2 => ({ low: n, high: n });

const f = normalizeForMatch;
/** Person nouns whose plural is broken, so that a final ين/ان marks a dual ("جنديين" = 2). */
const AR_PERSON_STEMS = [
  'جندي',
  'طفل',
  'شخص',
  'عنصر',
  'ضابط',
  'رجل',
  'شرطي',
  'مختار',
  'راع',
  'راعي',
  'طبيب',
  'شقيق',
  'ابن',
  'صياد',
  'معلم',
  'مدرس',
  'مهندس',
  'تاجر',
  'صحفي',
  'ناشط',
  'مسعف',
  'صبي',
  'شاب',
  'طالب',
  'سائق',
  'قيادي',
  'فلاح',
  'امرأ',
  'امرأة',
  'طفلة',
  'فتاة',
  'مدني',
  'منتسب',
  'مقاتل',
  'مسلح',
  'عسكري',
  'مواطن',
  'مزارع',
  'عامل',
  'متطوع',
  'إرهابي',
  'آمر',
  'مسؤول',
  'موظف',
  'حارس',
  'أمير',
  'قائد',
  'متظاهر',
  'محتج',
  'مرافق',
  'والد',
  'والدة',
  'زوج',
  'زوجة',
  'نجل',
  'ابنة',
  'شقيقة',
].map(f);
/** Pronoun suffixes on a singular noun: "سائقها" (her driver), "والدتهما" (their mother), "مرافقه". */
const POSSESSED = ['ه', 'ها', 'هما', 'هم'].map(f);
/** Of those, the ones whose sound plural also ends in ين (مدنيين) are duals only with ان. */
const SOUND_PLURAL = new Set(
  [
    'مدني',
    'منتسب',
    'مقاتل',
    'مسلح',
    'عسكري',
    'مواطن',
    'مزارع',
    'عامل',
    'متطوع',
    'إرهابي',
    'مسؤول',
    'موظف',
    'قيادي',
    'فلاح',
    'صياد',
    'معلم',
    'صحفي',
    'ناشط',
    'مسعف',
    'مرافق',
    'متظاهر',
    'محتج',
  ].map(f),
);
const EN_PERSONS = new Set([
  'man',
  'woman',
  'child',
  'boy',
  'girl',
  'soldier',
  'civilian',
  'policeman',
  'officer',
  'fighter',
  'member',
  'person',
  'shepherd',
  'farmer',
  'driver',
  'mukhtar',
  'teenager',
  'militant',
  'commander',
  'worker',
  'student',
  'resident',
  'guard',
  'journalist',
  'doctor',
  'employee',
  'official',
  'teacher',
  'engineer',
  'volunteer',
  'cleric',
  'sheikh',
  'lawyer',
  'nurse',
  'gunman',
  'bomber',
  'pilgrim',
  'trader',
  'merchant',
  'shopkeeper',
  'activist',
  'paramedic',
  'contractor',
  'judge',
  'imam',
  'operative',
  'aide',
  'leader',
  'emir',
  'villager',
  'protester',
  'passer-by',
  'passerby',
  'bystander',
  'pedestrian',
  'mother',
  'father',
  'wife',
  'husband',
  'son',
  'daughter',
  'brother',
  'sister',
]);
const ONE_MORE_AR = new Set(['آخر', 'ثالث', 'ثالثة', 'رابع', 'رابعة', 'خامس'].map(f));
const VAGUE_AR = new Set(['عدد', 'وعدد', 'بعدد'].map(f));
const ONE_MORE_EN = new Set(['third', 'fourth', 'fifth', 'second', 'sixth']);
/** Words that end a count phrase's reach: a count before them does not count the casualties after. */
const BREAKS = new Set([
  'among',
  'including',
  'said',
  'says',
  'saying',
  'adding',
  'that',
  'after',
  'when',
  'as',
  'while',
  'but',
  'than',
  'of',
  'in',
  'on',
  'at',
  'by',
  'since',
]);
const MAX_WORDS_BETWEEN = 5;
const VERB_AFTER_ANOTHER = new Set(['wounded', 'injured', 'hurt', 'killed', 'died']);
/** "No one was killed", "not one": a negation before "one" counts nobody. */
const NONE_BEFORE = new Set(['no', 'not']);
const BE = new Set(['was', 'were', 'had', 'has', 'have', 'been']);
const HOW_BADLY = new Set([
  'lightly',
  'slightly',
  'seriously',
  'critically',
  'badly',
  'severely',
  'moderately',
  'gravely',
  'fatally',
  'also',
]);
/** "in the car", "inside the house": where the counted people were, between them and their verb. */
const WHERE_THEY_WERE =
  /(?<![\p{L}])(?:in|inside)\s+(?:the|a|their|his|her)\s+(?:car|vehicle|bus|truck|house|home|building|shop)(?![\p{L}])/gu;
/** "including a child", "among them two women": who was among the counted, up to their verb. */
const AMONG_THEM =
  /(?<![\p{L}])(?:including|among them|among whom)\s+[^,]*?(?=\s(?:was|were|had|have)(?![\p{L}]))/gu;
/** Who carried out an attack, as a count names them: their deaths are not the victims'. */
const ATTACKERS = new Set(
  [
    'attacker',
    'attackers',
    'militant',
    'militants',
    'gunman',
    'gunmen',
    'assailant',
    'assailants',
    'insurgent',
    'insurgents',
    'terrorist',
    'terrorists',
    'bomber',
    'bombers',
    'jihadist',
    'jihadists',
    'المهاجمين',
    'مهاجمين',
    'المسلحين',
    'مسلحين',
    'الإرهابيين',
    'إرهابيين',
    'إرهابيا',
    'انتحاري',
    'انتحاريين',
    'الانتحاريين',
    'الدواعش',
  ].map(f),
);

/** The count names attackers: "three militants", "three of the attackers", "ثلاثة من المهاجمين". */
function countsAttackers(tokens: readonly Token[], phrase: CountPhrase): boolean {
  const words = tokens.slice(phrase.start ?? phrase.next, phrase.next).map((t) => t.word);
  const after = tokens[phrase.next]?.word;
  if (after === 'of' || after === f('من'))
    words.push(...tokens.slice(phrase.next + 1, phrase.next + 3).map((t) => t.word));
  else if (after) words.push(after);
  return words.some((w) => ATTACKERS.has(w) || withoutArabicClitic(w).some((x) => ATTACKERS.has(x)));
}
const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
/** Family members and companions counted after a possessive: "his wife", "her two sons", "its driver", "his aide". */
const KIN =
  /^(wife|husband|sons?|daughters?|child|children|brothers?|sisters?|mother|father|grandsons?|granddaughters?|relatives?|cousins?|nephews?|nieces?|driver|drivers|aides?|companions?|bodyguards?|guards?|passengers?|owner)$/;

/** A person noun in English, singular or plural: "officer", "officers", "policemen". */
function englishPerson(word: string): boolean {
  return (
    EN_PERSONS.has(word) ||
    (word.endsWith('s') && EN_PERSONS.has(word.slice(0, -1))) ||
    /^(?:people|persons|men|women|children|police|policemen|gunmen|personnel|troops|relatives)$/.test(word)
  );
}

/**
 * The index after a counted person noun that a few describing words may precede ("two Iraqi police
 * officers", "three young shepherds"), or null where no such noun comes before a break.
 */
function pastEnglishNoun(tokens: readonly Token[], numbers: Numbers, from: number): number | null {
  for (let j = from; j < from + 3; j++) {
    const w = tokens[j]?.word;
    if (w === undefined || BREAKS.has(w) || BE.has(w) || w === 'and' || numbers.has(tokens[j]!.start))
      return null;
    if (englishPerson(w)) {
      let next = j + 1;
      while (englishPerson(tokens[next]?.word ?? '')) next++;
      return next;
    }
  }
  return null;
}

/** The count a single Arabic word gives on its own: a dual person noun → 2, a singular one → 1. */
function arabicNounCount(word: string): number | null {
  // "قتل المختار", "وأصيب السائق": one person, named as the one of the story
  const forms = withoutArabicClitic(word).flatMap((w) =>
    w.startsWith('ال') && w.length > 4 ? [w, w.slice(2)] : [w],
  );
  for (const form of forms) {
    for (const stem of AR_PERSON_STEMS) {
      const base = stem.endsWith('ه') ? stem.slice(0, -1) + 'ت' : stem;
      // the accusative of the singular: "قتلوا معلما", "أصابوا جنديا"
      if (form === stem || form === `${stem}ا`) return 1;
      // one person named as someone's: "مقتل سائقها", "أصيبت والدتهما", "ومرافقه"
      if (POSSESSED.some((suffix) => form === `${base}${suffix}`)) return 1;
      // two of someone's, the dual's ن dropped before the pronoun: "ونجليه", "شقيقيها"
      if (POSSESSED.some((suffix) => form === `${stem}ي${suffix}` || form === `${base}ا${suffix}`)) return 2;
      if (form === `${base}ان` || form === `${base}ا ن`) return 2;
      if (form === `${base}ين` && !SOUND_PLURAL.has(stem)) return 2;
    }
  }
  return null;
}

const QUALIFIER_START = new Set(['في', 'من'].map(f));
/** "ضابط برتبة ملازم أول": a rank after the person noun. */
const RANK = f('برتبة');

/**
 * The index of the next person counted within a short qualifier from i, or null: "ومرافقه",
 * "وشقيقه" after "في …"/"من …" ("قيادي في التنظيم ومرافقه"), any person after a rank ("ضابط برتبة
 * ملازم أول وجندي").
 */
function companionAfter(tokens: readonly Token[], i: number): number | null {
  const rank = tokens[i]?.word === RANK;
  if (!rank && !QUALIFIER_START.has(tokens[i]?.word ?? '')) return null;
  for (let j = i + 2; j <= i + 3; j++) {
    const w = tokens[j]?.word ?? '';
    if (!w.startsWith('و')) continue;
    if (rank && arabicNounCount(w) !== null) return j;
    if (POSSESSED.some((x) => w.endsWith(x)) && arabicNounCount(w) === 1) return j;
  }
  return null;
}

interface CountPhrase {
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
function countAt(tokens: readonly Token[], numbers: Numbers, i: number, lang: Language): CountPhrase | null {
  let total = one(0);
  let next = i;
  let first = true;
  for (;;) {
    const token = tokens[next];
    if (!token) break;
    const word = token.word;
    const end = next;
    let joined = false;
    if (!first) {
      if (lang === 'en' && word === 'and') {
        next++;
        joined = true;
      } else if (lang === 'en' && POSSESSIVES.has(word)) joined = true;
      // "شخص واحد": the و of "واحد" is the word's own, not "and"
      else if (lang === 'ar' && word.startsWith('و') && word.length > 2 && !ONE_WORDS.has(word))
        joined = true;
      // "مقتل قيادي في التنظيم ومرافقه": the one named, then his companion after a short qualifier
      if (!joined && lang === 'ar') {
        const companion = companionAfter(tokens, next);
        if (companion !== null) {
          next = companion;
          joined = true;
        }
      }
      if (!joined) break;
    }
    const item = countItem(tokens, numbers, next, lang, !first && lang === 'ar');
    if (!item) break;
    // "two soldiers, and three of the attackers": the attackers are counted apart, never added to the victims
    if (!first && countsAttackers(tokens, { ...item, start: next })) {
      next = end;
      break;
    }
    total = { low: total.low + item.value.low, high: total.high + item.value.high };
    next = item.next;
    first = false;
  }
  return first ? null : { value: total, next };
}

function countItem(
  tokens: readonly Token[],
  numbers: Numbers,
  i: number,
  lang: Language,
  glued: boolean,
): CountPhrase | null {
  const token = tokens[i];
  if (!token) return null;
  const number = numbers.get(glued ? token.start + 1 : token.start) ?? numbers.get(token.start);
  if (number && lang === 'en' && NONE_BEFORE.has(tokens[i - 1]?.word ?? '')) return null;
  if (number) {
    let next = i + 1;
    while (tokens[next] && tokens[next]!.end <= number.end) next++;
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
    // "وأصيب ثالث", "وإصابة آخر": one more
    // "عدد آخر" (another number of them) says nothing of how many
    if (!glued && ONE_MORE_AR.has(token.word) && !VAGUE_AR.has(tokens[i - 1]?.word ?? ''))
      return { value: one(1), next: i + 1 };
    const n = arabicNounCount(token.word);
    return n === null ? null : { value: one(n), next: i + 1 };
  }
  // "killing his wife", "his two children", "her three sons"
  if (POSSESSIVES.has(token.word)) {
    const n = numbers.get(tokens[i + 1]?.start ?? -1);
    const noun = tokens[n ? i + 2 : i + 1]?.word ?? '';
    // a plural without a number ("his children") does not say how many
    if (KIN.test(noun) && (n || !/s$|children/.test(noun)))
      return { value: n ? n.value : one(1), next: n ? i + 3 : i + 2 };
  }
  // "killing him", "wounding her"
  if (token.word === 'him' || token.word === 'her') return { value: one(1), next: i + 1 };
  if ((token.word === 'a' || token.word === 'another') && ONE_MORE_EN.has(tokens[i + 1]?.word ?? ''))
    return { value: one(1), next: i + 2 };
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
  // "a senior Islamic State (ISIS) operative": a few describing words may stand before the noun
  if (token.word === 'a' || token.word === 'an' || token.word === 'one' || token.word === 'another') {
    for (let j = i + 1; j <= i + 5; j++) {
      const w = tokens[j]?.word ?? '';
      if (EN_PERSONS.has(w)) return { value: one(1), next: j + 1 };
      if (BREAKS.has(w) || w === 'and' || numbers.has(tokens[j]?.start ?? -1)) break;
    }
  }
  return null;
}

/**
 * Killed and wounded counts of one clause, from their cue words: after the cue ("مقتل ثلاثة",
 * "أصيب أربعة جنود", "killing nine people"), or before it in English ("Two children were killed"),
 * or a number before a casualty noun ("5 قتلى", "three dead"). null where the clause gives no number.
 */
export function findCasualties(view: MatchView, lang: Language): Casualties {
  const tokens = tokenize(view.text);
  const found = findNumbers(view);
  const numbers: Map<number, { value: Span2; end: number }> = new Map(
    found.map((n) => [n.start, { value: one(n.value), end: n.end }]),
  );
  // "between 3 and 5", "من 3 إلى 5": one count, given as a range
  for (const [start, range] of findRanges(view, found)) numbers.set(start, { value: range, end: range.end });
  const result: Casualties = { killed: null, wounded: null, attackersKilled: null };
  if (view.text.search(CUES.combined) >= 0) return result;
  // a count after another casualty verb is that verb's: "قتلا وأصيب ستة" does not make six killed
  const cueStarts = [...view.text.matchAll(CUES.killed), ...view.text.matchAll(CUES.wounded)].map(
    (m) => m.index + (m[0].length - m[0].trimStart().length),
  );
  const stops = new Set(
    tokens.flatMap((t, i) => (cueStarts.some((c) => c >= t.start && c < t.end) ? [i] : [])),
  );
  // where each casualty cue ends: a count right after one is its object, no other cue's subject
  const cueEnds = [...view.text.matchAll(CUES.killed), ...view.text.matchAll(CUES.wounded)]
    .filter((m) => !INTRANSITIVE.test(m[0].trim()))
    .map((m) => m.index + m[0].length);
  const objectOfCue = (start: number): boolean =>
    cueEnds.some((e) => e <= start && ONLY_QUALIFIERS.test(view.text.slice(e, start)));
  for (const kind of ['killed', 'wounded'] as const) {
    for (const m of view.text.matchAll(CUES[kind])) {
      const cueEnd = m.index + m[0].length;
      const after = tokens.findIndex((t) => t.start >= cueEnd);
      const before = tokens.findIndex((t) => t.end > m.index + (m[0].length - m[0].trimStart().length));
      const cue = m[0].trim();
      // "six people were killed, two of them children": a passive's count stands before it, and
      // "dead", "died" take no object ("3 dead, 5 hurt")
      const objectAfter = !INTRANSITIVE.test(cue) && !(lang === 'en' && passiveAt(tokens, before));
      const phrase =
        (objectAfter ? forward(tokens, numbers, after, lang, stops, TOLL.test(cue)) : null) ??
        (lang === 'en'
          ? backward(view, tokens, numbers, before, lang, objectOfCue)
          : arabicPassive(tokens, numbers, before, m[0]));
      if (phrase === null) continue;
      // the attackers' dead may be told after the victims' in the same clause: keep looking for them
      if (kind === 'killed' && countsAttackers(tokens, phrase))
        result.attackersKilled ??= toCount(phrase.value);
      else if (result[kind] === null) {
        const late = lang === 'ar' ? kinAfterPlace(tokens, phrase.next, stops) : 0;
        result[kind] = toCount({ low: phrase.value.low + late, high: phrase.value.high + late });
      }
      const attackers = kind === 'killed' ? attackersJoined(tokens, numbers, phrase, lang) : null;
      if (attackers) result.attackersKilled ??= toCount(attackers.value);
      if (kind === 'wounded' || (result.killed !== null && result.attackersKilled !== null)) break;
    }
    // "ما أدى إلى مقتله", "أسفر عن إصابتهما": the noun with a pronoun counts the ones it stands for
    if (result[kind] === null && lang === 'ar') {
      result[kind] = pronounCount(view.text, kind);
      if (result[kind] !== null) result.byPronoun = true;
    }
    if (result[kind] === null) {
      const noun = kind === 'killed' ? CUES.killedNoun : CUES.woundedNoun;
      for (const m of view.text.matchAll(noun)) {
        const at = tokens.findIndex((t) => t.end > m.index + (m[0].length - m[0].trimStart().length));
        const phrase =
          backward(view, tokens, numbers, at, lang, objectOfCue) ??
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
        if (own !== null) {
          result[kind] = own;
          break;
        }
      }
    }
  }
  return result;
}

/**
 * The attackers counted right after the victims, which `countAt` leaves out of the victims' count:
 * "killing two soldiers and three of the attackers", "مقتل جنديين وثلاثة من المهاجمين".
 */
function attackersJoined(
  tokens: readonly Token[],
  numbers: Numbers,
  victims: CountPhrase,
  lang: Language,
): CountPhrase | null {
  let start = victims.next;
  if (lang === 'en') {
    // the victims' noun may stand before "and": "four shoppers and two of the bombers"
    const and = tokens.slice(victims.next, victims.next + 3).findIndex((t) => t.word === 'and');
    const skipped = tokens.slice(victims.next, victims.next + Math.max(and, 0));
    if (and < 0 || skipped.some((t) => BREAKS.has(t.word) || numbers.has(t.start))) return null;
    start = victims.next + and + 1;
  }
  const item = countItem(tokens, numbers, start, lang, lang === 'ar');
  return item && countsAttackers(tokens, { ...item, start }) ? { ...item, start } : null;
}

/** "أحد مقاتلي الجيش أصيب": one of a group, with the verb in the singular. */
const ONE_OF = new Set(['أحد', 'إحدى'].map(f));
const QAD = f('قد');
const ONE_WORDS = new Set(['واحد', 'واحدة', 'واحدا'].map(f));
const THAT = new Set(['أن', 'بأن', 'وأن'].map(f));
const MIN = f('من');
/** "بينهم طفلان", "منهم امرأة": who was among the counted. */
const AMONG_AR = new Set(['بينهم', 'بينها', 'بينهما', 'بينهن', 'منهم', 'منهن', 'وبينهم', 'ومنهم'].map(f));

/**
 * "شخصين قُتلا", "ثلاثة جنود أصيبوا", "ثلاثة من عناصر البيشمركة قد أصيبوا", "أحد مقاتلي الجيش أصيب":
 * a count before a passive verb in Arabic.
 */
function arabicPassive(
  tokens: readonly Token[],
  numbers: Numbers,
  cue: number,
  cueText: string,
): CountPhrase | null {
  if (cue < 1) return null;
  const plural = /(?:ا|وا)$/.test(cueText.trim());
  for (let start = Math.max(0, cue - 6); start < cue; start++) {
    if (!plural) {
      if (ONE_OF.has(tokens[start]?.word ?? '') && cue - start <= 4)
        return { value: one(1), next: start + 1, start };
      // "أن جنديا أصيب": one person, named right before the verb; "، وزوجته أصيبت": someone's kin
      const named = tokens[start]?.word ?? '';
      if (
        start === cue - 1 &&
        ((THAT.has(tokens[start - 1]?.word ?? '') && arabicNounCount(named) === 1) || joinedKin(named) === 1)
      )
        return { value: one(1), next: cue, start };
      continue;
    }
    const phrase = countAt(tokens, numbers, start, 'ar');
    if (!phrase || phrase.next > cue) continue;
    // "ستة مدنيين بينهم طفلان قتلوا": the ones among them are not the count of the verb
    if (AMONG_AR.has(tokens[start - 1]?.word ?? '')) continue;
    let words = tokens.slice(phrase.next, cue).map((t) => t.word);
    const among = words.findIndex((w) => AMONG_AR.has(w));
    if (among >= 0) words = words.slice(0, among);
    const between = words.filter((w) => w !== QAD);
    // the counted noun and an adjective may stand between ("عشرة مدنيين قتلوا"), or a partitive
    if (between.length <= 2 || (between[0] === MIN && between.length <= 4)) return { ...phrase, start };
  }
  return null;
}

const PRONOUN_CASUALTY = {
  killed: ['مقتل', 'استشهاد', 'اغتيال', 'وفات', 'إعدام', 'تصفيت'],
  wounded: ['إصابت', 'جرح'],
} as const;
/** "محاولة اغتياله", "نجا من محاولة لقتله": an attempt, nobody killed. */
const ATTEMPT = f('محاولة');
const DIED_OF = f('متأثر');
const pronounPatterns = Object.fromEntries(
  Object.entries(PRONOUN_CASUALTY).map(([kind, nouns]) => [
    kind,
    new RegExp(`(?<![\\p{L}])([\\p{L}]+\\s+)?[وفبل]?(?:${nouns.map(f).join('|')})(ه|هما)(?![\\p{L}])`, 'gu'),
  ]),
) as Record<'killed' | 'wounded', RegExp>;

/**
 * "ما أدى إلى مقتله" (his death: one), "أسفر عن إصابتهما" (their wounding: two); "مقتلهم" says no
 * number, and "محاولة اغتياله" is an attempt.
 */
function pronounCount(text: string, kind: 'killed' | 'wounded'): number | null {
  for (const m of text.matchAll(pronounPatterns[kind])) {
    const before = (m[1] ?? '').trim();
    // "توفي متأثرا بإصابته": he died of it, told as dead already
    if (before === ATTEMPT || before.startsWith(DIED_OF)) continue;
    return m[2] === 'هما' ? 2 : 1;
  }
  return null;
}

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
  return countAt(tokens, numbers, start, lang);
}

const KIN_REACH = 24;

/**
 * Someone's kin joined to the victim after the place told of him ("قتل مختار قرية تل الرمان
 * التابعة لناحية القيارة، جنوب الموصل، ونجليه"): "و" and a person noun with a pronoun, before any
 * other casualty word. Their count, else 0.
 */
function kinAfterPlace(tokens: readonly Token[], from: number, stops: ReadonlySet<number>): number {
  for (let j = from; j < Math.min(tokens.length, from + KIN_REACH); j++) {
    if (stops.has(j)) return 0;
    // "مقتل خمسة مدنيين بينهم امرأة وطفلها": the kin are among the ones counted, not more of them
    if (AMONG_AR.has(tokens[j]!.word)) return 0;
    const n = joinedKin(tokens[j]!.word);
    // "، وزوجته أصيبت": the subject of a verb of its own
    if (n !== null) return stops.has(j + 1) || stops.has(j + 2) ? 0 : n;
  }
  return 0;
}

/** "ونجليه", "وزوجته": "و" and someone's kin — how many, else null. */
export function joinedKin(word: string): number | null {
  if (!word.startsWith('و') || !POSSESSED.some((x) => word.endsWith(x))) return null;
  return arabicNounCount(word);
}

/** "قتيلين", "جريحان", "جثتين": the casualty noun itself in the dual; "جثة": one body. */
function dualCasualtyNoun(word: string): number | null {
  if (/^(?:[وف]?[بل]?)جث(?:ت(?:ين|ان|ا|ي)$)/.test(word)) return 2;
  // "جثة" alone: one body
  if (/^(?:[وف]?[بل]?)جث[ةه]$/.test(word)) return 1;
  return /(ين|ان)$/.test(word) && /^(?:[وف]?[بل]?)(قتيل|جريح|شهيد)/.test(word) ? 2 : null;
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
  // "مقتل ما لا يقل عن خمسة", "إصابة ما يزيد على عشرة": the qualifier is part of the count
  if (lang === 'ar') after = pastArabicQualifier(tokens, after);
  // "لقي ثلاثة جنود حتفهم", "قتل مسلحون ثلاثة مدنيين": allow one word before the count
  // Arabic may put the date between: "اغتالت أواخر الشهر الماضي مختار قرية"
  const maxSkip = 3;
  for (let skip = 0; skip <= maxSkip; skip++) {
    if (stops.has(after + skip)) return null;
    const phrase = countAt(tokens, numbers, after + skip, lang);
    if (phrase) return { ...phrase, start: after + skip };
    const w = tokens[after + skip]?.word ?? '';
    // "the death toll has risen to 15"
    if (lang === 'en' && !EN_BEFORE_COUNT.test(w) && !(toll && TOLL_VERBS.test(w))) return null;
  }
  return lang === 'ar' ? objectAfterSubject(tokens, numbers, after, stops) : null;
}

/** Who did it, told right after an Arabic verb: "اغتال مسلحون مجهولون يستقلون دراجة نارية رجلا". */
const AR_SUBJECTS = new Set(['مسلحون', 'مسلحين', 'مجهولون', 'مجهولين', 'عناصر', 'مسلحو', 'ملثمون'].map(f));
const SUBJECT_REACH = 8;

/**
 * The verb's object after a subject described at length: a count in the accusative ("رجلا",
 * "مزارعين اثنين") or a number, before any other casualty word. null where the verb's subject is not
 * told first.
 */
function objectAfterSubject(
  tokens: readonly Token[],
  numbers: Numbers,
  after: number,
  stops: ReadonlySet<number>,
): CountPhrase | null {
  if (!AR_SUBJECTS.has(tokens[after]?.word ?? '')) return null;
  for (let j = after + 1; j <= after + SUBJECT_REACH && j < tokens.length; j++) {
    if (stops.has(j)) return null;
    const phrase = countAt(tokens, numbers, j, 'ar');
    const word = tokens[j]!.word;
    // an adjective agrees with the noun before it: "زيا عسكريا" is a uniform, nobody counted
    const accusative =
      word.endsWith('ا') && !word.startsWith('ال') && !(tokens[j - 1]?.word ?? '').endsWith('ا');
    if (phrase && (numbers.has(tokens[j]!.start) || accusative)) return { ...phrase, start: j };
  }
  return null;
}

const EN_BEFORE_COUNT = /^(at|least|some|about|around|nearly|more|than|over|up|to|between|from|another)$/;
const TOLL = /toll/;
const TOLL_VERBS = /^(rose|risen|has|had|reached|climbed|stood|stands|is|was|now|increased|jumped)$/;
/** Casualty words that take no object: the count is before them ("3 dead", "two died"). */
const INTRANSITIVE = /^(?:dead|died|lost their lives)$/;
const PASSIVE_BE = new Set(['was', 'were', 'been', 'being', 'is', 'are']);
/** Between a cue and the count that is its object, only qualifiers ("killing at least 13"). */
const ONLY_QUALIFIERS =
  /^(?:\s+(?:at|least|some|about|around|nearly|more|than|over|up|to|between|from))*\s+$/u;

/** "were killed", "was lightly wounded", "have been killed": the cue at `cue` is a passive. */
function passiveAt(tokens: readonly Token[], cue: number): boolean {
  for (let i = cue - 1; i >= 0 && i >= cue - 3; i--) {
    const w = tokens[i]!.word;
    if (PASSIVE_BE.has(w)) return true;
    if (!HOW_BADLY.has(w)) return false;
  }
  return false;
}

/** The Arabic qualifiers a count may open with, as word lists ("ما لا يقل عن" → ما، لا، يقل، عن). */
const AR_QUALIFIERS = [
  'ما لا يقل عن',
  'ما يزيد عن',
  'ما يزيد على',
  'ما يقارب',
  'أكثر من',
  'ما يناهز',
  'قرابة',
  'نحو',
  'حوالي',
  'زهاء',
].map((q) => f(q).split(' '));

/** The index past an Arabic qualifier starting at i ("ما لا يقل عن خمسة" → the index of "خمسة"), else i. */
function pastArabicQualifier(tokens: readonly Token[], i: number): number {
  for (const words of AR_QUALIFIERS)
    if (words.length > 1 && words.every((w, k) => tokens[i + k]?.word === w)) return i + words.length;
  return i;
}

/** English passive and casualty nouns: the count ends just before the cue, perhaps across "were". */
function backward(
  view: MatchView,
  tokens: readonly Token[],
  numbers: Numbers,
  cue: number,
  lang: Language,
  objectOfCue: (offset: number) => boolean,
): CountPhrase | null {
  if (cue < 0) return null;
  for (let start = Math.max(0, cue - 16); start < cue; start++) {
    const phrase = countAt(tokens, numbers, start, lang);
    if (!phrase || phrase.next > cue) continue;
    // "killed 15 people and wounded dozens": the 15 are the killing's, not the wounded
    if (objectOfCue(tokens[start]!.start)) continue;
    // "Two soldiers and three militants were killed": the attackers told after the victims are
    // counted apart (see findCasualties), the verb is both's
    const attackers = lang === 'en' ? attackersJoined(tokens, numbers, phrase, lang) : null;
    const counted = attackers && attackers.next <= cue ? attackers.next : phrase.next;
    // "Four Iraqi policemen were killed": a few describing words and a form of "be" may stand between
    // an apposition between commas ("Two gunmen, suspected to be IS militants, were killed") does not count
    const gap = view.text.slice(tokens[counted - 1]?.end ?? 0, tokens[cue]?.start ?? 0);
    // so does where the victims were ("A third person in the car was wounded")
    // and so does who was among them ("Two people including a child were killed")
    const bare = gap
      .replace(/,[^,]*,/gu, ' ')
      .replace(WHERE_THEY_WERE, ' ')
      .replace(AMONG_THEM, ' ');
    // "Two soldiers were killed and another was wounded": a count before another casualty verb is
    // that verb's subject, not this one's
    if (lang === 'en' && (` ${bare} `.search(CUES.killed) >= 0 || ` ${bare} `.search(CUES.wounded) >= 0))
      continue;
    let between = tokenize(bare).map((t) => t.word);
    // "Two of the attackers were killed": the partitive names who was counted
    const partitive = between[0] === 'of' ? between.findIndex((w) => ATTACKERS.has(w)) : -1;
    if (partitive > 0 && partitive <= 2) between = between.slice(partitive + 1);
    // "One member of the force was wounded", "Four members of the Popular Mobilisation Forces were
    // killed": whose members the ones counted are, before the verb
    else if (between[0] === 'of') {
      const verb = between.findIndex((w) => BE.has(w));
      if (verb > 0 && verb <= 6) between = between.slice(verb);
    }
    // "was lightly wounded": how badly says nothing of who
    between = between.filter((w) => !HOW_BADLY.has(w));
    // Arabic puts the count right before its casualty noun ("5 قتلى"): nothing may stand between
    if (
      between.length <= (lang === 'ar' ? 0 : MAX_WORDS_BETWEEN) &&
      between.every((w) => !numbers.has(tokens.find((t) => t.word === w)?.start ?? -1) && !BREAKS.has(w))
    ) {
      // "The volunteer, Omar al-Omar, and his wife were wounded": the one whose wife it is, too
      const possessor =
        lang === 'en' && POSSESSIVES.has(tokens[start]?.word ?? '') && tokens[start - 1]?.word === 'and';
      const extra = possessor ? 1 : 0;
      return {
        value: { low: phrase.value.low + extra, high: phrase.value.high + extra },
        next: phrase.next,
        start,
      };
    }
  }
  return null;
}
