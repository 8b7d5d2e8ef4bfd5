import type { Article, Language } from '../content/schema.js';
import { catalogue } from '../i18n/catalogue.js';
import type { GazetteerEntry } from '../places/types.js';
import { countAtLeast } from './counts.js';
import { governorateOfPlace } from './locate.js';
import { textIn } from './map-data.js';

export type ChartUnit = 'week' | 'month';

export interface ChartBucket {
  /** First day of the week (Monday) or month, ISO. */
  start: string;
  label: string;
  killed: number;
  wounded: number;
}

export interface GovernorateTotal {
  id: string;
  name: string;
  killed: number;
  wounded: number;
}

export interface ChartData {
  lang: Language;
  /** The governorate the chart is narrowed to, by name; null: all. */
  governorate: string | null;
  unit: ChartUnit;
  /** Every week or month from the first incident to the last, empty ones included. */
  buckets: ChartBucket[];
  /** The busiest governorates, most casualties first. */
  governorates: GovernorateTotal[];
  /** Briefings that count (with at least one incident in scope). */
  briefings: number;
  killed: number;
  wounded: number;
}

const DAY_MS = 86_400_000;
/** Up to this many days from first to last incident, weeks; beyond, months. */
export const WEEKS_UP_TO_DAYS = 120;
export const BUSIEST = 6;

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** An incident's day for the chart: the middle of its date span (a month-precise date falls mid-month). */
function incidentDay(from: string, to: string): number {
  return Math.floor((dayOf(from) + dayOf(to)) / 2);
}

function bucketStart(day: number, unit: ChartUnit): string {
  if (unit === 'month') return `${isoOf(day).slice(0, 7)}-01`;
  // 1970-01-01 was a Thursday: shift so that weeks start on Monday.
  return isoOf(day - ((day + 3) % 7));
}

function nextBucket(start: string, unit: ChartUnit): string {
  if (unit === 'week') return isoOf(dayOf(start) + 7);
  const [y, m] = start.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

export function bucketLabel(start: string, unit: ChartUnit, lang: Language): string {
  const t = catalogue(lang);
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const month = t.dates.months[m - 1]!;
  return unit === 'month' ? `${month} ${y}` : `${d} ${month}`;
}

/**
 * Killed and wounded over time across the published briefings (incidents in `governorate` only,
 * when given), by week or by month as the span suits, with totals for the busiest governorates.
 * undefined when no incident in scope states anyone killed or wounded: never an empty chart.
 */
export function chartData(
  articles: readonly Article[],
  lang: Language,
  governorate: GazetteerEntry | null = null,
): ChartData | undefined {
  const points: Array<{ day: number; killed: number; wounded: number }> = [];
  const totals = new Map<string, GovernorateTotal>();
  let briefings = 0;
  for (const article of articles) {
    let counted = false;
    for (const incident of article.briefing.incidents) {
      const found = governorateOfPlace(incident.place);
      if (governorate !== null && found?.id !== governorate.id) continue;
      counted = true;
      const killed = countAtLeast(incident.killed);
      const wounded = countAtLeast(incident.wounded);
      points.push({ day: incidentDay(incident.date.from, incident.date.to), killed, wounded });
      if (found === undefined) continue;
      const total = totals.get(found.id) ?? {
        id: found.id,
        name: textIn({ ar: found.names.ar[0], en: found.names.en[0] }, lang),
        killed: 0,
        wounded: 0,
      };
      total.killed += killed;
      total.wounded += wounded;
      totals.set(found.id, total);
    }
    if (counted) briefings += 1;
  }
  const killed = points.reduce((s, p) => s + p.killed, 0);
  const wounded = points.reduce((s, p) => s + p.wounded, 0);
  if (killed + wounded === 0) return undefined;

  // The span of the incidents that have casualties: quiet months before the first toll add nothing.
  const days = points.filter((p) => p.killed + p.wounded > 0).map((p) => p.day);
  const first = Math.min(...days);
  const last = Math.max(...days);
  const unit: ChartUnit = last - first <= WEEKS_UP_TO_DAYS ? 'week' : 'month';
  const buckets: ChartBucket[] = [];
  const index = new Map<string, ChartBucket>();
  for (let start = bucketStart(first, unit); start <= isoOf(last); start = nextBucket(start, unit)) {
    const bucket = { start, label: bucketLabel(start, unit, lang), killed: 0, wounded: 0 };
    buckets.push(bucket);
    index.set(start, bucket);
  }
  for (const p of points) {
    const bucket = index.get(bucketStart(p.day, unit));
    if (!bucket) continue;
    bucket.killed += p.killed;
    bucket.wounded += p.wounded;
  }
  const governorates = [...totals.values()]
    .filter((g) => g.killed + g.wounded > 0)
    .sort((a, b) => b.killed + b.wounded - (a.killed + a.wounded) || a.id.localeCompare(b.id))
    .slice(0, BUSIEST);
  return {
    lang,
    governorate:
      governorate === null
        ? null
        : textIn({ ar: governorate.names.ar[0], en: governorate.names.en[0] }, lang),
    unit,
    buckets,
    governorates,
    briefings,
    killed: buckets.reduce((s, b) => s + b.killed, 0),
    wounded: buckets.reduce((s, b) => s + b.wounded, 0),
  };
}
