import { normalizeForMatch } from '../../text/normalize.js';
import type { Casualties } from './casualties.js';
import type { Check } from '../drafts/checks.js';
import { findRanges, spanOf, sumCounts, type Count } from '../reading/count.js';
import { findNumbers } from '../reading/numbers.js';
import { arabicNounCount } from './casualty-phrase.js';
import { CUES } from '../events/event-cues.js';
import type { NumberMention } from '../reading/types.js';
import { matchView, type MatchView } from '../reading/view.js';
import { measuresTimeOrPlace } from '../reading/measured-span.js';

const f = normalizeForMatch;
/** "at least", "more than", "about" before a count: the count is not exact. */
const QUALIFIER = new RegExp(
  `(?<![\\p{L}])(?:${['at least', 'more than', 'over', 'about', 'around', 'nearly', 'almost', 'some', 'up to', 'as many as', 'an estimated', 'no fewer than', 'upwards of', 'roughly', 'approximately', 'dozens of', 'ما لا يقل عن', 'لا يقل عن', 'أكثر من', 'اكثر من', 'نحو', 'قرابة', 'حوالي', 'زهاء', 'ما يقارب', 'عشرات'].map(f).join('|')})\\s+[\\p{N}\\p{L}]+`,
  'gu',
);

/** The word that may open a range before its first number: "between 3 and 5", "من 3 إلى 5". */
const RANGE_OPENER = new RegExp(
  `(?<![\\p{L}])(?:between|from|${['ما بين', 'بين', 'من'].map(f).join('|')})\\s*$`,
  'u',
);

/** The joint cue as a plain pattern: the shared one is global, and exec on it would move its lastIndex. */
const COMBINED = new RegExp(CUES.combined.source, 'u');

const isRange = (c: Count | null): boolean => c !== null && typeof c !== 'number';

/**
 * What about a clause's casualty figures an editor should know: a joint "killed and wounded"
 * figure with no split (kept unsplit: no split is invented), or a figure given as "at least",
 * "more than", "about" or as a range (kept as the article's numbers, marked approximate, the
 * detail quoting the words that make it so: "more than 20", "between 3 and 5").
 */
export function casualtyNotes(
  view: MatchView,
  casualties: Casualties,
  numbers: readonly NumberMention[],
): Check[] {
  const notes: Check[] = [];
  const combined = COMBINED.exec(view.text);
  if (combined && casualties.killed === null && casualties.wounded === null) {
    // the joint figure with up to four words before it (its count) and two after, whole words only
    const before = view.text.slice(0, combined.index).match(/(?:[\p{L}\p{N}]+\s+){0,4}$/u)?.[0] ?? '';
    const cueEnd = combined.index + combined[0].length;
    const after = view.text.slice(cueEnd).match(/^(?:\s+[\p{L}\p{N}]+){0,2}/u)?.[0] ?? '';
    notes.push({
      reason: 'casualties-unsplit',
      detail: view
        .sourceSpan(combined.index - before.length, qualifiedCountEnd(numbers, cueEnd, cueEnd + after.length))
        .text.trim(),
    });
  }
  if (casualties.killed !== null || casualties.wounded !== null) {
    const spans: [number, number][] = [];
    const add = (span: [number, number]): void => {
      if (measuresTimeOrPlace(view.text.slice(...span), view.text.slice(span[1]))) return;
      if (spans.every(([a, b]) => span[1] <= a || span[0] >= b)) spans.push(span);
    };
    if (isRange(casualties.killed) || isRange(casualties.wounded))
      for (const [start, range] of findRanges(view, numbers)) {
        const opener = RANGE_OPENER.exec(view.text.slice(Math.max(0, start - 12), start));
        add([opener ? start - opener[0].length : start, range.end]);
      }
    for (const n of numbers) if (n.qualifierStart !== null) add([n.qualifierStart, n.end]);
    // "dozens of", "عشرات": a qualifier with no number of its own
    for (const m of view.text.matchAll(QUALIFIER)) add([m.index, m.index + m[0].length]);
    for (const [a, b] of spans.sort((x, y) => x[0] - y[0]))
      notes.push({ reason: 'casualties-approximate', detail: view.sourceSpan(a, b).text.trim() });
  }
  return notes;
}

/** The numbers a clause's or incident's checks quote as approximate ("نحو 30" → 30). */
export function approximateValues(checks: readonly Check[]): number[] {
  return checks
    .filter((c) => c.reason === 'casualties-approximate' && c.detail)
    .flatMap((c) => findNumbers(matchView(c.detail!)).map((n) => n.value));
}

/**
 * Where the words after a joint figure end: past the count when a qualifier opens them ("killed or
 * wounded at least 16 civilians", "قتل وأصيب أكثر من 40 شخصاً"), the count standing beyond the two
 * words taken, else where those words end.
 */
function qualifiedCountEnd(numbers: readonly NumberMention[], cueEnd: number, afterEnd: number): number {
  const counted = numbers.find(
    (n) => n.qualifierStart !== null && n.qualifierStart >= cueEnd && n.qualifierStart <= afterEnd,
  );
  return counted ? Math.max(afterEnd, counted.end) : afterEnd;
}

/**
 * A toll told unsplit with its number, in digits or in words: "4 killed and wounded", "nine people
 * were killed or wounded", "بسقوط سبعة أشخاص بين قتيل وجريح" — casualties all the same, of an event
 * of their own.
 */
export function countedUnsplit(notes: readonly Check[]): boolean {
  return unsplitCounts(notes).length > 0;
}

/**
 * The numbers a toll told unsplit gives ("nine people were killed or wounded" → 9), a dual noun
 * counting two ("سقوط عنصرين بين قتيل وجريح" → 2).
 */
function unsplitCounts(notes: readonly Check[]): number[] {
  return notes
    .filter((n) => n.reason === 'casualties-unsplit')
    .flatMap((n) => {
      const view = matchView(n.detail ?? '');
      const duals = view.text.split(/[^\p{L}]+/u).filter((w) => arabicNounCount(w) === 2);
      return [...findNumbers(view).map((x) => x.value), ...duals.map(() => 2)];
    });
}

/**
 * "nine people were killed or wounded", then "two were killed and seven wounded": dead and wounded
 * that add up to the toll told unsplit may be its split.
 */
export function addsUpToUnsplit(
  notes: readonly Check[],
  killed: Count | null,
  wounded: Count | null,
): boolean {
  const told = spanOf(sumCounts([killed ?? 0, wounded ?? 0]));
  return unsplitCounts(notes).some((n) => n >= told.low && n <= told.high);
}

/**
 * "five soldiers were killed and wounded", then "killing a soldier and wounding another": dead and
 * wounded that add up to no more than the toll told unsplit may be part of its split, the rest told
 * after.
 */
export function withinUnsplit(notes: readonly Check[], killed: Count | null, wounded: Count | null): boolean {
  const told = spanOf(sumCounts([killed ?? 0, wounded ?? 0]));
  return unsplitCounts(notes).some((n) => told.high <= n);
}
