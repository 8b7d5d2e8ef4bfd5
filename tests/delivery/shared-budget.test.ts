import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { describe, expect, it, onTestFinished } from 'vitest';
import { budgetKeys, createSharedBudget, PAUSE_READ_EVERY_MS } from '../../src/delivery/shared-budget.js';
import { createSender } from '../../src/delivery/sender.js';
import type { OutgoingMessage, SenderLimits } from '../../src/delivery/types.js';
import { reserveRates, type RateState } from '../../src/store/gcra.js';
import { openStore } from '../../src/store/open.js';
import type { RateStore } from '../../src/store/store.js';
import { dialects, storeOptions, tempDatabase } from '../store/helpers.js';
import { busiestWindow } from './scripted-transmit.js';
import { createVirtualClock } from './virtual-clock.js';

const log = pino({ level: 'silent' });
const clock = { now: Date.now, sleep: (ms: number) => sleep(ms) };
const limits: SenderLimits = { perSecond: 20, perChatPerSecond: 1, perGroupPerMinute: 20, maxInFlight: 4 };

describe('budgetKeys', () => {
  it('draws on the overall limit, the chat, and a group or channel evenly spaced', () => {
    expect(budgetKeys(limits, undefined, 'private')).toEqual([{ key: 'send', intervalMs: 50, burst: 1 }]);
    expect(budgetKeys(limits, 7, 'private').map((k) => k.key)).toEqual(['send', 'chat:7']);
    expect(budgetKeys(limits, -100, 'supergroup')).toEqual([
      { key: 'send', intervalMs: 50, burst: 1 },
      { key: 'chat:-100', intervalMs: 1000, burst: 1 },
      { key: 'group:-100', intervalMs: 3000, burst: 1 },
    ]);
  });
});

/**
 * Two instances' senders, each sending to its own chats. Returns the starts of both by the wall
 * clock, and the start times the shared budget granted (the promise it keeps, whatever the load).
 */
async function twoInstances(
  location: string,
  shared: boolean,
): Promise<{ starts: number[]; granted: number[] }> {
  const starts: number[] = [];
  const granted: number[] = [];
  const senders = await Promise.all(
    [0, 1].map(async () => {
      const store = await openStore(storeOptions(location));
      onTestFinished(() => store.close());
      return createSender<OutgoingMessage>({
        transmit: async () => {
          starts.push(Date.now());
          return [starts.length];
        },
        limits,
        clock,
        log,
        ...(shared
          ? { budget: createSharedBudget({ rates: recording(store.rates, granted), limits, clock }) }
          : {}),
      });
    }),
  );
  const sends = senders.flatMap((sender, instance) =>
    Array.from({ length: 25 }, (_, i) =>
      sender.send({ chatId: instance * 1000 + i + 1, chatType: 'private' }),
    ),
  );
  const outcomes = await Promise.all(sends);
  expect(outcomes.every((o) => o.status === 'sent')).toBe(true);
  return { starts, granted };
}

/** The store's own rates, with every granted start time written down. */
function recording(rates: RateStore, granted: number[]): RateStore {
  return {
    reserve: async (keys, notBefore) => {
      const at = await rates.reserve(keys, notBefore);
      granted.push(at);
      return at;
    },
    reserveMany: async (requests) => {
      const times = await rates.reserveMany(requests);
      granted.push(...times);
      return times;
    },
    pause: (key, until) => rates.pause(key, until),
    pausedUntil: (key) => rates.pausedUntil(key),
  };
}

