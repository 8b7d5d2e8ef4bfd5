import type { Figure, LocalizedText, Language } from '../content/schema.js';
import { normalizeForMatch } from '../text/normalize.js';
import { addDays } from './calendar.js';
import { markReportingDates } from './date-roles.js';
import { findDates } from './dates.js';
import { monthNames } from './months.js';
import type { ExtractedIncident } from './incidents.js';
import { findNumbers } from './numbers.js';
import type { IntakePhrases } from './phrases.js';
import type { NumberMention, Sentence } from './types.js';
import { matchView, type MatchView } from './view.js';

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
/** Dates further back than this are background: their year counts as a figure. */
const BACKGROUND_DAYS = 183;

export interface FigureContext {
  lang: Language;
  published: string;
  phrases: Readonly<Record<Language, IntakePhrases>>;
  incidents: readonly ExtractedIncident[];
}

/**
 * Key figures: numbers written with digits (with or without a multiplier word: "41 مليون"),
 * spelled-out numbers of a thousand or more, and years that are facts ("عام 2017", "بحلول 2019",
 * "تشرين الأول 2014"). Left out: days of dates, a year inside a full date, casualty counts that
 * already are an incident's, and small spelled-out counts ("خمس سنوات"). Each value once.
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
    for (const n of findNumbers(view)) {
      const isYear = YEAR.test(n.text.trim()) && n.digits;
      const date = dates.find((d) => n.start >= d.start && n.end <= d.end);
      // a year is a figure unless it only completes the date of the news; a background date's year is one
      const background =
        date !== undefined &&
        date.role === 'event' &&
        date.date.to < addDays(ctx.published, -BACKGROUND_DAYS);
      if (date && !(isYear && (date.date.precision !== 'day' || background))) continue;
      if (!n.digits && n.value < 1000) continue;
      if (!isYear && casualtyCounts.has(n.value)) continue;
      if (seen.has(n.value)) continue;
      seen.add(n.value);
      out.push(figureOf(n, view, isYear, ctx, when));
    }
  }
  return out;
}

function figureOf(
  n: NumberMention,
  view: MatchView,
  isYear: boolean,
  ctx: FigureContext,
  when: string | null,
): Figure {
  const after = view.text.slice(n.end);
  const unit = PERCENT.test(after) ? '%' : AREA.test(after) ? 'km²' : null;
  const caption = isYear
    ? 'year'
    : unit === '%'
      ? 'percent'
      : unit
        ? 'area'
        : NOUN_CAPTIONS.find(([re]) => re.test(after))?.[1];
  const own = isYear
    ? yearLabel(view, n.start, ctx.lang)
    : unit
      ? unitLabel(view, n.start, unit)
      : numberOf(view, n.start) || counted(view, n.end, when) || nounBefore(view, n.start);
  const label: LocalizedText = { [ctx.lang]: own || n.text };
  const other: Language = ctx.lang === 'ar' ? 'en' : 'ar';
  if (caption) label[other] = ctx.phrases[other].figure[caption];
  return {
    value: n.value,
    approximate: n.approximate,
    unit,
    label,
    ...(n.approximate ? { checks: [{ reason: 'figure-approximate' as const, detail: n.text.trim() }] } : {}),
  };
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
  ].map(f),
);
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
  ].map(f),
);
const MULTIPLIERS = new Set(
  ['ألف', 'آلاف', 'الف', 'مليون', 'ملايين', 'مليار', 'thousand', 'million', 'billion'].map(f),
);
const MONTH_WORDS = new Set(monthNames().flatMap((m) => m.name.split(/\s+/)));
/** Arabic prepositions glued to a noun before a year: "بحلول", "لعام". */
const YEAR_LEAD = new Set(
  [
    'في',
    'عام',
    'العام',
    'سنة',
    'بحلول',
    'منذ',
    'خلال',
    'حتى',
    'in',
    'by',
    'since',
    'until',
    'of',
    'the',
    'year',
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
    if (taken.length >= LABEL_WORDS || PHRASE_END.has(w.word) || /^\d/.test(w.word)) break;
    taken.push(w);
  }
  // a phrase may not end on "of"/"من": "مقاتل من" is cut back to "مقاتل"
  while (taken.length > 1 && /^(?:من|of|the)$/.test(taken[taken.length - 1]!.word)) taken.pop();
  if (taken.length === 0) return '';
  const text = view.sourceSpan(end + taken[0]!.start, end + taken[taken.length - 1]!.end).text.trim();
  return when ? `${text} (${when})` : text;
}

/** "the number of people in need has doubled … to 2.5 million", "ارتفع عدد النازحين إلى": what the number is the number of. */
function numberOf(view: MatchView, start: number): string {
  const head = view.text.slice(0, start);
  const at = Math.max(head.lastIndexOf('number of '), head.lastIndexOf(f('عدد ')));
  // only the count the sentence is about, a few words before its number
  if (at < 0 || wordSpans(head.slice(at)).length > 9 || /[.,،؛;:!?؟]/u.test(head.slice(at))) return '';
  const words = wordSpans(head.slice(at));
  const taken = [words[0]!];
  for (const w of words.slice(1)) {
    if (taken.length >= LABEL_WORDS || (PHRASE_END.has(w.word) && w.word !== 'of')) break;
    taken.push(w);
  }
  return view.sourceSpan(at + taken[0]!.start, at + taken[taken.length - 1]!.end).text.trim();
}

/** "مساحة تقارب 110 آلاف كيلومتر مربع" → "مساحة (km²)": the noun the measure is of, then the unit. */
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
    if (APPROACH.has(w.word) || MULTIPLIERS.has(w.word) || /^\d/.test(w.word)) continue;
    if (PHRASE_END.has(w.word) || /[.,،؛;:!?؟"«»()]/u.test(head.slice(w.end))) return '';
    return view.sourceSpan(w.start, w.end).text;
  }
  return '';
}

/**
 * A year is labelled by what the sentence says happened then: "year: ISIS seized control of
 * swathes of Iraq and Syria" — the clause before the year, without the words that lead to it.
 */
function yearLabel(view: MatchView, start: number, lang: Language): string {
  const head = view.text.slice(0, start);
  const cut = Math.max(...['.', ',', '،', '؛', ';', ':', '"', '(', '«', '“'].map((c) => head.lastIndexOf(c)));
  const words = wordSpans(head.slice(cut + 1));
  while (
    words.length > 0 &&
    (YEAR_LEAD.has(words[words.length - 1]!.word) || MONTH_WORDS.has(words[words.length - 1]!.word))
  )
    words.pop();
  const kept = words.slice(-10);
  if (kept.length === 0) return '';
  const text = view.sourceSpan(cut + 1 + kept[0]!.start, cut + 1 + kept[kept.length - 1]!.end).text.trim();
  return lang === 'ar' ? `عام: ${text}` : `year: ${text}`;
}
