import { describe, expect, it } from 'vitest';
import { compileSchedule, nextSlot, previousSlot, slotsBetween } from '../../src/schedule/slots.js';

const utc = (iso: string) => Date.parse(`${iso}Z`);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const describeSlots = (slots: { at: number; key: string }[]) => slots.map((s) => `${iso(s.at)} ${s.key}`);

describe('slotsBetween', () => {
  it('Asia/Baghdad (UTC+3, no DST): 08:00 and 20:00 local are 05:00Z and 17:00Z', () => {
    const slots = slotsBetween(
      ['0 8 * * *', '0 20 * * *'],
      'Asia/Baghdad',
      utc('2026-11-24T00:00:00'),
      utc('2026-11-26T00:00:00'),
    );
    expect(describeSlots(slots)).toEqual([
      '2026-11-24T05:00:00Z 2026-11-24T08:00:00 Asia/Baghdad',
      '2026-11-24T17:00:00Z 2026-11-24T20:00:00 Asia/Baghdad',
      '2026-11-25T05:00:00Z 2026-11-25T08:00:00 Asia/Baghdad',
      '2026-11-25T17:00:00Z 2026-11-25T20:00:00 Asia/Baghdad',
    ]);
  });

  it('covers (from, to]: excludes a slot exactly at from, includes one exactly at to', () => {
    const at = utc('2026-11-24T05:00:00');
    const schedule = compileSchedule(['0 8 * * *'], 'Asia/Baghdad');
    expect(schedule.between(at, at + 1000)).toEqual([]);
    expect(schedule.between(at - 1000, at).map((s) => s.at)).toEqual([at]);
  });

  it('Europe/Berlin spring forward (2026-03-29): 02:30 never happens, so that day has no slot', () => {
    const slots = slotsBetween(
      ['30 2 * * *'],
      'Europe/Berlin',
      utc('2026-03-27T12:00:00'),
      utc('2026-03-30T12:00:00'),
    );
    expect(describeSlots(slots)).toEqual([
      '2026-03-28T01:30:00Z 2026-03-28T02:30:00 Europe/Berlin',
      '2026-03-30T00:30:00Z 2026-03-30T02:30:00 Europe/Berlin',
    ]);
  });

  it('Europe/Berlin fall back (2026-10-25): 02:30 happens twice but fires once, at the first', () => {
    const slots = slotsBetween(
      ['30 2 * * *'],
      'Europe/Berlin',
      utc('2026-10-24T12:00:00'),
      utc('2026-10-26T12:00:00'),
    );
    expect(describeSlots(slots)).toEqual([
      '2026-10-25T00:30:00Z 2026-10-25T02:30:00 Europe/Berlin',
      '2026-10-26T01:30:00Z 2026-10-26T02:30:00 Europe/Berlin',
    ]);
  });

  it('an hourly schedule through the Berlin fall-back hour keeps one slot per local time', () => {
    const slots = slotsBetween(
      ['0 * * * *'],
      'Europe/Berlin',
      utc('2026-10-24T23:30:00'),
      utc('2026-10-25T02:30:00'),
    );
    expect(describeSlots(slots)).toEqual([
      '2026-10-25T00:00:00Z 2026-10-25T02:00:00 Europe/Berlin',
      // 02:00 CET (01:00Z) repeats the key above and is not a second slot.
      '2026-10-25T02:00:00Z 2026-10-25T03:00:00 Europe/Berlin',
    ]);
  });

  it('supports a seconds field', () => {
    const slots = slotsBetween(
      ['*/10 * * * * *'],
      'Asia/Baghdad',
      utc('2026-11-24T05:00:00'),
      utc('2026-11-24T05:01:00'),
    );
    expect(slots.map((s) => iso(s.at))).toEqual(
      ['10', '20', '30', '40', '50'].map((s) => `2026-11-24T05:00:${s}Z`).concat('2026-11-24T05:01:00Z'),
    );
    expect(slots[0]!.key).toBe('2026-11-24T08:00:10 Asia/Baghdad');
  });

  it('matches names, ranges, lists and steps in local time', () => {
    // Mondays and Wednesdays in November 2026 at 07:15 Baghdad: 2, 4, 9, 11 ...
    const slots = slotsBetween(
      ['15 7 * NOV MON,WED'],
      'Asia/Baghdad',
      utc('2026-11-01T00:00:00'),
      utc('2026-11-12T00:00:00'),
    );
    expect(slots.map((s) => s.key.slice(0, 10))).toEqual([
      '2026-11-02',
      '2026-11-04',
      '2026-11-09',
      '2026-11-11',
    ]);
    const stepped = slotsBetween(
      ['0 8-20/6 * * *'],
      'UTC',
      utc('2026-11-24T00:00:00'),
      utc('2026-11-25T00:00:00'),
    );
    expect(stepped.map((s) => iso(s.at).slice(11, 16))).toEqual(['08:00', '14:00', '20:00']);
  });

  it('gives the same keys whichever range a slot is found through', () => {
    const whole = slotsBetween(
      ['0 */3 * * *'],
      'America/New_York',
      utc('2026-11-01T00:00:00'),
      utc('2026-11-03T00:00:00'),
    );
    const pieces = [0, 1, 2, 3].flatMap((i) =>
      slotsBetween(
        ['0 */3 * * *'],
        'America/New_York',
        utc('2026-11-01T00:00:00') + i * 12 * 3600_000,
        utc('2026-11-01T12:00:00') + i * 12 * 3600_000,
      ),
    );
    expect(pieces).toEqual(whole);
    expect(new Set(whole.map((s) => s.key)).size).toBe(whole.length);
  });
});

describe('nextSlot / previousSlot', () => {
  it('finds the next slot strictly after a time, far ahead if needed', () => {
    expect(nextSlot(['0 8 * * *'], 'Asia/Baghdad', utc('2026-11-24T05:00:00'))?.key).toBe(
      '2026-11-25T08:00:00 Asia/Baghdad',
    );
    expect(nextSlot(['0 9 29 2 *'], 'Asia/Baghdad', utc('2026-11-24T00:00:00'))?.at).toBe(
      utc('2028-02-29T06:00:00'),
    );
  });

  it('skips the spring-forward gap to the next real slot', () => {
    expect(nextSlot(['30 2 * * *'], 'Europe/Berlin', utc('2026-03-28T02:00:00'))?.key).toBe(
      '2026-03-30T02:30:00 Europe/Berlin',
    );
  });

  it('finds the last slot at or before a time', () => {
    expect(previousSlot(['0 8 * * *', '0 20 * * *'], 'Asia/Baghdad', utc('2026-11-24T16:59:59'))?.key).toBe(
      '2026-11-24T08:00:00 Asia/Baghdad',
    );
    expect(previousSlot(['0 8 * * *'], 'Asia/Baghdad', utc('2026-11-24T05:00:00'))?.at).toBe(
      utc('2026-11-24T05:00:00'),
    );
  });
});
