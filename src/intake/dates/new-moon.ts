import { addDays, toIso } from './calendar.js';

/**
 * The astronomical new moon (conjunction), after Meeus, "Astronomical Algorithms", ch. 49: the
 * mean lunation and its main periodic corrections, good to a minute or two — far inside the day
 * that decides when a Hijri month can be sighted.
 */
const RAD = Math.PI / 180;
const SYNODIC_MONTH = 29.530588861;
const K0_JDE = 2451550.09766;
const UNIX_EPOCH_JD = 2440587.5;
const DAY_MS = 86_400_000;

/** Julian Ephemeris Day of the new moon of lunation k (k = 0: 6 January 2000). */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const jde = K0_JDE + SYNODIC_MONTH * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4;
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3) * RAD;
  const mp =
    (201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4) * RAD;
  const fa =
    (160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4) * RAD;
  const om = (124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3) * RAD;
  const s = Math.sin;
  const correction =
    -0.4072 * s(mp) +
    0.17241 * e * s(m) +
    0.01608 * s(2 * mp) +
    0.01039 * s(2 * fa) +
    0.00739 * e * s(mp - m) -
    0.00514 * e * s(mp + m) +
    0.00208 * e * e * s(2 * m) -
    0.00111 * s(mp - 2 * fa) -
    0.00057 * s(mp + 2 * fa) +
    0.00056 * e * s(2 * mp + m) -
    0.00042 * s(3 * mp) +
    0.00042 * e * s(m + 2 * fa) +
    0.00038 * e * s(m - 2 * fa) -
    0.00024 * e * s(2 * mp - m) -
    0.00017 * s(om) -
    0.00007 * s(mp + 2 * m) +
    0.00004 * s(2 * mp - 2 * fa) +
    0.00004 * s(3 * m) +
    0.00003 * s(mp + m - 2 * fa) +
    0.00003 * s(2 * mp + 2 * fa) -
    0.00003 * s(mp + m + 2 * fa) +
    0.00003 * s(mp - m + 2 * fa) -
    0.00002 * s(mp - m - 2 * fa) -
    0.00002 * s(3 * mp + m) +
    0.00002 * s(4 * mp);
  return jde + correction;
}

/** The instant of the new moon nearest to a day (noon UTC of `iso`). */
export function newMoonNear(iso: string): Date {
  const jd = Date.parse(`${iso}T12:00:00Z`) / DAY_MS + UNIX_EPOCH_JD;
  const k = Math.round((jd - K0_JDE) / SYNODIC_MONTH);
  return new Date((newMoonJde(k) - UNIX_EPOCH_JD) * DAY_MS);
}

/** Iraq and Syria keep UTC+3 (Syria since 2022; +2 or +3 before): the local day of an instant. */
const LOCAL_OFFSET_MS = 3 * 3_600_000;
/** A conjunction after about local sunset cannot be sighted that evening: the first chance is the next. */
const SIGHTING_HOUR = 18;

/**
 * The days the first of a Hijri month can fall on, given its tabular first day: the evening after
 * the conjunction is the earliest sighting (the month begins the day after), and countries that
 * wait for a clear sighting begin a day later — the two days over which Iraq, Syria and their
 * neighbours announce a month's start ("Eid began on Friday or Saturday").
 */
export function monthStartDays(tabularFirstDay: string): { from: string; to: string } {
  const conjunction = newMoonNear(addDays(tabularFirstDay, -1));
  const local = new Date(conjunction.getTime() + LOCAL_OFFSET_MS);
  const evening = local.getUTCHours() >= SIGHTING_HOUR ? addDays(toIso(local), 1) : toIso(local);
  return { from: addDays(evening, 1), to: addDays(evening, 2) };
}
