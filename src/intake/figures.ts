import type { Figure, LocalizedText } from '../content/schema.js';
import { normalizeForMatch } from '../text/normalize.js';
import { findDates } from './dates.js';
import type { ExtractedIncident } from './incidents.js';
import { findNumbers } from './numbers.js';
import type { IntakePhrases } from './phrases.js';
import type { Lang, NumberMention, Sentence } from './types.js';
import { matchView, type MatchView } from './view.js';

const f = normalizeForMatch;
const PERCENT = new RegExp(`^\\s*(?:%|٪|${['في المئة', 'في المائة', 'بالمئة', 'بالمائة', 'percent', 'per cent'].map(f).join('|')})`, 'u');
const AREA = new RegExp(`^\\s*(?:${['كيلومتر مربع', 'كيلو متر مربع', 'كم مربع', 'كم2', 'square kilometres', 'square kilometers', 'square km', 'sq km', 'km2', 'km²'].map(f).join('|')})`, 'u');
const YEAR = /^(?:19|20)\d\d$/;
/** Counted nouns whose caption the phrase tables can give in the other language. */
const NOUN_CAPTIONS: readonly [RegExp, keyof IntakePhrases['figure']][] = [
  [new RegExp(`^\\s*(?:${['نسمة', 'شخص', 'مواطن', 'people', 'persons', 'residents', 'inhabitants'].map(f).join('|')})`, 'u'), 'people'],
  [new RegExp(`^\\s*(?:${['مقاتل', 'مسلح', 'fighters', 'militants'].map(f).join('|')})`, 'u'), 'fighters'],
  [new RegExp(`^\\s*(?:${['عنصر', 'جندي', 'troops', 'soldiers'].map(f).join('|')})`, 'u'), 'troops'],
  [new RegExp(`^\\s*(?:${['هجوم', 'هجوما', 'هجمات', 'attacks'].map(f).join('|')})`, 'u'), 'attacks'],
  [new RegExp(`^\\s*(?:${['سنوات', 'سنة', 'عاما', 'أعوام', 'years'].map(f).join('|')})`, 'u'), 'years'],
];
const LABEL_WORDS = 5;

export interface FigureContext {
  lang: Lang;
  published: string;
  phrases: Readonly<Record<Lang, IntakePhrases>>;
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
    const dates = findDates(view, { published: ctx.published, anchor: null });
    const casualtyCounts = new Set(
      ctx.incidents.filter((i) => i.sentences.includes(sentence.index)).flatMap((i) => [i.killed, i.wounded]).filter((n): n is number => n !== null),
    );
    for (const n of findNumbers(view)) {
      const isYear = YEAR.test(n.text.trim()) && n.digits;
      const date = dates.find((d) => n.start >= d.start && n.end <= d.end);
      if (date && !(isYear && date.date.precision !== 'day')) continue;
      if (!n.digits && n.value < 1000) continue;
      if (!isYear && casualtyCounts.has(n.value)) continue;
      if (seen.has(n.value)) continue;
      seen.add(n.value);
      out.push(figureOf(n, view, isYear, ctx));
    }
  }
  return out;
}

function figureOf(n: NumberMention, view: MatchView, isYear: boolean, ctx: FigureContext): Figure {
  const after = view.text.slice(n.end);
  const unit = PERCENT.test(after) ? '%' : AREA.test(after) ? 'km²' : null;
  const caption = isYear ? 'year' : unit === '%' ? 'percent' : unit ? 'area' : NOUN_CAPTIONS.find(([re]) => re.test(after))?.[1];
  const own = isYear || unit ? wordsBefore(view, n.start) : wordsAfter(view, n.end) || wordsBefore(view, n.start);
  const label: LocalizedText = { [ctx.lang]: own || n.text };
  const other: Lang = ctx.lang === 'ar' ? 'en' : 'ar';
  if (caption) label[other] = ctx.phrases[other].figure[caption];
  return { value: n.value, approximate: n.approximate, unit, label, ...(n.approximate ? { checks: [{ reason: 'figure-approximate' as const, detail: n.text.trim() }] } : {}) };
}

/** Up to a few words after the number, in the article's words, stopping at punctuation. */
function wordsAfter(view: MatchView, end: number): string {
  const rest = view.text.slice(end);
  const stop = rest.search(/[.,،؛;:!?؟"«»()]/u);
  const words = (stop < 0 ? rest : rest.slice(0, stop)).trim().split(/\s+/).filter(Boolean).slice(0, LABEL_WORDS);
  if (words.length === 0) return '';
  const start = end + rest.indexOf(words[0] as string);
  const last = words.join(' ');
  return view.sourceSpan(start, start + last.length).text.trim();
}

function wordsBefore(view: MatchView, start: number): string {
  const head = view.text.slice(0, start);
  const stop = Math.max(...['.', ',', '،', '؛', ';', ':', '"', '(', '«'].map((c) => head.lastIndexOf(c)));
  const words = head.slice(stop + 1).trim().split(/\s+/).filter(Boolean).slice(-LABEL_WORDS);
  if (words.length === 0) return '';
  const text = words.join(' ');
  const from = head.lastIndexOf(text);
  return view.sourceSpan(from, from + text.length).text.trim();
}
