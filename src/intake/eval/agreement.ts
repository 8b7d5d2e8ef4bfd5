import { governorateByName } from '../../places/resolve.js';
import { matchKey } from '../../text/normalize.js';
import type { Gold, GoldCount, GoldIncident } from './gold.js';
import { pairUp } from './matching.js';

/**
 * How far two annotations of the same articles agree: the ceiling a pipeline can be asked to reach
 * on them. The first annotation is the reference (its required incidents are the denominator), the
 * second is paired with it as the eval pairs drafts with gold.
 */
export interface ArticleAgreement {
  name: string;
  /** Required (not optional) incidents of each annotation. */
  first: number;
  second: number;
  matched: number;
  /** Matched pairs whose killed and wounded are both compatible. */
  casualtiesAgree: number;
}

/** Null and 0 are one value (nobody said); "any" takes anything; arrays agree when they share a value. */
export function countsCompatible(a: GoldCount, b: GoldCount): boolean {
  if (a === 'any' || b === 'any') return true;
  const values = (c: number | null | number[]): (number | null)[] =>
    (Array.isArray(c) ? c : [c]).map((v) => (v === 0 ? null : v));
  const theirs = values(b);
  return values(a).some((v) => theirs.includes(v));
}

const governorateKey = (name: string): string => governorateByName(name)?.id ?? matchKey(name);

/** Date ranges overlap and the governorates are one (either left unnamed counts as any). */
export function sameIncident(a: GoldIncident, b: GoldIncident): boolean {
  if (a.date.from > b.date.to || b.date.from > a.date.to) return false;
  return (
    a.governorate === null ||
    b.governorate === null ||
    governorateKey(a.governorate) === governorateKey(b.governorate)
  );
}

const casualtiesCompatible = (a: GoldIncident, b: GoldIncident): boolean =>
  countsCompatible(a.killed, b.killed) && countsCompatible(a.wounded, b.wounded);

export function agreeArticle(name: string, first: Gold, second: Gold): ArticleAgreement {
  const required = (g: Gold): GoldIncident[] => g.incidents.filter((i) => !i.optional);
  const a = required(first);
  const b = required(second);
  const pairs = pairUp(
    b,
    a,
    a.map((_, i) => i),
    (x, y) => sameIncident(y, x),
    (x, y) => casualtiesCompatible(y, x),
  );
  const casualtiesAgree = [...pairs].filter(([i, j]) => casualtiesCompatible(a[i]!, b[j]!)).length;
  return { name, first: a.length, second: b.length, matched: pairs.size, casualtiesAgree };
}

/** Every article both annotations cover, and their sum under the name TOTAL. */
export function agreement(
  first: Readonly<Record<string, Gold>>,
  second: Readonly<Record<string, Gold>>,
): { articles: ArticleAgreement[]; total: ArticleAgreement } {
  const articles = Object.keys(second)
    .filter((name) => name in first)
    .sort()
    .map((name) => agreeArticle(name, first[name]!, second[name]!));
  const sum = (key: 'first' | 'second' | 'matched' | 'casualtiesAgree'): number =>
    articles.reduce((s, a) => s + a[key], 0);
  return {
    articles,
    total: {
      name: 'TOTAL',
      first: sum('first'),
      second: sum('second'),
      matched: sum('matched'),
      casualtiesAgree: sum('casualtiesAgree'),
    },
  };
}

/** One line per article and the total: counts, incident F1 between the two, casualties agreeing. */
export function formatAgreement(report: { articles: ArticleAgreement[]; total: ArticleAgreement }): string[] {
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  const line = (a: ArticleAgreement): string => {
    const p = ratio(a.matched, a.second);
    const r = ratio(a.matched, a.first);
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    return [
      a.name.padEnd(28),
      String(a.first).padStart(5),
      String(a.second).padStart(6),
      String(a.matched).padStart(7),
      f1.toFixed(2).padStart(5),
      `${ratio(a.casualtiesAgree, a.first).toFixed(3)} (${a.casualtiesAgree}/${a.first})`.padStart(16),
    ].join('  ');
  };
  const header = ['article'.padEnd(28), 'first', 'second', 'matched', '   F1', '      casualties'].join('  ');
  return [header, ...report.articles.map(line), line(report.total)];
}
