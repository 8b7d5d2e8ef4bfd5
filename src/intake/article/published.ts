import { addDays, isoOf } from '../dates/calendar.js';
import { monthNames } from '../dates/months.js';
import { escapeRegExp } from '../reading/word-pattern.js';
import { normalizeForMatch } from '../../text/normalize.js';

const f = normalizeForMatch;
const MONTHS = monthNames();
const MONTH_ALT = MONTHS.map((m) => escapeRegExp(m.name)).join('|');
/** A relative day word, then (within a few words) a full date: "يوم أمس السبت (31 تشرين الأول 2020)". */
const RELATIVE_THEN_DATE = new RegExp(
  `(?<![\\p{L}])(?<rel>${['أول أمس', 'أمس', 'البارحة', 'اليوم', 'the day before yesterday', 'yesterday', 'today'].map(f).join('|')})(?![\\p{L}])[^.؟?!]{0,40}?(?<![\\p{N}])(?<day>[0-3]?\\d)\\s+(?:من\\s+)?(?<month>${MONTH_ALT})\\.?\\s*,?\\s*(?<year>(?:19|20)\\d\\d)`,
  'u',
);
const OFFSET: Readonly<Record<string, number>> = {
  [f('أول أمس')]: 2,
  [f('أمس')]: 1,
  [f('البارحة')]: 1,
  [f('اليوم')]: 0,
  'the day before yesterday': 2,
  yesterday: 1,
  today: 0,
};

/**
 * The publication date where the text allows it: a relative day tied to a full date ("أمس السبت
 * (31 تشرين الأول 2020)" → 2020-11-01). null when the text gives no such anchor.
 */
export function inferPublished(text: string): string | null {
  const m = RELATIVE_THEN_DATE.exec(f(text));
  if (!m?.groups) return null;
  const month = MONTHS.find((x) => x.name === m.groups?.month)?.month;
  const day = isoOf(Number(m.groups.year), month ?? 0, Number(m.groups.day));
  if (!day) return null;
  return addDays(day, OFFSET[m.groups.rel ?? ''] ?? 0);
}
