import type { IncidentDate, Language } from '../content/schema.js';
import { catalogue } from './catalogue.js';

interface Day {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

function parseIso(iso: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function monthName(lang: Language, month: number): string {
  const name = catalogue(lang).dates.months[month - 1];
  if (name === undefined) throw new Error(`no month ${month}`);
  return name;
}

/** "19 تشرين الأول 2020" / "19 October 2020". */
export function formatDate(iso: string, lang: Language): string {
  const d = parseIso(iso);
  return `${d.day} ${monthName(lang, d.month)} ${d.year}`;
}

/** The two ends of a span of days, leaving out of the first what the second already says. */
function daySpan(fromIso: string, toIso: string, lang: Language): [string, string] {
  const from = parseIso(fromIso);
  const to = parseIso(toIso);
  const last = formatDate(toIso, lang);
  if (from.year !== to.year) return [formatDate(fromIso, lang), last];
  if (from.month !== to.month) return [`${from.day} ${monthName(lang, from.month)}`, last];
  return [String(from.day), last];
}

function formatDays(fromIso: string, toIso: string, lang: Language): string {
  return fromIso === toIso
    ? formatDate(fromIso, lang)
    : catalogue(lang).dates.range(...daySpan(fromIso, toIso, lang));
}

function formatMonths(fromIso: string, toIso: string, lang: Language): string {
  const from = parseIso(fromIso);
  const to = parseIso(toIso);
  const last = `${monthName(lang, to.month)} ${to.year}`;
  if (from.year === to.year && from.month === to.month) return last;
  const first =
    from.year === to.year ? monthName(lang, from.month) : `${monthName(lang, from.month)} ${from.year}`;
  return catalogue(lang).dates.range(first, last);
}

/**
 * An incident's date as precise as the article allows: a day or span of days, "the week of …",
 * a month, or "around …".
 */
export function formatDateRange(date: IncidentDate, lang: Language): string {
  const dates = catalogue(lang).dates;
  switch (date.precision) {
    case 'day':
      return formatDays(date.from, date.to, lang);
    case 'week':
      return dates.week(...daySpan(date.from, date.to, lang));
    case 'month':
      return formatMonths(date.from, date.to, lang);
    case 'approximate':
      return dates.approximate(formatDays(date.from, date.to, lang));
  }
}
