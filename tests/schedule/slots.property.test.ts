import fc from 'fast-check';
import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { compileSchedule } from '../../src/schedule/slots.js';

const ZONES = [
  'Asia/Baghdad',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/Santiago',
];
const EXPRESSIONS = ['0 * * * *', '30 2 * * *', '*/15 * * * *', '0 0 * * *', '45 1 * * SUN'];
const YEAR_2026 = Date.parse('2026-01-01T00:00:00Z');
const DAY = 86_400_000;
// Approximate instants (UTC) of 2026 DST changes.
const TRANSITIONS_2026: ReadonlyArray<readonly [string, string]> = [
  ['Europe/Berlin', '2026-03-29T01:00:00Z'],
  ['Europe/Berlin', '2026-10-25T01:00:00Z'],
  ['America/New_York', '2026-03-08T07:00:00Z'],
  ['America/New_York', '2026-11-01T06:00:00Z'],
  ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'], // 30-minute shift
  ['Australia/Lord_Howe', '2026-10-03T15:30:00Z'],
  ['America/Santiago', '2026-04-05T03:00:00Z'], // at local midnight
  ['America/Santiago', '2026-09-06T04:00:00Z'],
  ['Pacific/Chatham', '2026-04-04T14:00:00Z'],
  ['Pacific/Chatham', '2026-09-26T14:00:00Z'],
];

/** One formatter per zone: building one is most of a call's cost, and the properties make thousands. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock an independent formatter shows at `at`, in the key's format. */
function wallClock(at: number, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second} ${timeZone}`;
}

describe('slot arithmetic properties (2026, zones with odd offsets and DST rules)', () => {
  const anywhere = fc.record({
    zone: fc.constantFrom(...ZONES),
    from: fc.integer({ min: 0, max: 364 * 24 * 4 }).map((q) => YEAR_2026 + q * 15 * 60_000 - 7 * 60_000),
  });
  const nearTransition = fc
    .tuple(fc.constantFrom(...TRANSITIONS_2026), fc.integer({ min: -12 * 60, max: 6 * 60 }))
    .map(([[zone, iso], minutes]) => ({ zone, from: Date.parse(iso) + minutes * 60_000 - 30_000 }));
  const cases = fc
    .tuple(
      fc.oneof(anywhere, nearTransition),
      fc.record({
        expression: fc.constantFrom(...EXPRESSIONS),
        lengthMs: fc.integer({ min: 1, max: 3 * DAY }),
        cutMs: fc.integer({ min: 0, max: 3 * DAY }),
      }),
    )
    .map(([where, what]) => ({ ...where, ...what }));

  it('every slot shows its key on the wall clock, keys are unique, and ranges split cleanly', () => {
    fc.assert(
      fc.property(cases, ({ zone, expression, from, lengthMs, cutMs }) => {
        const schedule = compileSchedule([expression], zone);
        const to = from + lengthMs;
        const cut = from + Math.min(cutMs, lengthMs);
        const slots = schedule.between(from, to);
        for (const slot of slots) {
          expect(slot.key).toBe(wallClock(slot.at, zone));
          expect(slot.at > from && slot.at <= to).toBe(true);
        }
        expect(new Set(slots.map((s) => s.key)).size).toBe(slots.length);
        expect([...schedule.between(from, cut), ...schedule.between(cut, to)]).toEqual(slots);
        const next = schedule.next(from);
        if (slots.length > 0) expect(next).toEqual(slots[0]);
        else if (next) expect(next.at).toBeGreaterThan(to);
        const previous = schedule.previous(to);
        if (slots.length > 0) expect(previous).toEqual(slots[slots.length - 1]);
      }),
      { numRuns: 100 },
    );
  });

  it("agrees with node-cron's own time-zone matcher on which instants match (first occurrence only)", () => {
    fc.assert(
      fc.property(cases, ({ zone, expression, from, lengthMs }) => {
        const task = cron.createTask(expression, () => undefined, { timezone: zone });
        try {
          const firstMinute = Math.floor(from / 60_000) * 60_000 + 60_000;
          const to = from + Math.min(lengthMs, DAY / 2);
          const slotTimes = new Set(
            compileSchedule([expression], zone)
              .between(from, to)
              .map((s) => s.at),
          );
          for (let at = firstMinute; at <= to; at += 60_000) {
            const key = wallClock(at, zone);
            // A repeated wall-clock time (autumn, shifts of 30 or 60 min) counts only at its first occurrence.
            const repeat = wallClock(at - 3_600_000, zone) === key || wallClock(at - 1_800_000, zone) === key;
            if (slotTimes.has(at) !== (task.match(new Date(at)) && !repeat)) return false;
          }
          return true;
        } finally {
          void task.destroy();
        }
      }),
      { numRuns: 10 },
    );
  });

  it('around every 2026 transition, a daily slot exists unless its local time was skipped', () => {
    // Local 02:30 is skipped in Berlin on 29 March and repeated on 25 October.
    const schedule = compileSchedule(['30 2 * * *'], 'Europe/Berlin');
    const slots = schedule.between(YEAR_2026, YEAR_2026 + 365 * DAY);
    expect(slots).toHaveLength(364);
    expect(slots.some((s) => s.key.startsWith('2026-03-29'))).toBe(false);
  });
});
