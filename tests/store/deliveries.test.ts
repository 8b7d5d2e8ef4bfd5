import { describe, expect, it } from 'vitest';
import { dialects, openSecondStore, openTestStore, range, recipients } from './helpers.js';

const HOUR = 60 * 60 * 1000;

describe.each(dialects)('%s', (dialect) => {
  describe('deliveries', () => {
    const open = () => openTestStore(dialect);
    const openSecond = openSecondStore;

    it('reads pending rows in chat order and starts each one once, only while the job runs', async () => {
      const { store: a, location } = await open();
      const b = await openSecond(location);
      const job = (await a.jobs.create(
        { kind: 'broadcast', key: 'broadcast:start', payload: null },
        recipients(range(1, 5)),
      ))!;
      expect((await a.deliveries.pending(job.id, 3)).map((d) => d.chatId)).toEqual([1, 2, 3]);
      expect((await a.deliveries.pending(job.id, 10, 3)).map((d) => d.chatId)).toEqual([4, 5]);
      expect(await a.deliveries.start(job.id, 2, 'A')).toBe(true);
      expect(await b.deliveries.start(job.id, 2, 'B')).toBe(false);
      expect(await a.deliveries.get(job.id, 2)).toMatchObject({ state: 'sending', owner: 'A', attempts: 1 });
      expect((await b.deliveries.pending(job.id, 10)).map((d) => d.chatId)).toEqual([1, 3, 4, 5]);
      await a.jobs.cancel(job.id);
      expect(await a.deliveries.pending(job.id, 10)).toEqual([]);
      expect(await a.deliveries.start(job.id, 1, 'A')).toBe(false);
    });

    it('never hands the same row to two owners (two stores interleaved)', async () => {
      const { store: a, location } = await open();
      const b = await openSecond(location);
      const job = (await a.jobs.create(
        { kind: 'broadcast', key: 'broadcast:x', payload: null },
        recipients(range(1, 103)),
      ))!;
      const claimed: number[] = [];
      const owners = [
        { store: a, owner: 'A', batch: 7 },
        { store: b, owner: 'B', batch: 5 },
      ];
      for (let round = 0; ; round++) {
        const { store, owner, batch } = owners[round % 2]!;
        const rows = await store.deliveries.claim(job.id, owner, batch);
        if (rows.length === 0 && (await store.jobs.progress(job.id)).pending === 0) break;
        for (const row of rows) {
          expect(row).toMatchObject({ state: 'sending', owner, attempts: 1 });
          claimed.push(row.chatId);
        }
      }
      expect(claimed.sort((x, y) => x - y)).toEqual(range(1, 103));
      expect(await a.jobs.progress(job.id)).toMatchObject({ sending: 103, pending: 0 });
    });

    it('records the parts of a long message so a resumed delivery starts after them', async () => {
      const { store } = await open();
      const job = (await store.jobs.create(
        { kind: 'digest', key: 'digest:p', payload: null },
        recipients([1]),
      ))!;
      expect(await store.deliveries.markPartSent(job.id, 1, 0, 100)).toBe(false); // not claimed yet
      await store.deliveries.claim(job.id, 'A', 1);
      expect(await store.deliveries.markPartSent(job.id, 1, 0, 100)).toBe(true);
      expect(await store.deliveries.markPartSent(job.id, 1, 1, 101)).toBe(true);
      expect(await store.deliveries.get(job.id, 1)).toMatchObject({
        partsSent: 2,
        messageIds: [100, 101],
        state: 'sending',
      });
      expect(await store.deliveries.markSent(job.id, 1, [100, 101, 102])).toBe(true);
      expect(await store.deliveries.get(job.id, 1)).toMatchObject({
        partsSent: 3,
        messageIds: [100, 101, 102],
        state: 'sent',
      });
      expect(await store.deliveries.markSent(job.id, 1, [1])).toBe(false);
      expect(await store.deliveries.markPartSent(job.id, 1, 3, 103)).toBe(false);
    });

    it('applies final outcomes only from the states that allow them', async () => {
      const { store } = await open();
      const job = (await store.jobs.create(
        { kind: 'broadcast', key: 'broadcast:o', payload: null },
        recipients(range(1, 4)),
      ))!;
      await store.deliveries.claim(job.id, 'A', 4);
      await store.deliveries.resolveInDoubt(job.id, [4], 'skip');
      const cases: Array<[string, () => Promise<boolean>, boolean]> = [
        [
          'failed from sending',
          () => store.deliveries.markFailed(job.id, 1, '400: message is too long'),
          true,
        ],
        ['failed twice', () => store.deliveries.markFailed(job.id, 1, 'again'), false],
        ['sent after failed (a late success report)', () => store.deliveries.markSent(job.id, 1, [7]), true],
        ['sent', () => store.deliveries.markSent(job.id, 2, [8]), true],
        ['failed after sent', () => store.deliveries.markFailed(job.id, 2, 'late'), false],
        ['blocked after sent', () => store.deliveries.markBlocked(job.id, 2), false],
        ['failed when in doubt', () => store.deliveries.markFailed(job.id, 4, 'x'), false],
        ['sent when in doubt (it did go out)', () => store.deliveries.markSent(job.id, 4, [9]), true],
        ['unknown row', () => store.deliveries.markSent(job.id, 99, [1]), false],
      ];
      // In order: each outcome depends on the ones before it.
      for (const [name, apply, expected] of cases) expect([name, await apply()]).toEqual([name, expected]);
      expect(await store.deliveries.get(job.id, 1)).toMatchObject({
        state: 'sent',
        error: null,
        messageIds: [7],
      });
    });

    it('markBlocked also marks the chat blocked, taking it out of the subscribers', async () => {
      const { store } = await open();
      await store.chats.seen({ id: 5, type: 'private', title: null });
      await store.chats.subscribe(5, null);
      const job = (await store.jobs.create(
        { kind: 'broadcast', key: 'broadcast:b', payload: null },
        recipients([5]),
      ))!;
      await store.deliveries.claim(job.id, 'A', 1);
      expect(await store.deliveries.markBlocked(job.id, 5)).toBe(true);
      expect(await store.deliveries.get(job.id, 5)).toMatchObject({ state: 'blocked' });
      expect((await store.chats.get(5))?.status).toBe('blocked');
      expect((await store.chats.counts()).activeSubscribers).toBe(0);
    });

    it('counts delivered, failed and blocked outcomes of the last 24 hours by kind', async () => {
      const { store, clock } = await open();
      const digest = (await store.jobs.create(
        { kind: 'digest', key: 'digest:s', payload: null },
        recipients(range(1, 4)),
      ))!;
      const broadcast = (await store.jobs.create(
        { kind: 'broadcast', key: 'broadcast:s', payload: null },
        recipients(range(1, 3)),
      ))!;
      await store.deliveries.claim(digest.id, 'A', 10);
      await store.deliveries.claim(broadcast.id, 'A', 10);
      await store.deliveries.markSent(digest.id, 1, [1]); // falls out of the window below
      clock.advance(2 * HOUR);
      await store.deliveries.markSent(digest.id, 2, [1]);
      await store.deliveries.markFailed(digest.id, 3, 'boom');
      await store.deliveries.markSent(broadcast.id, 1, [1]);
      await store.deliveries.markSent(broadcast.id, 2, [1]);
      await store.deliveries.markBlocked(broadcast.id, 3);
      clock.advance(23 * HOUR);
      expect(await store.stats.recentDeliveries()).toEqual({
        digest: { delivered: 1, failed: 1, blocked: 0 },
        broadcast: { delivered: 2, failed: 0, blocked: 1 },
        intake: { delivered: 0, failed: 0, blocked: 0 },
      });
      expect((await store.stats.recentDeliveries(48 * HOUR)).digest.delivered).toBe(2);
    });
  });
});
