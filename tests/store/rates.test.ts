import { describe, expect, it } from 'vitest';
import { dialects, openSecondStore, openTestStore } from './helpers.js';

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
