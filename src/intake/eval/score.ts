import type { Briefing, Count, Incident } from '../../content/schema.js';
import { governorateByName } from '../../places/resolve.js';
import { matchKey } from '../../text/normalize.js';
import { actorIdOf } from '../drafts/phrases.js';
import type { Gold, GoldCount, GoldIncident, GoldRole } from './gold.js';
import { pairUp } from './matching.js';

export interface ArticleScore {
  name: string;
  extracted: number;
  gold: number;
  matched: number;
  /** Matched gold incidents whose killed and wounded both agree. */
  casualtiesAgree: number;
  /** Matched gold incidents whose date range lies inside the gold one. */
  datesAgree: number;
  /** Matched gold incidents with a role annotation, and of those, the ones whose actors / event type agree. */
  roles: number;
  actorsAgree: number;
  eventsAgree: number;
  goldFigures: number;
  figuresFound: number;
}

export interface Ratios {
  precision: number;
  recall: number;
  f1: number;
  casualties: number;
  dates: number;
  actors: number;
  events: number;
  figures: number;
}

export interface ScoreReport {
  articles: (ArticleScore & Ratios)[];
  total: ArticleScore & Ratios;
}

/** What scoring needs of a draft, under the name of its article. */
export interface NamedDraft {
  name: string;
  draft: Pick<Briefing, 'incidents' | 'figures'>;
}

interface Scored extends NamedDraft {
  gold: Gold;
  roles: readonly GoldRole[];
}

/**
 * Gold null: the article does not say, a draft agrees with absent or 0; "any": anything; an array:
 * any of its values, or a range whose two ends are both among them. A range agrees with a single
 * number only when it is that number.
 */
export function countAgrees(value: Count | null | undefined, gold: GoldCount): boolean {
  if (gold === 'any') return true;
  const values = Array.isArray(gold) ? gold : [gold];
  if (value !== null && value !== undefined && typeof value !== 'number') {
    return value.low === value.high
      ? countAgrees(value.low, gold)
      : values.includes(value.low) && values.includes(value.high);
  }
  const n = value ?? null;
  return values.some((g) => (g === null ? n === null || n === 0 : n === g));
}

export function casualtiesAgree(incident: Incident, gold: GoldIncident): boolean {
  return countAgrees(incident.killed, gold.killed) && countAgrees(incident.wounded, gold.wounded);
}

/** The gazetteer's id for any spelling of a governorate, in either language; the bare name otherwise. */
function governorateKey(name: string): string {
  return governorateByName(name)?.id ?? matchKey(name);
}

/** Date ranges overlap, and the place names the gold governorate (any, where gold has none). */
export function incidentMatches(incident: Incident, gold: GoldIncident): boolean {
  if (incident.date.from > gold.date.to || gold.date.from > incident.date.to) return false;
  if (gold.governorate === null) return true;
  const key = governorateKey(gold.governorate);
  const names = [incident.place.governorate?.en, incident.place.governorate?.ar].filter(
    (n): n is string => !!n,
  );
  return names.some((n) => governorateKey(n) === key);
}

/** Each incident matched at most once, agreeing casualties first (eval/matching.ts). */
function match(
  incidents: readonly Incident[],
  golds: readonly GoldIncident[],
  order: readonly number[],
): Map<number, number> {
  return pairUp(incidents, golds, order, incidentMatches, casualtiesAgree);
}

/** The draft's perpetrators as actor ids; a name the phrase tables do not know stays apart. */
function actorIds(incident: Incident): { ids: string[]; suspected: boolean } {
  const found = incident.actors.map((a) => actorIdOf(a.en ?? a.ar ?? ''));
  return { ids: found.map((x) => x?.id ?? '?').sort(), suspected: found.some((x) => x?.suspected) };
}

/**
 * What became of each drafted incident under the scoring rule: `right` when it is matched with
 * agreeing casualties, `wrong` when matched with others or with no gold incident at all,
 * `background` when it only matched an optional one (which neither rewards nor costs). The review
 * model learns from these (review/collect-cli.ts).
 */
export type DraftOutcome = 'right' | 'wrong' | 'background';

export function draftOutcomes(
  incidents: readonly Incident[],
  golds: readonly GoldIncident[],
): DraftOutcome[] {
  const required = golds.flatMap((g, i) => (g.optional ? [] : [i]));
  const optional = golds.flatMap((g, i) => (g.optional ? [i] : []));
  const pairs = match(incidents, golds, required);
  const goldOf = new Map([...pairs].map(([g, i]) => [i, g]));
  const left = incidents.flatMap((_, i) => (goldOf.has(i) ? [] : [i]));
  const background = new Set(
    [
      ...match(
        left.map((i) => incidents[i]!),
        golds,
        optional,
      ).values(),
    ].map((j) => left[j]),
  );
  return incidents.map((incident, i) => {
    const g = goldOf.get(i);
    if (g !== undefined) return casualtiesAgree(incident, golds[g]!) ? 'right' : 'wrong';
    return background.has(i) ? 'background' : 'wrong';
  });
}

