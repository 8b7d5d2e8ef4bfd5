import type { Figure, LocalizedText, Language } from '../content/schema.js';
import { normalizeForMatch } from '../text/normalize.js';
import { markReportingDates } from './date-roles.js';
import { findDates } from './dates.js';
import type { ExtractedIncident } from './incident-types.js';
import { areaHeld, countedNoun, translateLabel } from './figure-nouns.js';
import { monthNames } from './months.js';
import { findNumbers } from './numbers.js';
import { ownerBefore, PARTITIVE_PRONOUN, resolvePronoun } from './label-owner.js';
import type { IntakePhrases } from './phrases.js';
import type { NumberMention, Sentence } from './types.js';
import { matchView, type MatchView } from './view.js';
import { countsCaught } from './caught-counts.js';

const f = normalizeForMatch;
const PERCENT = new RegExp(
  `^\\s*(?:%|٪|${['في المئة', 'في المائة', 'بالمئة', 'بالمائة', 'percent', 'per cent'].map(f).join('|')})`,
  'u',
);
const AREA = new RegExp(
  `^\\s*(?:${['كيلومتر مربع', 'كيلو متر مربع', 'كم مربع', 'كم2', 'square kilometres', 'square kilometers', 'square km', 'sq km', 'km2', 'km²'].map(f).join('|')})`,
  'u',
);
const YEAR = /^(?:19|20)\d\d$/;
/** A distance locates a place ("25 km southwest of Kirkuk", "على بعد 10 كم"), it counts nothing. */
const DISTANCE = new RegExp(
  `^\\s*(?:${['km', 'kms', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'metres', 'meters', 'كم', 'كيلومتر', 'كيلومترات', 'كيلومترا', 'كيلو متر', 'متر', 'مترا', 'أمتار', 'ميل', 'أميال'].map(f).join('|')})(?![\\p{L}\\d²])(?!\\s*(?:${['مربع', 'square', 'sq'].map(f).join('|')}))`,
  'u',
);
/** Dates and times written with digits only: "25.10.2022", "2022/10/25", "09:43" — when, never how many. */
const STAMP =
  /(?<![\d.,])(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?)(?![\d])/gu;
/** Counted nouns whose caption the phrase tables can give in the other language. */
const NOUN_CAPTIONS: readonly [RegExp, keyof IntakePhrases['figure']][] = [
  [
    new RegExp(
      `^\\s*(?:${['نسمة', 'شخص', 'مواطن', 'people', 'persons', 'residents', 'inhabitants'].map(f).join('|')})`,
      'u',
    ),
    'people',
  ],
  [new RegExp(`^\\s*(?:${['مقاتل', 'مسلح', 'fighters', 'militants'].map(f).join('|')})`, 'u'), 'fighters'],
  [new RegExp(`^\\s*(?:${['عنصر', 'جندي', 'troops', 'soldiers'].map(f).join('|')})`, 'u'), 'troops'],
  [new RegExp(`^\\s*(?:${['هجوم', 'هجوما', 'هجمات', 'attacks'].map(f).join('|')})`, 'u'), 'attacks'],
  [new RegExp(`^\\s*(?:${['سنوات', 'سنة', 'عاما', 'أعوام', 'years'].map(f).join('|')})`, 'u'), 'years'],
];
const LABEL_WORDS = 5;
export interface FigureContext {
  lang: Language;
  published: string;
  phrases: Readonly<Record<Language, IntakePhrases>>;
  incidents: readonly ExtractedIncident[];
}

/**
 * Key figures: numbers written with digits (with or without a multiplier word: "41 مليون") and
 * spelled-out numbers of a thousand or more. Left out: dates and years, which say when, not how
 * many ("عام 2017", "by 2019": a year is a figure only as a count with its noun, "2000 مقاتل"),
 * casualty counts that already are an incident's, and small spelled-out counts ("خمس سنوات").
 * Each value once.
 */
