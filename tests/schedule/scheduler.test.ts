import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScheduler, type SchedulerDeps } from '../../src/schedule/scheduler.js';
import type { Slot } from '../../src/schedule/slots.js';

const utc = (iso: string) => Date.parse(`${iso}Z`);
const MINUTE = 60_000;
const HOUR = 3_600_000;

function setup(overrides: Partial<SchedulerDeps> & { startAt: number }) {
  const fired: Array<{ key: string; at: number; late: boolean }> = [];
  const logs: Array<{ level: number; msg: string }> = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  let now = overrides.startAt;
  const scheduler = createScheduler({
    expressions: ['0 8 * * *', '0 20 * * *'],
    timeZone: 'Asia/Baghdad',
    clock: { now: () => now },
    onSlot: async (slot: Slot, late: boolean) => void fired.push({ key: slot.key, at: slot.at, late }),
    catchUpMs: HOUR,
    lastRun: async () => null,
    log,
    ...overrides,
  });
  /** Ticks every `stepMs` from the current time through `untilMs`. */
  const tickThrough = async (untilMs: number, stepMs: number) => {
    while (now < untilMs) {
      now = Math.min(untilMs, now + stepMs);
      await scheduler.tick(now);
    }
  };
  return { scheduler, fired, logs, tickThrough, setNow: (ms: number) => (now = ms) };
}

describe('createScheduler: tick', () => {
  it('Asia/Baghdad 08:00 and 20:00 fire at 05:00Z and 17:00Z, on time', async () => {
    const { fired, tickThrough } = setup({ startAt: utc('2026-11-24T00:00:00') });
    await tickThrough(utc('2026-11-26T00:00:00'), 30_000);
    expect(fired).toEqual([
      { key: '2026-11-24T08:00:00 Asia/Baghdad', at: utc('2026-11-24T05:00:00'), late: false },
      { key: '2026-11-24T20:00:00 Asia/Baghdad', at: utc('2026-11-24T17:00:00'), late: false },
      { key: '2026-11-25T08:00:00 Asia/Baghdad', at: utc('2026-11-25T05:00:00'), late: false },
      { key: '2026-11-25T20:00:00 Asia/Baghdad', at: utc('2026-11-25T17:00:00'), late: false },
    ]);
  });

  it('a tick long after a slot (process stalled) still fires it once, marked late', async () => {
    const { fired, scheduler, setNow } = setup({ startAt: utc('2026-11-24T00:00:00') });
    setNow(utc('2026-11-24T06:00:00'));
    await scheduler.tick(utc('2026-11-24T06:00:00'));
    await scheduler.tick(utc('2026-11-24T06:00:00'));
    expect(fired.map((f) => [f.key, f.late])).toEqual([['2026-11-24T08:00:00 Asia/Baghdad', true]]);
  });

  it('Europe/Berlin 02:30 across the 2026 DST changes: none on 29 March, one on 25 October', async () => {
    const spring = setup({
      expressions: ['30 2 * * *'],
      timeZone: 'Europe/Berlin',
      startAt: utc('2026-03-27T12:00:00'),
    });
    await spring.tickThrough(utc('2026-03-31T12:00:00'), MINUTE);
    expect(spring.fired.map((f) => f.key.slice(0, 10))).toEqual(['2026-03-28', '2026-03-30', '2026-03-31']);

    const autumn = setup({
      expressions: ['30 2 * * *'],
      timeZone: 'Europe/Berlin',
      startAt: utc('2026-10-24T12:00:00'),
    });
    await autumn.tickThrough(utc('2026-10-26T12:00:00'), MINUTE);
    expect(autumn.fired.map((f) => [f.key, new Date(f.at).toISOString()])).toEqual([
      ['2026-10-25T02:30:00 Europe/Berlin', '2026-10-25T00:30:00.000Z'],
      ['2026-10-26T02:30:00 Europe/Berlin', '2026-10-26T01:30:00.000Z'],
    ]);
  });

  it('a seconds field fires every 10 s', async () => {
    const { fired, tickThrough } = setup({
      expressions: ['*/10 * * * * *'],
      startAt: utc('2026-11-24T05:00:00'),
    });
    await tickThrough(utc('2026-11-24T05:01:00'), 1000);
    expect(fired.map((f) => f.key.slice(11, 19))).toEqual([
      '08:00:10',
      '08:00:20',
      '08:00:30',
      '08:00:40',
      '08:00:50',
      '08:01:00',
    ]);
  });

  it('runs onSlot one at a time, and a failing run does not stop later ones', async () => {
    let running = 0;
    let overlapped = false;
    const order: string[] = [];
    const { scheduler, logs } = setup({
      expressions: ['*/10 * * * * *'],
      startAt: utc('2026-11-24T05:00:00'),
      onSlot: async (slot) => {
        running++;
        overlapped ||= running > 1;
        await new Promise((r) => setTimeout(r, 5));
        running--;
        order.push(slot.key.slice(17, 19));
        if (order.length === 1) throw new Error('digest exploded');
      },
    });
    await scheduler.tick(utc('2026-11-24T05:00:30'));
    expect(order).toEqual(['10', '20', '30']);
    expect(overlapped).toBe(false);
    expect(logs.filter((l) => l.msg === 'scheduled run failed')).toHaveLength(1);
  });
});

