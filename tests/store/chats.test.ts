import { afterEach, describe, expect, it } from 'vitest';
import type { Chat, Store } from '../../src/store/store.js';
import { dialects, manualClock, openTemp, range, recipients } from './helpers.js';

describe.each(dialects)('%s', (dialect) => {
  describe('chats', () => {
    const cleanups: Array<() => Promise<void>> = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0)) await cleanup();
    });
    async function open() {
      const clock = manualClock();
      const t = await openTemp(dialect, clock.now);
      cleanups.push(t.cleanup);
      return { store: t.store, clock };
    }
    async function all(
      store: Store,
      query?: Parameters<Store['chats']['subscribers']>[0],
    ): Promise<Chat[][]> {
      const batches: Chat[][] = [];
      for await (const batch of store.chats.subscribers(query)) batches.push(batch);
      return batches;
    }

    it('creates a chat on first sight with defaults, and updates title and type later', async () => {
      const { store, clock } = await open();
      const created = await store.chats.seen({ id: -5, type: 'group', title: 'Old', language: 'ar' });
      expect(created).toMatchObject({
        id: -5,
        type: 'group',
        title: 'Old',
        language: 'ar',
        subscribed: false,
        threadId: null,
        status: 'active',
        filters: [],
        slots: null,
      });
      clock.advance(1000);
      // The language hint only applies to a new chat.
      const again = await store.chats.seen({ id: -5, type: 'group', title: 'New', language: 'en' });
      expect(again).toMatchObject({
        title: 'New',
        language: 'ar',
        createdAt: created.createdAt,
        lastSeenAt: created.createdAt + 1000,
      });
      expect(await store.chats.get(999)).toBeNull();
    });

    it('reads several chats in one query, in the order asked, null for unknown ones', async () => {
      const { store } = await open();
      const group = await store.chats.seen({ id: -5, type: 'group', title: 'G', language: null });
      const user = await store.chats.seen({ id: 7, type: 'private', title: null, language: 'en' });
      expect(await store.chats.getMany([])).toEqual([]);
      expect(await store.chats.getMany([7, 99, -5, 7])).toEqual([user, null, group, user]);
      expect(await store.chats.getMany([7])).toEqual([await store.chats.get(7)]);
    });

    it('subscribes, sets language, slots and filters, and reports false for unknown chats', async () => {
      const { store } = await open();
      await store.chats.seen({ id: 1, type: 'supergroup', title: 'Forum' });
      expect(await store.chats.subscribe(1, 77)).toBe(true);
      expect(await store.chats.setLanguage(1, 'en')).toBe(true);
      expect(await store.chats.setSlots(1, ['morning', 'evening', 'morning'])).toBe(true);
      expect(await store.chats.addFilter(1, 'tag:security')).toEqual(['tag:security']);
      expect(await store.chats.addFilter(1, 'gov:basra')).toEqual(['gov:basra', 'tag:security']);
      expect(await store.chats.addFilter(1, 'gov:basra')).toEqual(['gov:basra', 'tag:security']);
      expect(await store.chats.removeFilter(1, 'tag:security')).toEqual(['gov:basra']);
      expect(await store.chats.get(1)).toMatchObject({
        subscribed: true,
        threadId: 77,
        language: 'en',
        slots: ['morning', 'evening'],
        filters: ['gov:basra'],
      });
      expect(await store.chats.unsubscribe(1)).toBe(true);
      expect((await store.chats.get(1))?.subscribed).toBe(false);
      expect(await store.chats.setSlots(1, null)).toBe(true);
      expect((await store.chats.get(1))?.slots).toBeNull();

      for (const result of [
        await store.chats.subscribe(2, null),
        await store.chats.unsubscribe(2),
        await store.chats.setLanguage(2, 'ar'),
        await store.chats.setStatus(2, 'gone'),
        await store.chats.setSlots(2, []),
      ])
        expect(result).toBe(false);
      expect(await store.chats.addFilter(2, 'x')).toBeNull();
      expect(await store.chats.removeFilter(2, 'x')).toBeNull();
    });

    it('a blocked chat becomes active again when it talks to the bot', async () => {
      const { store } = await open();
      await store.chats.seen({ id: 3, type: 'private', title: null });
      await store.chats.subscribe(3, null);
      await store.chats.setStatus(3, 'blocked');
      expect(await all(store)).toEqual([]);
      expect((await store.chats.seen({ id: 3, type: 'private', title: null })).status).toBe('active');
      expect((await all(store)).flat().map((c) => c.id)).toEqual([3]);
    });

    it('iterates active subscribers in bounded batches, by slot', async () => {
      const { store } = await open();
      for (const id of range(-3, 10)) {
        await store.chats.seen({ id, type: id < 0 ? 'group' : 'private', title: null });
        if (id !== 0) await store.chats.subscribe(id, null);
      }
      await store.chats.setStatus(4, 'gone');
      await store.chats.setSlots(5, ['evening']);
      await store.chats.setSlots(6, ['morning', 'evening']);

      const batches = await all(store, { batchSize: 3 });
      expect(batches.map((b) => b.length)).toEqual([3, 3, 2]);
      expect(batches.flat().map((c) => c.id)).toEqual([-3, -2, -1, 1, 2, 3, 5, 6]);
      expect((await all(store, { batchSize: 100, slot: 'morning' })).flat().map((c) => c.id)).toEqual([
        -3, -2, -1, 1, 2, 3, 6,
      ]);
      await expect(store.chats.subscribers({ batchSize: 0 })[Symbol.asyncIterator]().next()).rejects.toThrow(
        RangeError,
      );
    });

    it('counts chats by type, language and status', async () => {
      const { store } = await open();
      await store.chats.seen({ id: 1, type: 'private', title: null, language: 'ar' });
      await store.chats.seen({ id: 2, type: 'private', title: null, language: 'en' });
      await store.chats.seen({ id: -3, type: 'channel', title: 'News', language: 'ar' });
      await store.chats.seen({ id: -4, type: 'group', title: 'G' });
      await store.chats.subscribe(1, null);
      await store.chats.subscribe(-3, null);
      await store.chats.setStatus(-3, 'blocked');
      expect(await store.chats.counts()).toEqual({
        total: 4,
        activeSubscribers: 1,
        byType: { private: 2, group: 1, supergroup: 0, channel: 1 },
        byLanguage: { ar: 2, en: 1, none: 1 },
        byStatus: { active: 3, blocked: 1, gone: 0 },
      });
    });

    it('migrates a group to a supergroup with its settings, deliveries and reservations', async () => {
      const { store } = await open();
      await store.chats.seen({ id: -10, type: 'group', title: 'Team', language: 'ar' });
      await store.chats.subscribe(-10, null);
      await store.chats.addFilter(-10, 'gov:nineveh');
      await store.chats.setSlots(-10, ['morning']);
      const job = await store.jobs.create(
        { kind: 'digest', key: 'digest:a', payload: {} },
        recipients([-10], ['b1', 'b2']),
      );

      expect(await store.chats.migrate(-10, -100_10)).toBe(true);
      expect(await store.chats.get(-10)).toBeNull();
      expect(await store.chats.get(-100_10)).toMatchObject({
        type: 'supergroup',
        title: 'Team',
        language: 'ar',
        subscribed: true,
        filters: ['gov:nineveh'],
        slots: ['morning'],
      });
      expect(await store.briefings.delivered(-100_10)).toEqual(new Set(['b1', 'b2']));
      expect(await store.briefings.delivered(-10)).toEqual(new Set());
      expect(await store.deliveries.get(job!.id, -100_10)).toMatchObject({ state: 'pending' });
      expect(await store.deliveries.get(job!.id, -10)).toBeNull();
      expect(await store.chats.migrate(-10, -100_10)).toBe(false);
    });

    it('merges into a supergroup row that was already seen', async () => {
      const { store } = await open();
      await store.chats.seen({ id: -20, type: 'group', title: 'Team', language: 'en' });
      await store.chats.subscribe(-20, null);
      await store.chats.addFilter(-20, 'tag:a');
      await store.jobs.create(
        { kind: 'digest', key: 'digest:old', payload: {} },
        recipients([-20], ['b1', 'shared']),
      );
      // The supergroup spoke first (its own update raced the migration message).
      await store.chats.seen({ id: -100_20, type: 'supergroup', title: 'Team 2' });
      await store.chats.addFilter(-100_20, 'tag:b');
      await store.jobs.create(
        { kind: 'digest', key: 'digest:new', payload: {} },
        recipients([-100_20], ['shared']),
      );

      expect(await store.chats.migrate(-20, -100_20)).toBe(true);
      expect(await store.chats.get(-100_20)).toMatchObject({
        type: 'supergroup',
        title: 'Team 2',
        language: 'en',
        subscribed: true,
        filters: ['tag:a', 'tag:b'],
      });
      expect(await store.chats.get(-20)).toBeNull();
      expect(await store.briefings.delivered(-100_20)).toEqual(new Set(['b1', 'shared']));
      expect(await store.briefings.delivered(-20)).toEqual(new Set());
    });
  });
});
