import { normalizeForMatch } from '../../text/normalize.js';
import { splitClauses } from '../article/sentences.js';
import type { Sentence } from '../reading/types.js';
import type { Language } from '../../content/schema.js';

const MIN_BULLETS = 3;
const MAX_BULLETS = 6;
const DAMPING = 0.85;
const ITERATIONS = 30;
/** Word overlap above which two sentences say the same thing. */
const DUPLICATE = 0.6;
/** Weight of the lead: news puts the essentials first. */
const LEAD_BIAS = 0.5;
/** Teleport weight of a sentence that reports an incident: the news the reader came for. */
const EVENT_BOOST = 2;

const STOPWORDS = new Set(
  [
    'في',
    'من',
    'على',
    'إلى',
    'الى',
    'عن',
    'أن',
    'إن',
    'ان',
    'التي',
    'الذي',
    'هذا',
    'هذه',
    'مع',
    'كان',
    'قد',
    'و',
    'أو',
    'ما',
    'لا',
    'لم',
    'the',
    'a',
    'an',
    'of',
    'in',
    'on',
    'and',
    'to',
    'was',
    'were',
    'is',
    'are',
    'by',
    'for',
    'with',
    'that',
    'at',
    'as',
    'it',
    'from',
    'said',
  ].map(normalizeForMatch),
);

function bag(text: string): Set<string> {
  const words = normalizeForMatch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  // a crude light stem: Arabic clitics off, so that "بالهجوم" and "الهجوم" meet
  return new Set(
    words
      .filter((w) => !STOPWORDS.has(w) && w.length > 1)
      .map((w) => w.replace(/^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?(?=\p{L}{3})/u, '')),
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size < 2 || b.size < 2) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (Math.log(a.size) + Math.log(b.size));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

/** TextRank scores over a similarity graph, with a teleport vector that favours the lead. */
export function rankSentences(texts: readonly string[], boosted: ReadonlySet<number> = new Set()): number[] {
  const bags = texts.map(bag);
  const n = texts.length;
  const weights = bags.map((a, i) => bags.map((b, j) => (i === j ? 0 : overlap(a, b))));
  const outSum = weights.map((row) => row.reduce((s, w) => s + w, 0));
  const leadRaw = texts.map((_, i) => (boosted.has(i) ? EVENT_BOOST : 1) / (i + 1) ** LEAD_BIAS);
  const leadSum = leadRaw.reduce((s, w) => s + w, 0);
  const teleport = leadRaw.map((w) => w / leadSum);
  let scores = teleport.slice();
  for (let it = 0; it < ITERATIONS; it++) {
    scores = teleport.map((t, i) => {
      let inflow = 0;
      for (let j = 0; j < n; j++) {
        const w = weights[j]?.[i] ?? 0;
        const sum = outSum[j] ?? 0;
        if (w > 0 && sum > 0) inflow += (w / sum) * (scores[j] ?? 0);
      }
      return (1 - DAMPING) * t + DAMPING * inflow;
    });
  }
  return scores;
}

/**
 * An extractive summary of 3–6 bullets in the article's language: sentences ranked by TextRank
 * with the lead favoured and the opening sentence of each incident (`eventSentences`) taken first, near-duplicates (and repeats of the title) dropped, shown in article order.
 * A short article is split into clauses, then helped by the title and `fallback` (bullets generated
 * from its incidents), then split at commas, so that it still gives three bullets where it can.
 */
export function summarize(
  title: string,
  sentences: readonly Sentence[],
  lang: Language,
  fallback: readonly string[] = [],
  eventSentences: readonly number[] = [],
): string[] {
  let units = sentences.map((s) => s.text);
  const events = units.length === sentences.length ? eventSentences : [];
  const boosted = new Set(events);
  if (units.length < MIN_BULLETS) units = units.flatMap((u) => splitClauses(u, lang).map((c) => c.text));
  if (units.length < MIN_BULLETS) units = [title, ...units, ...fallback];
  if (units.length < MIN_BULLETS)
    units = units.flatMap((u) => u.split(/(?<=[,،])\s+/u)).filter((u) => /[\p{L}\p{N}]{2}/u.test(u));
  const scores = rankSentences(units, boosted);
  const want = Math.min(MAX_BULLETS, Math.max(MIN_BULLETS, Math.round(units.length / 2)));
  const titleBag = bag(title);
  const chosen: number[] = [];
  // every incident gets its sentence first (up to the bullet budget), then the best of the rest
  const ranked = units.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const order = [...new Set([...events.filter((i) => i < units.length), ...ranked])];
  for (const i of order) {
    if (chosen.length >= want) break;
    const b = bag(units[i] ?? '');
    if (units.length > MIN_BULLETS && jaccard(b, titleBag) > 0.9) continue;
    if (chosen.some((j) => jaccard(b, bag(units[j] ?? '')) > DUPLICATE)) continue;
    chosen.push(i);
  }
  for (const i of order) if (chosen.length < MIN_BULLETS && !chosen.includes(i)) chosen.push(i);
  return chosen.sort((a, b) => a - b).map((i) => bullet(units[i] ?? ''));
}

/** A bullet reads on its own: no opening quote or trailing separator left dangling, single spaces. */
function bullet(text: string): string {
  return text
    .replace(/^[\s"«“]+/u, '')
    .replace(/[\s;؛،,]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}
