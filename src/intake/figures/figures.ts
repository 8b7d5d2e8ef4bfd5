// Key figures of an article: which numbers are figures (figure-not-counts.ts leaves out what is
// no count), each labelled by figure-label.ts.
import type { Figure } from '../../content/schema.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { markReportingDates } from '../dates/date-roles.js';
import { countsCaught } from './caught-counts.js';
import { countsThings } from './counted-things.js';
import { findDates } from '../dates/dates.js';
import type { FigureContext } from './figure-context.js';
import { figureOf } from './figure-label.js';
import { age, DISTANCE, DURATION, gluedToWord, identifier, readsAsYear, STAMP } from './figure-not-counts.js';
import { PERCENT } from './figure-units.js';
import { findNumbers } from '../reading/numbers.js';
import type { Sentence } from '../reading/types.js';
import { matchView } from '../reading/view.js';

export type { FigureContext } from './figure-context.js';

const f = normalizeForMatch;
const CASES_DUAL = new RegExp(`^${f('حالت')}`, 'u');
/**
 * "أربع حالات", "cases": a count of cases; so are the plural nouns of a tally of deaths and infections
 * ("إلى سبع وفيات", "بتسع إصابات"), counted as nouns rather than told as what befell someone (an
 * incident's own wounded are left out before: `casualtyCounts`).
 */
const CASES_AFTER = new RegExp(
  `^\\s*(?:${['حالات', 'حالة', 'cases', 'وفيات', 'إصابات'].map(f).join('|')})(?![\\p{L}])`,
  'u',
);

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
      // ("arrested two others" beside "two fighters were wounded": a count of the caught, never a toll)
      // (nor "9 وحدات تكتيكية", "9 targets": a count of things is no one's toll)
      if (casualtyCounts.has(n.value) && !countsCaught(view.text, n) && !countsThings(view.text, n)) continue;
      if (seen.has(n.value)) continue;
      seen.add(n.value);
      out.push(figureOf(n, view, ctx, when, mine.at(-1), mine.at(-1) ?? lastBefore));
      mine.push(out.at(-1)!);
    }
  }
  return out;
}