export function extractFigures(sentences: readonly Sentence[], ctx: FigureContext): Figure[] {
  const out: Figure[] = [];
  const seen = new Set<number>();
  for (const sentence of sentences) {
    const view = matchView(sentence.text);
    const dates = markReportingDates(view.text, findDates(view, { published: ctx.published, anchor: null }));
    const casualtyCounts = new Set(
      ctx.incidents
        .filter((i) => i.sentences.includes(sentence.index))
        .flatMap((i) => [i.killed, i.wounded])
        .flatMap((n) => (n === null ? [] : typeof n === 'number' ? [n] : [n.low, n.high])),
    );
    // "قبل خمس سنوات", "five years ago": the time a count refers to
    const when = dates.find((d) => /(?:^|\s)(?:قبل|ago)(?:\s|$)/u.test(` ${d.text} `))?.text ?? null;
    const stamps = [...view.text.matchAll(STAMP)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    // the figures of this sentence so far: what "منهم", "of them" refers to
    const mine: Figure[] = [];
    const lastBefore = out.at(-1);
    for (const n of findNumbers(view)) {
      if (gluedToWord(view.text, n.start) || identifier(n) || age(view.text, n)) continue;
      if (dates.some((d) => n.start >= d.start && n.end <= d.end)) continue;
      if (stamps.some((d) => n.start < d.end && d.start < n.end)) continue;
      if (readsAsYear(view, n)) continue;
      if (DISTANCE.test(view.text.slice(n.end))) continue;
      // "بعد 11 يوما", "for 48 hours": how long, not how many
      if (DURATION.test(view.text.slice(n.end))) continue;
      // "حالتا وفاة": a count of cases is a statistic however small, spelled out or not
      // "أربع حالات وفاة": so is a count of cases told in words
      // "سبعة بالمئة", "seven percent": and a share
      if (
        !n.digits &&
        n.value < 1000 &&
        !CASES_DUAL.test(f(n.text)) &&
        !CASES_AFTER.test(view.text.slice(n.end)) &&
        !PERCENT.test(view.text.slice(n.end)) &&
        !countsCaught(view.text, n)
      )
        continue;
      if (casualtyCounts.has(n.value)) continue;
      if (seen.has(n.value)) continue;
      seen.add(n.value);
      out.push(figureOf(n, view, ctx, when, mine.at(-1), mine.at(-1) ?? lastBefore));
      mine.push(out.at(-1)!);
    }
  }
  return out;
}

/**
 * Four digits from 1900 to 2099 that no counted noun or unit follows: a year ("in 2014", "بحلول
 * 2019", "2003."), which says when. "2000 مقاتل", "2014 people" are counts.
 */
function readsAsYear(view: MatchView, n: NumberMention): boolean {
  if (!n.digits || !YEAR.test(n.text.trim())) return false;
  const after = view.text.slice(n.end);
  return !(PERCENT.test(after) || AREA.test(after) || NOUN_CAPTIONS.some(([re]) => re.test(after)));
}

/**
 * "أستانة2", "COVID19": a number glued to a word is part of a name, not a count. A proclitic ("و6",
 * "ب3000") or the article ("الـ93", "the 93rd" as the count so far) may be glued.
 */
function gluedToWord(text: string, start: number): boolean {
  const letters = /\p{L}+$/u.exec(text.slice(Math.max(0, start - 12), start))?.[0] ?? '';
  return letters.length >= 2 && !/^[وف]?(?:[بلك]|ال|بال|لل|وال)?$/u.test(letters);
}

/** Ten digits or more written bare: a reference or telephone number, never a count in news copy. */
function identifier(n: NumberMention): boolean {
  return /^\d{10,}$/.test(n.text.trim());
}

/** A span of days, hours, weeks or months after a number: a duration. */
const DURATION = new RegExp(
  `^\\s*(?:${['يوما', 'يوم', 'أيام', 'ساعة', 'ساعات', 'أسبوعا', 'أسابيع', 'شهرا', 'أشهر', 'شهور', 'days', 'day', 'hours', 'hour', 'weeks', 'week', 'months', 'month'].map(f).join('|')})(?![\\p{L}])`,
  'u',
);

/** "a 15-year-old boy", "يبلغ من العمر 22 عاما", "aged 40": an age says who, not how many. */
const AGE_AFTER = /^\s*(?:-?\s*years?[\s-]*old|-?\s*year-old)/u;
const AGE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${['العمر', 'عمره', 'عمرها', 'بعمر', 'aged', 'age of'].map(f).join('|')})\\s*$`,
  'u',
);
function age(text: string, n: NumberMention): boolean {
  return (
    AGE_AFTER.test(text.slice(n.end, n.end + 12)) ||
    AGE_BEFORE.test(text.slice(Math.max(0, n.start - 14), n.start))
  );
}

/** The article's words for an approximate number with what makes it approximate: "more than 20", "نحو 110 آلاف". */
export function qualified(view: MatchView, n: NumberMention): string {
  return view.sourceSpan(n.qualifierStart ?? n.start, n.end).text.trim();
}

const CASES_DUAL = new RegExp(`^${f('حالت')}`, 'u');
const CASES_AFTER = new RegExp(`^\\s*(?:${['حالات', 'حالة', 'cases'].map(f).join('|')})(?![\\p{L}])`, 'u');
const FRAGMENT = new RegExp(`^(?:${['more', 'other', 'others', 'آخرين', 'آخرون'].map(f).join('|')})$`, 'u');

/** The first counted noun the table knows among the few words after a number. */
function nounAfter(after: string, lang: Language): ReturnType<typeof countedNoun> {
  for (const w of wordSpans(after).slice(0, LABEL_WORDS)) {
    const noun = countedNoun(w.word, lang);
    if (noun) return noun;
  }
  return null;
}

const DOLLARS = countedNoun('dollars', 'en')?.label ?? null;

function checksOf(view: MatchView, n: NumberMention): Pick<Figure, 'checks'> {
  return n.approximate ? { checks: [{ reason: 'figure-approximate', detail: qualified(view, n) }] } : {};
}

function figureOf(
  n: NumberMention,
  view: MatchView,
  ctx: FigureContext,
  when: string | null,
  before: Figure | undefined,
  told: Figure | undefined,
): Figure {
  const after = view.text.slice(n.end);
  const unit = PERCENT.test(after) ? '%' : AREA.test(after) ? 'km²' : null;
  const caption =
    unit === '%' ? 'percent' : unit ? 'area' : NOUN_CAPTIONS.find(([re]) => re.test(after))?.[1];
  const written = unit
    ? unitLabel(view, n.start, ctx.phrases[ctx.lang].unit[unit])
    : numberOf(view, n.start) ||
      counted(view, n.end, when) ||
      rangeNoun(view, n.end, when) ||
      nounBefore(view, n.start);
  // "أكثر من 5 ملايين منهم": a share of what the sentence counted just before, with what the
  // article says of the share ("إيزيدي (منهم مجهولا)")
  if (PARTITIVE_PRONOUN.test(f(written)))
    return {
      value: n.value,
      approximate: n.approximate,
      unit,
      label: before ? shareOf(before.label, ctx.lang, share(view, n.end)) : { [ctx.lang]: n.text },
      ...checksOf(view, n),
    };
  // "25 million voters, about 21 million were eligible", "More than 4.8 million have since
  // returned": no noun of its own, it counts what was counted just before
  if (
    !written &&
    !unit &&
    !caption &&
    told &&
    // "الـ93", "the 93rd": a rank, not a count of the thing before
    !/(?:ال|the)\s*$/u.test(view.text.slice(Math.max(0, n.start - 5), n.start)) &&
    // a label that is only a number says nothing to borrow
    /\p{L}/u.test(told.label[ctx.lang] ?? '') &&
    !/[$]\s*$/u.test(view.text.slice(Math.max(0, n.start - 2), n.start))
  )
    return {
      value: n.value,
      approximate: n.approximate,
      unit,
      label: { ...told.label },
      ...checksOf(view, n),
    };
  // "عدد قواتها": whose forces, as the sentence names them
  const wordAt = written ? view.text.lastIndexOf(f(written.split(/\s+/u)[0]!), n.start) : -1;
  const pronoun = resolvePronoun(
    written,
    ctx.lang,
    ownerBefore(view, wordAt >= 0 ? wordAt : n.start, ctx.phrases),
  );
  const own = pronoun.label;
  const other: Language = ctx.lang === 'ar' ? 'en' : 'ar';
  // "11 more were wounded": "more" says nothing of what is counted; the noun after it does
  const fragmentNoun = FRAGMENT.test(f(own)) ? nounAfter(after, ctx.lang) : null;
  // with no noun of its own: what the unit says ("per cent"), or that it is money ("$347 million")
  const money = /[$]\s*$/u.test(view.text.slice(Math.max(0, n.start - 2), n.start)) ? DOLLARS : null;
  const fallback = caption ? ctx.phrases[ctx.lang].figure[caption] : n.text;
  const held = unit === 'km²' ? areaHeld(view.text, ctx.phrases) : null;
  // An area the sentence says a group held is labelled so in both languages: "مساحة (كم²)" alone
  // would not say what the area is; otherwise the article's own words stay.
  const label: LocalizedText = {
    [ctx.lang]: held
      ? held[ctx.lang]
      : fragmentNoun
        ? fragmentNoun.label[ctx.lang]
        : (money?.[ctx.lang] ?? (own || fallback)),
  };
  const translated = held
    ? held[other]
    : money
      ? money[other]
      : fragmentNoun
        ? fragmentNoun.label[other]
        : own &&
          translateLabel(
            own,
            ctx.lang,
            other,
            ctx.phrases[other],
            when && own.endsWith(`(${when})`) ? when : null,
          );
  const owner = pronoun.owner && !pronoun.owner.actor ? pronoun.owner.name[other] : null;
  if (translated && owner && !translated.includes(owner))
    label[other] = other === 'en' ? `${owner} ${translated}` : `${translated} ${owner}`;
  else if (translated) label[other] = translated;
  else if (caption) label[other] = ctx.phrases[other].figure[caption];
  return {
    value: n.value,
    approximate: n.approximate,
    unit,
    label,
    ...checksOf(view, n),
  };
}

/** The article's words from a partitive pronoun to the end of its clause: "منهم مجهولا", "of them children". */
function share(view: MatchView, end: number): string {
  const rest = view.text.slice(end);
  const stop = rest.search(/[.,،؛;:!?؟"«»()]/u);
  const words = wordSpans(stop < 0 ? rest : rest.slice(0, stop)).slice(0, LABEL_WORDS);
  // only a predicate right after the pronoun ("منهم أطفال", "of them children"), not where they went
  // ("عاد مليونان منهم إلى مناطقهم": the share is of the same noun)
  const next = words[1]?.word ?? '';
  if (PHRASE_END.has(next) || AR_PLURAL_VERB.test(next)) return '';
  return words.length > 1 ? view.sourceSpan(end + words[0]!.start, end + words.at(-1)!.end).text.trim() : '';
}

function shareOf(whole: LocalizedText, lang: Language, words: string): LocalizedText {
  const own = whole[lang];
  return words && own ? { ...whole, [lang]: `${own} (${words})` } : { ...whole };
}

/** Words that end a noun phrase: prepositions other than "of", verbs of being and having, conjunctions. */
const PHRASE_END = new Set(
  [
    'على',
    'في',
    'الى',
    'إلى',
    'عن',
    'مع',
    'بعد',
    'قبل',
    'منذ',
    'حتى',
    'خلال',
    'ضد',
    'لكن',
    'ثم',
    'او',
    'أو',
    'وقد',
    'قد',
    'كان',
    'كانوا',
    'هم',
    'التي',
    'الذي',
    'الذين',
    'بين',
    'سيطر',
    'يعيشون',
    'in',
    'on',
    'at',
    'to',
    'into',
    'from',
    'by',
    'for',
    'with',
    'since',
    'after',
    'before',
    'during',
    'against',
    'had',
    'have',
    'has',
    'were',
    'was',
    'are',
    'is',
    'be',
    'been',
    'and',
    'or',
    'but',
    'who',
    'which',
    'that',
    'live',
    'lived',
    'living',
    'said',
    'according',
    'between',
    // a time told after the noun: "12,000 displaced people last year"
    'last',
    'yesterday',
    'today',
    // verbs, never a counted noun: "42,000 went home"
    'went',
    'came',
    'moved',
    'stayed',
  ].map(f),
);
/**
 * After the counted noun, what ends its phrase too: a verb ("remain", "سجلت", "قتلوا"), an adverb
 * ("still"), a pronoun ("هي"). Not as its first word: "2 million displaced" counts the displaced.
 */
const AFTER_HEAD = new Set(
  [
    'remain',
    'remains',
    'remained',
    'still',
    'house',
    'houses',
    'housed',
    'returned',
    'left',
    'fled',
    'killed',
    'wounded',
    'died',
    'received',
    'need',
    'needs',
    'needed',
    'سجلت',
    'سجل',
    'قتل',
    'قتلت',
    'أصيب',
    'تضم',
    'يضم',
    'تفتح',
    'ناجمة',
    'ناجم',
    'ناتجة',
    'ناتج',
    'مجهولا',
    'مجهولين',
    'وإصابة',
    'واصابة',
    'ومقتل',
    'وجرح',
    'هي',
    'هو',
    'هم',
  ].map(f),
);
/** An Arabic word glued to ب or to ل (not the article's لل): a means or a purpose, "بعبوات", "لتأمين". */
const AR_GLUED_PREPOSITION = new RegExp(`^(?:${f('ب')}|${f('ل')}(?!${f('ل')}))[\\p{L}]{3,}$`, 'u');
/** An Arabic verb in the plural of the past ("قتلوا", "نزحوا"), or one of reporting with its object ("سجلتها"). */
const AR_PLURAL_VERB = new RegExp(
  `^[\\p{L}]{2,}${f('وا')}$|^(?:${['سجل', 'قتل', 'أصاب', 'نفذ', 'أعلن', 'رصد', 'وثق'].map(f).join('|')})[\\p{L}]*(?:ها|هم|ه)$`,
  'u',
);

function endsPhrase(word: string, head: boolean): boolean {
  if (PHRASE_END.has(word)) return true;
  return !head && (AFTER_HEAD.has(word) || AR_GLUED_PREPOSITION.test(word) || AR_PLURAL_VERB.test(word));
}

/** Words between a noun and its number: "مساحة تقارب 110 آلاف", "an area of about 110,000". */
const APPROACH = new Set(
  [
    'تقارب',
    'تقدر',
    'نحو',
    'حوالي',
    'قرابة',
    'زهاء',
    'بلغت',
    'بلغ',
    'تبلغ',
    'يبلغ',
    'اكثر',
    'أكثر',
    'من',
    'ب',
    'about',
    'around',
    'nearly',
    'some',
    'of',
    'than',
    'more',
    'over',
    'almost',
    'roughly',
    'approximately',
    'estimated',
    'an',
    'a',
    'the',
    'to',
    'reached',
    'as',
    'only',
    'just',
  ].map(f),
);
const MULTIPLIERS = new Set(
  [
    'ألف',
    'آلاف',
    'الف',
    'مليون',
    'ملايين',
    'مليار',
    'تريليون',
    'thousand',
    'million',
    'billion',
    'trillion',
  ].map(f),
);

function wordSpans(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * The counted noun right after the number and what qualifies it ("مقاتل من داعش", "people in
 * need" stops at "in"), as a noun phrase in the article's words; the time it refers to is added
 * when the sentence says it ("قبل خمس سنوات", "five years ago").
 */
function counted(view: MatchView, end: number, when: string | null): string {
  const rest = view.text.slice(end);
  const stop = rest.search(/[.,،؛;:!?؟"«»()]/u);
  const words = wordSpans(stop < 0 ? rest : rest.slice(0, stop));
  const taken: typeof words = [];
  for (const w of words) {
    if (taken.length === 0 && MULTIPLIERS.has(w.word)) continue;
    // "15 من عناصرها": the partitive's noun is what is counted
    if (taken.length === 0 && /^(?:من|of)$/.test(w.word)) continue;
    // "إصابة جديدة و6 حالات": the next count begins
    if (taken.length >= LABEL_WORDS || endsPhrase(w.word, taken.length === 0) || /\d/.test(w.word)) break;
    taken.push(w);
  }
  // a phrase may not end on "of"/"من": "مقاتل من" is cut back to "مقاتل"
  while (taken.length > 1 && /^(?:من|of|the)$/.test(taken[taken.length - 1]!.word)) taken.pop();
  if (taken.length === 0) return '';
  const text = view.sourceSpan(end + taken[0]!.start, end + taken[taken.length - 1]!.end).text.trim();
  return when ? `${text} (${when})` : text;
}

/** "between 5,000 and 7,000 fighters": the first end of a range counts the noun of the second. */
const RANGE_TO = new RegExp(
  `^\\s*(?:and|to|or|-|–|${['و', 'إلى', 'الى', 'أو', 'او'].map(f).join('|')})\\s*\\d[\\d,.]*(?:\\s+(?:${[...MULTIPLIERS].join('|')}))?`,
  'u',
);
function rangeNoun(view: MatchView, end: number, when: string | null): string {
  const range = RANGE_TO.exec(view.text.slice(end));
  return range ? counted(view, end + range[0].length, when) : '';
}

/**
 * Words that are no noun of what a number counts, met right before it: particles ("أن 90%",
 * "سوى 27%"), "a rate of" ("بنسبة 50.1%": the unit says it), "as" ("the toll as 19").
 */
const NOT_NOUNS = new Set(
  [
    'أن',
    'ان',
    'إن',
    'بأن',
    'سوى',
    'إلا',
    'الا',
    'لا',
    'ما',
    'نسبة',
    'بنسبة',
    'وبنسبة',
    'says',
    'said',
    'say',
    'than',
    'at',
    'by',
    'to',
  ].map(f),
);
/** Verbs of reaching or passing a figure end "the number of …": "عدد سكان البلاد تجاوز 41 مليون". */
const REACHED = new Set(
  [
    'تجاوز',
    'يتجاوز',
    'تخطى',
    'يتخطى',
    'بلغ',
    'يبلغ',
    'وصل',
    'يصل',
    'ارتفع',
    'يرتفع',
    'انخفض',
    'ناهز',
    'يناهز',
    'قارب',
    'يقارب',
    'exceeded',
    'exceeds',
    'reached',
    'reaches',
    'rose',
    'stood',
    'stands',
    'totalled',
    'totaled',
    'doubled',
    'fell',
  ].map(f),
);

/** Words saying a number is approximate end "the number of …" before it: "عدد النازحين نحو 4 ملايين". */
const ABOUT = new Set(
  [
    'نحو',
    'حوالي',
    'قرابة',
    'زهاء',
    'اكثر',
    'أكثر',
    'about',
    'around',
    'nearly',
    'some',
    'almost',
    'roughly',
    'approximately',
    'over',
  ].map(f),
);

/** How far before its number "the number of …" may be: "the number of people in need has doubled since July to 2.5 million". */
const NUMBER_OF_REACH = 12;
const MONTHS = new Set(monthNames().map((m) => m.name));

/** "the number of people in need has doubled … to 2.5 million", "ارتفع عدد النازحين إلى": what the number is the number of. */
function numberOf(view: MatchView, start: number): string {
  const head = view.text.slice(0, start);
  const at = Math.max(head.lastIndexOf('number of '), head.lastIndexOf(f('عدد ')));
  // only the count the sentence is about, a few words before its number
  if (at < 0 || wordSpans(head.slice(at)).length > NUMBER_OF_REACH || /[.,،؛;:!?؟]/u.test(head.slice(at)))
    return '';
  const words = wordSpans(head.slice(at));
  const taken = [words[0]!];
  for (const w of words.slice(1)) {
    if (
      taken.length >= LABEL_WORDS ||
      (PHRASE_END.has(w.word) && w.word !== 'of') ||
      REACHED.has(w.word) ||
      ABOUT.has(w.word)
    )
      break;
    taken.push(w);
  }
  return view.sourceSpan(at + taken[0]!.start, at + taken[taken.length - 1]!.end).text.trim();
}

/** "مساحة تقارب 110 آلاف كيلومتر مربع" → "مساحة (كم²)": the noun the measure is of, then the unit as its language writes it. */
function unitLabel(view: MatchView, start: number, unit: string): string {
  const noun = nounBefore(view, start);
  return noun ? `${noun} (${unit})` : '';
}

/** The nearest noun before the number, skipping "about", "of", "تقارب" and the like. */
function nounBefore(view: MatchView, start: number): string {
  const head = view.text.slice(0, start);
  const words = wordSpans(head);
  for (let i = words.length - 1; i >= 0 && i >= words.length - 4; i--) {
    const w = words[i]!;
    // "الـ93": the article glued to the number is no noun
    if (APPROACH.has(w.word) || MULTIPLIERS.has(w.word) || /^\d/.test(w.word) || w.word === f('ال')) continue;
    if (AFTER_HEAD.has(w.word) || NOT_NOUNS.has(w.word) || NOT_NOUNS.has(w.word.replace(/^و/u, '')))
      return '';
    // "since July to 2.5 million": a month says when, it is not what is counted
    if (MONTHS.has(w.word)) return '';
    if (PHRASE_END.has(w.word) || /[.,،؛;:!?؟"«»()]/u.test(head.slice(w.end))) return '';
    // "the death toll as 19": an English noun with the noun that qualifies it
    const first = words[i - 1];
    const compound =
      first &&
      /^[a-z]+$/.test(first.word) &&
      /^[a-z]+$/.test(w.word) &&
      !/(?:ed|ing|ly)$/.test(first.word) &&
      !ENGLISH_NOT_MODIFIERS.has(first.word) &&
      !APPROACH.has(first.word) &&
      !NOT_NOUNS.has(first.word) &&
      !PHRASE_END.has(first.word) &&
      !AFTER_HEAD.has(first.word) &&
      /^\s+$/u.test(head.slice(first.end, w.start));
    // "pre-war population": a hyphenated qualifier is taken whole
    const before = compound ? words[i - 2] : undefined;
    const hyphenated =
      !!before && /^[a-z]+$/.test(before.word) && /-/u.test(view.sourceSpan(before.end, first!.start).text);
    return view.sourceSpan(hyphenated ? before.start : compound ? first.start : w.start, w.end).text;
  }
  return '';
}

/** Words before a noun that do not qualify it: determiners, pronouns, verbs of saying. */
const ENGLISH_NOT_MODIFIERS = new Set([
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'these',
  'those',
  'put',
  'set',
  'gave',
  'give',
  'says',
  'told',
  'all',
  'total',
  'new',
]);
