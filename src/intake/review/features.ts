import {
  CHECK_REASONS,
  EVENT_TYPES,
  PLACE_PRECISIONS,
  type Count,
  type Incident,
  type Language,
} from '../../content/schema.js';

/** What the review model knows of the article a drafted incident comes from. */
export interface ReviewedArticle {
  published: string;
  language: Language;
  /** Every incident of the draft, the reviewed one among them. */
  incidents: readonly Incident[];
}

/** The checks other readers put on an incident: not the figures' one, nor the model's own. */
const INCIDENT_REASONS = CHECK_REASONS.filter((r) => r !== 'figure-approximate' && r !== 'review-suggested');
const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as (keyof typeof EVENT_TYPES)[];
const DAY_MS = 86_400_000;

/**
 * The signals of one drafted incident that the review model weighs, by name. Only what the draft
 * itself states (its checks, counts, date, place, event type and its neighbours in the article), so
 * that the same features can be read from any draft, including the first runs of older code that
 * the model is trained on (`collect-cli.ts`).
 */
export const REVIEW_FEATURES = [
  ...INCIDENT_REASONS.map((r) => `check:${r}` as const),
  'killed-unknown',
  'wounded-unknown',
  'no-casualties',
  'log-killed',
  'log-wounded',
  'killed-range',
  'attackers-killed',
  ...EVENT_TYPE_NAMES.map((t) => `event:${t}` as const),
  'log-days-spanned',
  'log-days-before-publication',
  'on-publication-day',
  'no-date-words',
  ...PLACE_PRECISIONS.map((p) => `place:${p}` as const),
  'governorate-unknown',
  'actors-named',
  'target-unknown',
  'log-incidents-in-article',
  'first-incident',
  'position-in-article',
  'arabic',
  'same-governorate-and-days',
  'same-killed',
  'overlapping-days',
] as const;
export type ReviewFeature = (typeof REVIEW_FEATURES)[number];

const low = (c: Count | null | undefined): number | null =>
  c === null || c === undefined ? null : typeof c === 'number' ? c : c.low;
const days = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / DAY_MS;
const overlaps = (a: Incident, b: Incident): boolean => a.date.from <= b.date.to && b.date.from <= a.date.to;
const flag = (b: boolean): number => (b ? 1 : 0);

/** The features of `article.incidents[index]`, in the order of REVIEW_FEATURES. */
export function reviewFeatures(article: ReviewedArticle, index: number): number[] {
  const x = article.incidents[index]!;
  const others = article.incidents.filter((_, i) => i !== index);
  const reasons = new Set((x.checks ?? []).map((c) => c.reason));
  const killed = low(x.killed);
  const wounded = low(x.wounded);
  const governorate = x.place.governorate?.en ?? null;
  const n = article.incidents.length;
  const values = {
    ...(Object.fromEntries(INCIDENT_REASONS.map((r) => [`check:${r}`, flag(reasons.has(r))])) as Record<
      `check:${(typeof INCIDENT_REASONS)[number]}`,
      number
    >),
    'killed-unknown': flag(killed === null),
    'wounded-unknown': flag(wounded === null),
    'no-casualties': flag(!killed && !wounded),
    'log-killed': Math.log1p(killed ?? 0),
    'log-wounded': Math.log1p(wounded ?? 0),
    'killed-range': flag(typeof x.killed === 'object' && x.killed !== null),
    'attackers-killed': flag(x.attackersKilled !== undefined),
    ...(Object.fromEntries(EVENT_TYPE_NAMES.map((t) => [`event:${t}`, flag(x.event.type === t)])) as Record<
      `event:${keyof typeof EVENT_TYPES}`,
      number
    >),
    'log-days-spanned': Math.log1p(days(x.date.from, x.date.to)),
    'log-days-before-publication': Math.log1p(Math.max(0, days(x.date.to, article.published))),
    'on-publication-day': flag(x.date.from === article.published && x.date.to === article.published),
    'no-date-words': flag(!x.date.text),
    ...(Object.fromEntries(
      PLACE_PRECISIONS.map((p) => [`place:${p}`, flag(x.place.precision === p)]),
    ) as Record<`place:${(typeof PLACE_PRECISIONS)[number]}`, number>),
    'governorate-unknown': flag(governorate === null),
    'actors-named': Math.min(3, x.actors.length),
    'target-unknown': flag(x.target === null),
    'log-incidents-in-article': Math.log(n),
    'first-incident': flag(index === 0),
    'position-in-article': n > 1 ? index / (n - 1) : 0,
    arabic: flag(article.language === 'ar'),
    'same-governorate-and-days': Math.min(
      2,
      others.filter((o) => (o.place.governorate?.en ?? null) === governorate && overlaps(o, x)).length,
    ),
    'same-killed': Math.min(2, killed ? others.filter((o) => low(o.killed) === killed).length : 0),
    'overlapping-days': Math.min(3, others.filter((o) => overlaps(o, x)).length),
  } as Record<ReviewFeature, number>;
  return REVIEW_FEATURES.map((f) => values[f]);
}