/**
 * Required gold incidents are matched first; extracted incidents left over may then match optional
 * (background) ones, which are neither found nor missed: such a pair leaves both counts.
 */
function scoreArticle(s: Scored): ArticleScore {
  const incidents = s.draft.incidents;
  const golds = s.gold.incidents;
  const required = golds.flatMap((g, i) => (g.optional ? [] : [i]));
  const optional = golds.flatMap((g, i) => (g.optional ? [i] : []));
  const pairs = match(incidents, golds, required);
  // optional gold takes only what the required left over: it never reshuffles their pairs (which
  // could part an incident from the gold whose casualties it agrees with)
  const matched = new Set(pairs.values());
  const left = incidents.filter((_, i) => !matched.has(i));
  const background = match(left, golds, optional).size;
  let casualties = 0;
  let dates = 0;
  let roles = 0;
  let actors = 0;
  let events = 0;
  for (const [g, i] of pairs) {
    const incident = incidents[i]!;
    const gold = golds[g]!;
    if (casualtiesAgree(incident, gold)) casualties++;
    if (incident.date.from >= gold.date.from && incident.date.to <= gold.date.to) dates++;
    const role = s.roles.find((r) => r.incident === g);
    if (role) {
      roles++;
      const drafted = actorIds(incident);
      if (drafted.ids.join() === [...role.actors].sort().join() && drafted.suspected === !!role.suspected)
        actors++;
      if (incident.event.type === role.eventType) events++;
    }
  }
  const values = s.draft.figures.map((f) => f.value);
  const found = s.gold.figures.filter((v) => values.some((x) => Math.abs(x - v) < 1e-9)).length;
  return {
    name: s.name,
    extracted: incidents.length - background,
    gold: required.length,
    matched: pairs.size,
    casualtiesAgree: casualties,
    datesAgree: dates,
    roles,
    actorsAgree: actors,
    eventsAgree: events,
    goldFigures: s.gold.figures.length,
    figuresFound: found,
  };
}

/** An empty denominator scores 1: nothing to find, nothing wrongly found. */
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

function ratios(s: ArticleScore): Ratios {
  const precision = ratio(s.matched, s.extracted);
  const recall = ratio(s.matched, s.gold);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    casualties: ratio(s.casualtiesAgree, s.gold),
    dates: ratio(s.datesAgree, s.matched),
    actors: ratio(s.actorsAgree, s.roles),
    events: ratio(s.eventsAgree, s.roles),
    figures: ratio(s.figuresFound, s.goldFigures),
  };
}

/**
 * Scores drafts against the gold, per article and in total (sums over articles, then ratios).
 * Every gold article counts: one without a draft (the pipeline failed on it) finds nothing.
 */
export function score(
  drafts: readonly NamedDraft[],
  golds: Readonly<Record<string, Gold>>,
  roles: Readonly<Record<string, readonly GoldRole[]>> = {},
): ScoreReport {
  const articles = Object.keys(golds)
    .sort()
    .map((name) => {
      const draft = drafts.find((d) => d.name === name)?.draft ?? { incidents: [], figures: [] };
      return scoreArticle({ name, draft, gold: golds[name] as Gold, roles: roles[name] ?? [] });
    });
  const sum = (key: keyof Omit<ArticleScore, 'name'>): number => articles.reduce((s, a) => s + a[key], 0);
  const total: ArticleScore = {
    name: 'TOTAL',
    extracted: sum('extracted'),
    gold: sum('gold'),
    matched: sum('matched'),
    casualtiesAgree: sum('casualtiesAgree'),
    datesAgree: sum('datesAgree'),
    roles: sum('roles'),
    actorsAgree: sum('actorsAgree'),
    eventsAgree: sum('eventsAgree'),
    goldFigures: sum('goldFigures'),
    figuresFound: sum('figuresFound'),
  };
  return { articles: articles.map((a) => ({ ...a, ...ratios(a) })), total: { ...total, ...ratios(total) } };
}

/** The report as a plain-text table. */
export function formatReport(report: ScoreReport): string[] {
  const header = [
    'article',
    'extr',
    'gold',
    'match',
    'P',
    'R',
    'F1',
    'casualties',
    'dates',
    'actors',
    'events',
    'figures',
  ];
  const row = (a: ArticleScore & Ratios): string[] => [
    a.name,
    String(a.extracted),
    String(a.gold),
    String(a.matched),
    a.precision.toFixed(2),
    a.recall.toFixed(2),
    a.f1.toFixed(2),
    a.casualties.toFixed(2),
    a.dates.toFixed(2),
    `${a.actors.toFixed(2)} (${a.actorsAgree}/${a.roles})`,
    `${a.events.toFixed(2)} (${a.eventsAgree}/${a.roles})`,
    `${a.figures.toFixed(2)} (${a.figuresFound}/${a.goldFigures})`,
  ];
  const rows = [header, ...report.articles.map(row), row(report.total)];
  const widths = header.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '),
  );
}
