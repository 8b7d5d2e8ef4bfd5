import { compileCronExpression, matchesDate } from './cron-matcher.js';
import { createZone, type Zone } from './time-zone.js';

/** One firing of a schedule. `key` names the local wall-clock time and zone, so it is the same in every process. */
export interface Slot {
  at: number;
  key: string;
}

export interface CompiledSchedule {
  /** Slots with `at` in (fromMs, toMs], in time order. */
  between(fromMs: number, toMs: number): Slot[];
  /** First slot strictly after `afterMs`. */
  next(afterMs: number): Slot | null;
  /** Last slot at or before `atOrBeforeMs`. */
  previous(atOrBeforeMs: number): Slot | null;
}

const SECOND = 1_000;
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** UTC offsets lie within [-12 h, +14 h]: the instants of one local day fall in this margin. */
const EARLIEST_OFFSET = -12 * HOUR;
const LATEST_OFFSET = 14 * HOUR;
/** A date such as Feb 29 on a Monday recurs within 28 years. */
const SEARCH_DAYS = 366 * 28;

/**
 * Schedule arithmetic in one time zone. Local times are "local-as-UTC" numbers
 * (Date.UTC of the wall-clock fields). DST rules: a local time that happens twice
 * (autumn) yields one slot, at its first occurrence; a local time that never
 * happens (spring gap) yields none, it is not moved to the next valid time.
 * Throws on an invalid expression or zone; validate with parseSchedule first.
 */
export function compileSchedule(expressions: readonly string[], timeZone: string): CompiledSchedule {
  const matchers = expressions.map((expression) => {
    const compiled = compileCronExpression(expression);
    if (!compiled.ok) throw new Error(compiled.error);
    return compiled.matcher;
  });
  const zone = createZone(timeZone);
  const keyOf = (local: number) => `${new Date(local).toISOString().slice(0, 19)} ${timeZone}`;

  // Offsets in force around one local day, found once and reused by every tick that day.
  const dayOffsetCache = new Map<number, OffsetSegment[]>();
  function offsetsAround(day: number): OffsetSegment[] {
    let segments = dayOffsetCache.get(day);
    if (!segments) {
      if (dayOffsetCache.size > 64) dayOffsetCache.clear();
      segments = offsetSegments(
        zone,
        day * DAY - LATEST_OFFSET,
        day * DAY + DAY / 2,
        day * DAY + DAY - EARLIEST_OFFSET,
      );
      dayOffsetCache.set(day, segments);
    }
    return segments;
  }

  function slotsOfDay(day: number, lowMs: number, highMs: number): Slot[] {
    const dayStart = day * DAY;
    const date = new Date(dayStart);
    const active = matchers.filter((m) =>
      matchesDate(m, date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCDay()),
    );
    if (active.length === 0) return [];
    const segments = offsetsAround(day);
    const offsets = segments.map((s) => s.offset);
    const minOffset = Math.min(...offsets);
    const maxOffset = Math.max(...offsets);
    const found = new Map<string, Slot>();
    for (const m of active) {
      for (const hour of m.hours) {
        const hourStart = dayStart + hour * HOUR;
        if (hourStart + HOUR - minOffset <= lowMs || hourStart - maxOffset > highMs) continue;
        for (const minute of m.minutes) {
          for (const second of m.seconds) {
            const local = hourStart + minute * MINUTE + second * SECOND;
            const at = instantOf(local, segments);
            if (at === null || at <= lowMs || at > highMs) continue;
            const key = keyOf(local);
            if (!found.has(key)) found.set(key, { at, key });
          }
        }
      }
    }
    return [...found.values()].sort((a, b) => a.at - b.at);
  }

  const localDay = (atMs: number, offset: number) => Math.floor((atMs + offset) / DAY);

  return {
    between(fromMs, toMs) {
      const slots: Slot[] = [];
      for (let day = localDay(fromMs, EARLIEST_OFFSET); day <= localDay(toMs, LATEST_OFFSET); day++) {
        slots.push(...slotsOfDay(day, fromMs, toMs));
      }
      return slots.sort((a, b) => a.at - b.at);
    },
    next(afterMs) {
      const first = localDay(afterMs, EARLIEST_OFFSET);
      for (let day = first; day <= first + SEARCH_DAYS; day++) {
        const slots = slotsOfDay(day, afterMs, Infinity);
        if (slots.length > 0) return slots[0] as Slot;
      }
      return null;
    },
    previous(atOrBeforeMs) {
      const last = localDay(atOrBeforeMs, LATEST_OFFSET);
      for (let day = last; day >= last - SEARCH_DAYS; day--) {
        const slots = slotsOfDay(day, -Infinity, atOrBeforeMs);
        if (slots.length > 0) return slots[slots.length - 1] as Slot;
      }
      return null;
    },
  };
}

/** From instant `from` on (until the next segment), the zone's offset is `offset`. */
interface OffsetSegment {
  from: number;
  offset: number;
}

/** Offsets over [start, end], assuming at most one transition on each side of `middle`. */
function offsetSegments(zone: Zone, start: number, middle: number, end: number): OffsetSegment[] {
  const segments: OffsetSegment[] = [{ from: -Infinity, offset: zone.offsetMs(start) }];
  for (const [lo, hi] of [
    [start, middle],
    [middle, end],
  ] as const) {
    const after = zone.offsetMs(hi);
    if (after !== (segments[segments.length - 1] as OffsetSegment).offset) {
      segments.push({ from: transitionBetween(zone, lo, hi), offset: after });
    }
  }
  return segments;
}

/** First whole second in (lo, hi] whose offset differs from lo's (transitions fall on whole seconds). */
function transitionBetween(zone: Zone, lo: number, hi: number): number {
  const before = zone.offsetMs(lo);
  while (hi - lo > SECOND) {
    const mid = lo + Math.floor((hi - lo) / (2 * SECOND)) * SECOND;
    if (zone.offsetMs(mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

function offsetAt(segments: readonly OffsetSegment[], at: number): number {
  let offset = (segments[0] as OffsetSegment).offset;
  for (const segment of segments) if (segment.from <= at) offset = segment.offset;
  return offset;
}

/** The earliest instant showing wall-clock `local`, or null if a DST gap skips it. */
function instantOf(local: number, segments: readonly OffsetSegment[]): number | null {
  let earliest: number | null = null;
  for (const { offset } of segments) {
    const at = local - offset;
    if (offsetAt(segments, at) === offset && (earliest === null || at < earliest)) earliest = at;
  }
  return earliest;
}

export function slotsBetween(
  expressions: readonly string[],
  timeZone: string,
  fromMs: number,
  toMs: number,
): Slot[] {
  return compileSchedule(expressions, timeZone).between(fromMs, toMs);
}

export function nextSlot(expressions: readonly string[], timeZone: string, afterMs: number): Slot | null {
  return compileSchedule(expressions, timeZone).next(afterMs);
}

export function previousSlot(
  expressions: readonly string[],
  timeZone: string,
  atOrBeforeMs: number,
): Slot | null {
  return compileSchedule(expressions, timeZone).previous(atOrBeforeMs);
}