describe.each(dialects)('%s: a send budget shared by two instances', (dialect) => {
  it('keeps both together within the overall limit, where each alone would use all of it', async () => {
    const db = await tempDatabase(dialect);
    onTestFinished(db.cleanup);
    const apart = await twoInstances(db.location, false);
    expect(busiestWindow(apart.starts, 1000)).toBeGreaterThan(limits.perSecond + 5);
    const together = await twoInstances(db.location, true);
    expect(together.starts).toHaveLength(50);
    // A slot granted after it had passed (a slow transaction) is given up and another reserved.
    expect(together.granted.length).toBeGreaterThanOrEqual(50);
    // What the budget granted, not when a loaded machine's timers fired: a late timer is what the
    // app's margin per window (windowSlackMs) is for.
    expect(busiestWindow(together.granted, 1000)).toBe(limits.perSecond);
    // Each start waited for its grant.
    expect(Math.min(...together.starts)).toBeGreaterThanOrEqual(Math.min(...together.granted));
  });

  it('reserves many sends per transaction, and two budgets together never grant more than the limit in any window', async () => {
    const db = await tempDatabase(dialect);
    onTestFinished(db.cleanup);
    const fast: SenderLimits = { ...limits, perSecond: 200, maxInFlight: 50 };
    const granted: number[] = [];
    let transactions = 0;
    const budgets = await Promise.all(
      [0, 1].map(async () => {
        const store = await openStore(storeOptions(db.location));
        onTestFinished(() => store.close());
        const rates = recording(store.rates, granted);
        const counted: RateStore = {
          ...rates,
          reserveMany: (requests) => {
            transactions++;
            return rates.reserveMany(requests);
          },
        };
        return createSharedBudget({ rates: counted, limits: fast, clock });
      }),
    );
    // Each instance asks for its sends in bursts of 30, a burst every 100 ms (faster than the limit).
    const takes: Array<Promise<number>> = [];
    for (let burst = 0; burst < 4; burst++) {
      for (const [instance, budget] of budgets.entries())
        for (let i = 0; i < 30; i++)
          takes.push(budget.take(instance * 10_000 + burst * 30 + i + 1, 'private').then(() => Date.now()));
      await sleep(100);
    }
    const started = await Promise.all(takes);
    // Every take got a slot; one granted after it had passed (a slow transaction) was given up and another reserved.
    expect(granted.length).toBeGreaterThanOrEqual(240);
    // Never more than the limit in any window (whether the loaded machine asked fast enough to fill it or not).
    expect(busiestWindow(granted, 1000)).toBeLessThanOrEqual(fast.perSecond);
    const sorted = [...granted].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(5 - 1e-6);
    expect(Math.min(...started)).toBeGreaterThanOrEqual(Math.min(...granted));
    // Many sends per transaction (one per burst and instance on a quiet machine), where it was one per send.
    expect(transactions).toBeLessThan(takes.length / 4);
  });

  it('makes every instance wait out a 429 another one received', async () => {
    const db = await tempDatabase(dialect);
    onTestFinished(db.cleanup);
    const store = await openStore(storeOptions(db.location));
    onTestFinished(() => store.close());
    const budget = createSharedBudget({ rates: store.rates, limits, clock });
    const other = await openStore(storeOptions(db.location));
    onTestFinished(() => other.close());
    const until = Date.now() + 400;
    await createSharedBudget({ rates: other.rates, limits, clock }).pause(until);
    await budget.take(5, 'private');
    expect(Date.now()).toBeGreaterThanOrEqual(until);
  });

  it('does not use a slot reserved before a 429 that came in while it waited', async () => {
    const db = await tempDatabase(dialect);
    onTestFinished(db.cleanup);
    const store = await openStore(storeOptions(db.location));
    onTestFinished(() => store.close());
    // One send a second: the second take waits about a second for its slot.
    const slow = { ...limits, perSecond: 1 };
    const budget = createSharedBudget({ rates: store.rates, limits: slow, clock });
    await budget.take(1, 'private');
    const second = budget.take(2, 'private').then(() => Date.now());
    await sleep(200);
    const pausedUntil = Date.now() + 1_500;
    await store.rates.pause('send', pausedUntil);
    expect(await second).toBeGreaterThanOrEqual(pausedUntil);
  });
});

/** The database's rates in memory (the same pure GCRA), counting the reads of the pause. */
function memoryRates(): RateStore & { pauseReads: number } {
  const states = new Map<string, RateState>();
  const rates = {
    pauseReads: 0,
    async reserveMany(requests: Parameters<RateStore['reserveMany']>[0]) {
      const { times, next } = reserveRates(requests, states);
      for (const [key, state] of next) states.set(key, state);
      return times;
    },
    async reserve(keys: Parameters<RateStore['reserve']>[0], notBefore: number) {
      return (await rates.reserveMany([{ keys, notBefore }]))[0]!;
    },
    async pause(key: string, until: number) {
      const state = states.get(key) ?? { tat: 0, pausedUntil: 0 };
      states.set(key, { ...state, pausedUntil: Math.max(state.pausedUntil, until) });
    },
    async pausedUntil(key: string) {
      rates.pauseReads++;
      return states.get(key)?.pausedUntil ?? 0;
    },
  };
  return rates;
}

describe('a shared budget at a high rate', () => {
  const fast: SenderLimits = {
    perSecond: 1000,
    perChatPerSecond: 1,
    perGroupPerMinute: 20,
    maxInFlight: 100,
  };

  it('reads the shared pause at most once per PAUSE_READ_EVERY_MS, not once per send', async () => {
    const clock = createVirtualClock(0);
    const rates = memoryRates();
    const budget = createSharedBudget({ rates, limits: fast, clock });
    await clock.runUntil(Promise.all(Array.from({ length: 500 }, (_, i) => budget.take(i + 1, 'private'))));
    // 500 sends at 1,000/s take about half a second.
    expect(clock.now()).toBeGreaterThanOrEqual(499);
    expect(rates.pauseReads).toBeLessThanOrEqual(Math.ceil(clock.now() / PAUSE_READ_EVERY_MS) + 1);
  });

  it('still voids a slot when another instance paused while it waited', async () => {
    const clock = createVirtualClock(0);
    const rates = memoryRates();
    const budget = createSharedBudget({ rates, limits: { ...fast, perSecond: 10 }, clock });
    // Ten sends at 10/s: the last is granted about 0.9 s ahead.
    const sends = Array.from({ length: 10 }, (_, i) => budget.take(i + 1, 'private').then(() => clock.now()));
    await clock.runUntil(clock.sleep(100));
    await rates.pause('send', 5_000);
    const starts = await clock.runUntil(Promise.all(sends));
    // Those that started before the pause could be seen, did; none started while it ran.
    expect(starts.filter((t) => t > 100 + PAUSE_READ_EVERY_MS && t < 5_000)).toEqual([]);
    expect(starts.filter((t) => t >= 5_000).length).toBeGreaterThanOrEqual(8);
  });
});