describe('createScheduler: catchUp', () => {
  const start = utc('2026-11-24T05:30:00'); // 08:30 Baghdad, half an hour after the 08:00 slot

  it('fires the most recent missed slot, late, when within catchUpMs', async () => {
    const { fired, scheduler } = setup({ startAt: start, lastRun: async () => utc('2026-11-23T17:00:00') });
    await scheduler.catchUp(start);
    expect(fired).toEqual([
      { key: '2026-11-24T08:00:00 Asia/Baghdad', at: utc('2026-11-24T05:00:00'), late: true },
    ]);
  });

  it('skips and logs a missed slot older than catchUpMs', async () => {
    const { fired, scheduler, logs } = setup({
      startAt: start,
      catchUpMs: 20 * MINUTE,
      lastRun: async () => utc('2026-11-23T17:00:00'),
    });
    await scheduler.catchUp(start);
    expect(fired).toEqual([]);
    expect(logs.map((l) => l.msg)).toContain('missed slot too old to catch up, skipped');
  });

  it('fires only the newest of several missed slots and logs that older ones were skipped', async () => {
    const { fired, scheduler, logs } = setup({
      startAt: start,
      lastRun: async () => utc('2026-11-20T17:00:00'),
    });
    await scheduler.catchUp(start);
    expect(fired.map((f) => f.key)).toEqual(['2026-11-24T08:00:00 Asia/Baghdad']);
    expect(logs.map((l) => l.msg)).toContain('older missed slots skipped, only the latest is caught up');
  });

  it.each([
    ['never ran', null],
    ['already ran that slot', utc('2026-11-24T05:00:00')],
  ])('does nothing when the bot %s', async (_name, lastRun) => {
    const { fired, scheduler } = setup({ startAt: start, lastRun: async () => lastRun });
    await scheduler.catchUp(start);
    expect(fired).toEqual([]);
  });

  it('a caught-up slot is not fired again by the following ticks', async () => {
    const { fired, scheduler, tickThrough } = setup({
      startAt: utc('2026-11-24T05:10:00'),
      lastRun: async () => utc('2026-11-23T17:00:00'),
    });
    await scheduler.catchUp(start);
    await tickThrough(utc('2026-11-24T18:00:00'), MINUTE);
    expect(fired.map((f) => [f.key, f.late])).toEqual([
      ['2026-11-24T08:00:00 Asia/Baghdad', true],
      ['2026-11-24T20:00:00 Asia/Baghdad', false],
    ]);
  });
});

describe('createScheduler: start/stop', () => {
  afterEach(() => void vi.useRealTimers());

  it('ticks on a timer from start() until stop()', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(utc('2026-11-24T04:59:58'));
    const fired: string[] = [];
    const scheduler = createScheduler({
      expressions: ['*/10 * * * * *'],
      timeZone: 'UTC',
      clock: { now: () => Date.now() },
      onSlot: async (slot) => void fired.push(slot.key),
      catchUpMs: HOUR,
      lastRun: async () => null,
      log: pino({ level: 'silent' }),
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(13_000);
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(fired).toEqual(['2026-11-24T05:00:00 UTC', '2026-11-24T05:00:10 UTC']);
  });
});
