import { describe, expect, it } from 'vitest';
import { SHARED_WINDOW_SLACK_MS } from '../../src/delivery/bulk-sender.js';
import { budgetKeys, budgetSlotGrid, LATE_MS } from '../../src/delivery/shared-budget.js';
import { createTickWaits, slotGrid, tickAtOrAfter, tickAtOrBefore } from '../../src/delivery/tick-waits.js';
import type { OutgoingMessage, SenderLimits } from '../../src/delivery/types.js';
import { reserveRates, type RateState } from '../../src/store/gcra.js';
import { busiestWindow } from './scripted-transmit.js';
import { createVirtualClock } from './virtual-clock.js';

describe('ticks', () => {
  it('rounds down and up to the grid, and leaves times alone without one', () => {
    expect(tickAtOrBefore(1234.5, 10)).toBe(1230);
    expect(tickAtOrAfter(1234.5, 10)).toBe(1240);
    expect(tickAtOrBefore(1230, 10)).toBe(1230);
    expect(tickAtOrAfter(1230, 10)).toBe(1230);
    expect(tickAtOrBefore(1234.5, 0)).toBe(1234.5);
    expect(tickAtOrAfter(1234.5, 1)).toBe(1234.5);
  });

  it('gives the app budget a 10 ms grid, and none where the slack leaves no room', () => {
    expect(budgetSlotGrid(SHARED_WINDOW_SLACK_MS)).toBe(10);
    expect(budgetSlotGrid(0)).toBe(0);
    expect(slotGrid(15, 10, 10)).toBe(5);
  });

  it('wakes every wait of one tick on one timer, and a passed tick at once', async () => {
    const clock = createVirtualClock(1000);
    const ticks = createTickWaits(clock);
    const woken: number[] = [];
    const waits = [1010, 1010, 1010, 1020].map((tick) =>
      ticks.until(tick).then(() => woken.push(clock.now())),
    );
    expect(ticks.pending).toBe(2);
    await clock.runUntil(Promise.all(waits));
    expect(woken).toEqual([1010, 1010, 1010, 1020]);
    expect(ticks.pending).toBe(0);
    let passed = false;
    await ticks.until(900).then(() => (passed = true));
    expect(passed).toBe(true);
  });
});

/**
 * The shared budget's grants (the same pure GCRA the database runs), each send started anywhere
 * from its grid tick before the slot to LATE_MS after it; `start` picks where. Returns the starts
 * by kind of window.
 */
function simulate(
  limits: SenderLimits,
  grid: number,
  start: (slot: number, earliest: number, latest: number) => number,
  seed: number,
  groupShare: number,
) {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const states = new Map<string, RateState>();
  const all: number[] = [];
  const byChat = new Map<number, number[]>();
  const byGroup = new Map<number, number[]>();
  let now = 0;
  for (let i = 0; i < 4_000; i++) {
    // Asked faster than the limit, in bursts, from 2,000 private chats in turn and a few groups (a reply
    // into a group waits for the group's slot, and holds the overall slots after it back meanwhile).
    now += random() < 0.7 ? 0 : random() * 4;
    const group = random() < groupShare;
    const chatId = group ? -1 - Math.floor(random() * 3) : 1 + (i % 2_000);
    const chatType: OutgoingMessage['chatType'] = group ? 'supergroup' : 'private';
    const { times, next } = reserveRates(
      [
        {
          keys: budgetKeys(limits, chatId, chatType, SHARED_WINDOW_SLACK_MS),
          notBefore: now + random() * 15,
        },
      ],
      states,
    );
    for (const [key, value] of next) states.set(key, value);
    const slot = times[0]!;
    const at = start(slot, tickAtOrBefore(slot, grid), slot + LATE_MS);
    all.push(at);
    byChat.set(chatId, [...(byChat.get(chatId) ?? []), at]);
    if (group) byGroup.set(chatId, [...(byGroup.get(chatId) ?? []), at]);
  }
  return { all, byChat: [...byChat.values()], byGroup: [...byGroup.values()] };
}

/** Late in one second, early in the next: the pattern that packs the most starts into one window. */
const alternate = (slot: number, earliest: number, latest: number) =>
  Math.floor(slot / 1_000) % 2 === 0 ? latest : earliest;

describe('sends woken on the grid, up to a tick early (a sliding-window oracle)', () => {
  const cases: Array<[string, SenderLimits]> = [
    ['30/s', { perSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20, maxInFlight: 4 }],
    ['1,000/s', { perSecond: 1_000, perChatPerSecond: 1, perGroupPerMinute: 20, maxInFlight: 100 }],
  ];
  const grid = budgetSlotGrid(SHARED_WINDOW_SLACK_MS);

  it.each(cases)('never exceed a limit at %s, whenever in its range each one starts', (_name, limits) => {
    for (const [seed, start] of [
      [1, alternate],
      [2, (_slot: number, earliest: number, latest: number) => (Math.random() < 0.5 ? earliest : latest)],
      [
        3,
        (_slot: number, earliest: number, latest: number) => earliest + Math.random() * (latest - earliest),
      ],
    ] as const) {
      const { all, byChat, byGroup } = simulate(limits, grid, start, seed, 0.002);
      expect(busiestWindow(all, 1_000)).toBeLessThanOrEqual(limits.perSecond);
      expect(byGroup.length).toBeGreaterThan(0);
      for (const starts of byChat) {
        const sorted = [...starts].sort((a, b) => a - b);
        for (let i = 1; i < sorted.length; i++)
          expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(1_000);
      }
      for (const starts of byGroup)
        expect(busiestWindow(starts, 60_000)).toBeLessThanOrEqual(limits.perGroupPerMinute);
      // Without groups the budget runs at its limit: the windows are as full as they can be.
      const full = simulate(limits, grid, start, seed, 0).all;
      expect(busiestWindow(full, 1_000)).toBeGreaterThanOrEqual(0.95 * limits.perSecond);
      expect(busiestWindow(full, 1_000)).toBeLessThanOrEqual(limits.perSecond);
    }
  });

  it('would exceed the overall limit with a grid wider than the slack leaves room for', () => {
    const [, limits] = cases[1]!;
    const { all } = simulate(limits, 6 * SHARED_WINDOW_SLACK_MS, alternate, 1, 0);
    expect(busiestWindow(all, 1_000)).toBeGreaterThan(limits.perSecond);
  });
});
