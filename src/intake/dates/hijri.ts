import { addDays, toDate, toIso } from './calendar.js';

/**
 * The tabular (arithmetical) Islamic calendar: 30-year cycles of 354- and 355-day years. Official
 * calendars (Umm al-Qura, local sightings) start months on the moon's observation, so a tabular
 * date can be a day or two off: callers treat it as approximate.
 */
const EPOCH_JD = 1948439.5;
const UNIX_EPOCH_JD = 2440587.5;
const DAY_MS = 86_400_000;

/** Julian day number of a tabular Hijri date (month 1–12). */
function hijriToJd(year: number, month: number, day: number): number {
  return (
    day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + EPOCH_JD - 1
  );
}

/** The Gregorian day (ISO) of a tabular Hijri date. */
export function hijriToIso(year: number, month: number, day: number): string {
  return toIso(new Date(Math.round((hijriToJd(year, month, day) - UNIX_EPOCH_JD) * DAY_MS)));
}

/** The tabular Hijri date of a Gregorian day. */
export function isoToHijri(iso: string): { year: number; month: number; day: number } {
  const jd = Math.floor(toDate(iso).getTime() / DAY_MS + UNIX_EPOCH_JD) + 0.5;
  const year = Math.floor((30 * (jd - EPOCH_JD) + 10646) / 10631);
  const month = Math.min(12, Math.ceil((jd - (29 + hijriToJd(year, 1, 1))) / 29.5) + 1);
  const day = jd - hijriToJd(year, month, 1) + 1;
  return { year, month, day };
}

/**
 * The latest occurrence of a Hijri month/day on or a little after `reference` (an article may
 * announce a feast a few days ahead): the year is the one the publication date allows.
 */
export function hijriBefore(reference: string, month: number, day: number, leeway = 3): string {
  const { year } = isoToHijri(reference);
  const limit = addDays(reference, leeway);
  for (const y of [year + 1, year, year - 1]) {
    const iso = hijriToIso(y, month, day);
    if (iso <= limit) return iso;
  }
  return hijriToIso(year - 2, month, day);
}
