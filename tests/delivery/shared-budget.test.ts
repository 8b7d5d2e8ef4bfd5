import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { describe, expect, it, onTestFinished } from 'vitest';
import { budgetKeys, createSharedBudget } from '../../src/delivery/shared-budget.js';
import { createSender } from '../../src/delivery/sender.js';
import type { OutgoingMessage, SenderLimits } from '../../src/delivery/types.js';
import { openStore } from '../../src/store/open.js';
import type { RateStore } from '../../src/store/store.js';
import { dialects, storeOptions, tempDatabase } from '../store/helpers.js';
import { busiestWindow } from './scripted-transmit.js';

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
    expect(together.granted).toHaveLength(50);
    // What the budget granted, not when a loaded machine's timers fired: a late timer is what the
    // app's margin per window (windowSlackMs) is for.
    expect(busiestWindow(together.granted, 1000)).toBe(limits.perSecond);
    // Each start waited for its grant.
    expect(Math.min(...together.starts)).toBeGreaterThanOrEqual(Math.min(...together.granted));
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
