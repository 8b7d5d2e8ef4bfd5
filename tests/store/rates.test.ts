import { describe, expect, it } from 'vitest';
import { reserveRates, type RateState } from '../../src/store/gcra.js';
import type { RateRequest } from '../../src/store/store.js';
import { dialects, openSecondStore, openTestStore } from './helpers.js';

/** A deterministic stream of numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each(dialects)('%s', (dialect) => {
  describe('shared send budget', () => {
    const global = { key: 'global', intervalMs: 1000 / 30, burst: 1 };

    it('spaces reservations on one key by its interval', async () => {
      const { store } = await openTestStore(dialect);
      const chat = { key: 'chat:1', intervalMs: 1000, burst: 1 };
      const slots: number[] = [];
      for (let i = 0; i < 4; i++) slots.push(await store.rates.reserve([chat], 10_000));
      expect(slots).toEqual([10_000, 11_000, 12_000, 13_000]);
    });

    it('lets a burst through, then spaces the rest', async () => {
      const { store } = await openTestStore(dialect);
      const group = { key: 'group:-5', intervalMs: 3000, burst: 2 };
      const slots: number[] = [];
      for (let i = 0; i < 4; i++) slots.push(await store.rates.reserve([group], 0));
      expect(slots).toEqual([0, 0, 3000, 6000]);
    });

    it('reserves on two keys at once, at the time both allow', async () => {
      const { store } = await openTestStore(dialect);
      const chat = { key: 'chat:-5', intervalMs: 1000, burst: 1 };
      expect(await store.rates.reserve([chat, global], 0)).toBe(0);
      expect(await store.rates.reserve([global, chat], 0)).toBe(1000);
      // The global key was charged by both: the next send on it alone comes after the second.
      expect(await store.rates.reserve([global], 0)).toBeCloseTo(1000 + 1000 / 30, 6);
      expect(await store.rates.reserve([], 42)).toBe(42);
    });

    it('pauses a key after a 429; the later end of two pauses wins', async () => {
      const { store } = await openTestStore(dialect);
      await store.rates.pause('global', 50_000);
      await store.rates.pause('global', 20_000);
      expect(await store.rates.reserve([global], 1_000)).toBe(50_000);
      expect(await store.rates.reserve([{ key: 'chat:1', intervalMs: 1000, burst: 1 }], 1_000)).toBe(1_000);
    });

    it('reserves a batch in one call as one reserve after another would, pauses included', async () => {
      const { store } = await openTestStore(dialect);
      const chat = { key: 'chat:1', intervalMs: 1000, burst: 1 };
      await store.rates.pause('global', 100);
      const times = await store.rates.reserveMany([
        { keys: [global, chat], notBefore: 0 },
        { keys: [global], notBefore: 0 },
        { keys: [chat, global], notBefore: 0 },
        { keys: [], notBefore: 7 },
      ]);
      expect(times[0]).toBe(100);
      expect(times[1]).toBeCloseTo(100 + 1000 / 30, 6);
      expect(times[2]).toBe(1100);
      expect(times[3]).toBe(7);
      // The batch's state was written: the next reserve comes after all of it.
      expect(await store.rates.reserve([chat], 0)).toBe(2100);
      expect(await store.rates.reserveMany([])).toEqual([]);
    });

    it('grants, batch after batch, exactly the times the pure algorithm gives for the same requests', async () => {
      const { store } = await openTestStore(dialect);
      const next = random(13);
      // New keys keep appearing (their rows created on first use) while earlier ones come back.
      const keyAt = (i: number) =>
        i % 3 === 0
          ? { key: `group:-${i}`, intervalMs: 3_000, burst: 1 + (i % 4) }
          : { key: `chat:${i}`, intervalMs: 1_000, burst: 1 };
      const send = { key: 'send', intervalMs: 1_000 / 30, burst: 1 };
      let states = new Map<string, RateState>();
      for (let batch = 0; batch < 40; batch++) {
        if (batch === 20) {
          await store.rates.pause('send', 9_000);
          states.set('send', { ...(states.get('send') ?? { tat: 0, pausedUntil: 0 }), pausedUntil: 9_000 });
        }
        const requests: RateRequest[] = Array.from({ length: 1 + Math.floor(next() * 12) }, () => ({
          keys: [send, keyAt(Math.floor(next() * (10 + batch * 3)))],
          notBefore: Math.floor(next() * 20_000),
        }));
        const expected = reserveRates(requests, states);
        expect(await store.rates.reserveMany(requests)).toEqual(expected.times);
        states = new Map([...states, ...expected.next]);
      }
      expect(await store.rates.pausedUntil('send')).toBe(9_000);
    });

    it('two stores on one database never hand out the same slot', async () => {
      const { store, location } = await openTestStore(dialect);
      const other = await openSecondStore(location);
      const key = { key: 'global', intervalMs: 10, burst: 1 };
      const slots = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? store : other).rates.reserve([key], 0)),
      );
      expect([...slots].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i * 10));
    });
  });
});
