/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone moves a day. */

export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** Whole days from `from` to `to` (negative where `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return toDate(iso).getUTCDay();
}

/** The latest day with this weekday on or before `iso`. */
export function lastWeekday(iso: string, day: number): string {
  return addDays(iso, -((weekday(iso) - day + 7) % 7));
}

export function isoOf(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    ? toIso(d)
    : null;
}

/** First and last day of a month (month 1–12). */
export function monthRange(year: number, month: number): { from: string; to: string } {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: isoOf(year, month, 1) as string, to: isoOf(year, month, last) as string };
}

/** Year and month (1–12) of a date, shifted by whole months. */
export function shiftMonth(iso: string, months: number): { year: number; month: number } {
  const d = toDate(iso);
  const index = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The year that puts month/day closest before (or at) the reference date: "19 October" in early November → this year. */
export function yearBefore(reference: string, month: number, day = 1): number {
  const year = toDate(reference).getUTCFullYear();
  const candidate = isoOf(year, month, Math.min(day, 28)) ?? `${year}-12-31`;
  return candidate > addDays(reference, 7) ? year - 1 : year;
}
