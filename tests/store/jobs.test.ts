import { describe, expect, it } from 'vitest';
import { ReservationConflictError } from '../../src/store/store.js';
import { dialects, openSecondStore, openTestStore, range, recipients } from './helpers.js';

const LEASE_MS = 30_000;

describe.each(dialects)('%s', (dialect) => {
  describe('jobs', () => {
    const open = () => openTestStore(dialect);
    const openSecond = openSecondStore;

    it('creates a job with one pending delivery per recipient', async () => {
      const { store, clock } = await open();
      const job = await store.jobs.create(
        { kind: 'broadcast', key: 'broadcast:1', payload: { html: '<b>hi</b>' }, author: 9 },
        recipients([1, 2, 3]),
      );
      expect(job).toMatchObject({
        kind: 'broadcast',
        key: 'broadcast:1',
        payload: { html: '<b>hi</b>' },
        author: 9,
        state: 'running',
        total: 3,
        leaseOwner: null,
        createdAt: clock.now(),
      });
      expect(await store.jobs.get(job!.id)).toEqual(job);
      expect(await store.jobs.getByKey('broadcast:1')).toEqual(job);
      expect(await store.jobs.progress(job!.id)).toMatchObject({ pending: 3, total: 3, sent: 0 });
      expect(await store.deliveries.get(job!.id, 2)).toMatchObject({
        state: 'pending',
        payload: { chatId: 2 },
        attempts: 0,
        partsSent: 0,
        messageIds: [],
      });
    });

    it('creates a job once per key, also from a second store on the same file', async () => {
      const { store, clock, location } = await open();
      const other = await openSecond(location, clock.now);
      const first = await store.jobs.create(
        { kind: 'digest', key: 'digest:k', payload: null },
        recipients([1, 2]),
      );
      expect(first).not.toBeNull();
      expect(
        await store.jobs.create({ kind: 'digest', key: 'digest:k', payload: null }, recipients([3])),
      ).toBeNull();
      expect(
        await other.jobs.create({ kind: 'digest', key: 'digest:k', payload: null }, recipients([4])),
      ).toBeNull();
      expect(await other.jobs.progress(first!.id)).toMatchObject({ pending: 2, total: 2 });
    });

    it('reservations prevent planning the same (chat, briefing) twice, and a conflict writes nothing', async () => {
      const { store } = await open();
      await store.jobs.create(
        { kind: 'digest', key: 'digest:1', payload: null },
        recipients([1, 2], ['a', 'b']),
      );
      expect(await store.briefings.deliveredMany([1, 2, 3])).toEqual(
        new Map([
          [1, new Set(['a', 'b'])],
          [2, new Set(['a', 'b'])],
        ]),
      );
      expect(await store.briefings.deliveredMany([1, 2, 3], ['b', 'c'])).toEqual(
        new Map([
          [1, new Set(['b'])],
          [2, new Set(['b'])],
        ]),
      );
      expect(await store.briefings.deliveredMany([1], [])).toEqual(new Map());

      const second = store.jobs.create({ kind: 'digest', key: 'digest:2', payload: null }, [
        { chatId: 3, threadId: null, payload: null, briefingIds: ['a'] },
        { chatId: 2, threadId: null, payload: null, briefingIds: ['b', 'c'] },
      ]);
      await expect(second).rejects.toBeInstanceOf(ReservationConflictError);
      await expect(second).rejects.toMatchObject({ total: 1, conflicts: [{ chatId: 2, briefingId: 'b' }] });
      // Rolled back: the key is free again and chat 3 holds nothing.
      expect(await store.jobs.getByKey('digest:2')).toBeNull();
      expect(await store.briefings.delivered(3)).toEqual(new Set());

      const replanned = await store.jobs.create({ kind: 'digest', key: 'digest:2', payload: null }, [
        { chatId: 3, threadId: null, payload: null, briefingIds: ['a'] },
        { chatId: 2, threadId: null, payload: null, briefingIds: ['c', 'c'] },
      ]);
      expect(replanned?.total).toBe(2);
      expect(await store.briefings.delivered(2)).toEqual(new Set(['a', 'b', 'c']));
    });

    it('creates a job larger than one insert statement, and finds a conflict in its last batch', async () => {
      const { store } = await open();
      const many = range(1, 2_500);
      await store.jobs.create(
        { kind: 'digest', key: 'digest:before', payload: null },
        recipients([2_400], ['b']),
      );
      const refused = store.jobs.create(
        { kind: 'digest', key: 'digest:big', payload: null },
        recipients(many, ['a', 'b']),
      );
      await expect(refused).rejects.toMatchObject({
        total: 1,
        conflicts: [{ chatId: 2_400, briefingId: 'b' }],
      });
      expect(await store.jobs.getByKey('digest:big')).toBeNull();
      expect(await store.briefings.delivered(1)).toEqual(new Set());

      const job = await store.jobs.create(
        { kind: 'digest', key: 'digest:big', payload: null },
        recipients(many, ['a', 'c']),
      );
      expect(job?.total).toBe(2_500);
      expect(await store.jobs.progress(job!.id)).toMatchObject({ pending: 2_500, total: 2_500 });
      expect(await store.briefings.delivered(2_500)).toEqual(new Set(['a', 'c']));
      expect(await store.deliveries.get(job!.id, 1_999)).toMatchObject({
        state: 'pending',
        payload: { chatId: 1_999 },
      });
    });

    it('leases one job at a time; an expired lease is taken over with its in-doubt rows', async () => {
      const { store: a, clock, location } = await open();
      const b = await openSecond(location, clock.now);
      const job = (await a.jobs.create(
        { kind: 'broadcast', key: 'broadcast:7', payload: null },
        recipients(range(1, 5)),
      ))!;

      expect((await a.jobs.acquire('A', LEASE_MS))?.id).toBe(job.id);
      expect(await b.jobs.acquire('B', LEASE_MS)).toBeNull();
      expect(await a.jobs.acquire('A', LEASE_MS)).toBeNull();
      expect((await a.deliveries.claim(job.id, 'A', 3)).map((d) => d.chatId)).toEqual([1, 2, 3]);
      await a.deliveries.markSent(job.id, 1, [501]);
      await a.deliveries.markPartSent(job.id, 2, 0, 502);

      clock.advance(LEASE_MS - 1);
      expect(await a.jobs.renew(job.id, 'A', LEASE_MS)).toBe(true);
      clock.advance(LEASE_MS);
      // A crashed: its lease ran out.
      const taken = await b.jobs.acquire('B', LEASE_MS);
      expect(taken).toMatchObject({ id: job.id, leaseOwner: 'B', leaseUntil: clock.now() + LEASE_MS });
      expect(await a.jobs.renew(job.id, 'A', LEASE_MS)).toBe(false);

      const inDoubt = await b.jobs.takeInDoubt(job.id);
      expect(inDoubt.map((d) => [d.chatId, d.partsSent, d.messageIds])).toEqual([
        [2, 1, [502]],
        [3, 0, []],
      ]);
      expect(await b.jobs.takeInDoubt(job.id)).toEqual([]);
      // B's own claims are not in doubt.
      expect((await b.deliveries.claim(job.id, 'B', 1)).map((d) => d.chatId)).toEqual([4]);
      expect(await b.jobs.takeInDoubt(job.id)).toEqual([]);

      expect(await b.deliveries.resolveInDoubt(job.id, [2], 'resend')).toBe(1);
      expect(await b.deliveries.resolveInDoubt(job.id, [3], 'skip')).toBe(1);
      expect(await b.deliveries.resolveInDoubt(job.id, [1], 'skip')).toBe(0);
      expect(await b.deliveries.get(job.id, 2)).toMatchObject({
        state: 'pending',
        owner: null,
        partsSent: 1,
        attempts: 1,
      });
      expect((await b.deliveries.claim(job.id, 'B', 10)).map((d) => [d.chatId, d.attempts])).toEqual([
        [2, 2],
        [5, 1],
      ]);
      expect(await b.jobs.progress(job.id)).toMatchObject({
        sent: 1,
        sending: 3,
        in_doubt: 1,
        pending: 0,
        total: 5,
      });

      expect(await b.jobs.finish(job.id)).toBe(true);
      expect(await b.jobs.finish(job.id)).toBe(false);
      expect(await b.jobs.get(job.id)).toMatchObject({
        state: 'finished',
        leaseOwner: null,
        finishedAt: clock.now(),
      });
      expect(await b.jobs.acquire('B', LEASE_MS)).toBeNull();
    });

    it('keeps a payload only while the lease is held: whoever takes the job over reads it', async () => {
      const { store: a, clock, location } = await open();
      const b = await openSecond(location, clock.now);
      const job = (await a.jobs.create(
        { kind: 'intake', key: 'intake:42:7', payload: { text: 'article' }, author: 42 },
        recipients([42]),
      ))!;
      expect(job.kind).toBe('intake');
      expect(await a.jobs.setPayload(job.id, 'A', { text: 'article', draft: 'x' })).toBe(false);
      await a.jobs.acquire('A', LEASE_MS);
      expect(await a.jobs.setPayload(job.id, 'A', { text: 'article', draft: 'x' })).toBe(true);

      clock.advance(LEASE_MS);
      // A died after recording its draft: B takes over with it, and A can write nothing more.
      expect(await b.jobs.acquire('B', LEASE_MS)).toMatchObject({
        id: job.id,
        payload: { text: 'article', draft: 'x' },
      });
      expect(await a.jobs.setPayload(job.id, 'A', { text: 'article', draft: 'y' })).toBe(false);
      expect((await b.jobs.get(job.id))?.payload).toEqual({ text: 'article', draft: 'x' });
      await b.jobs.finish(job.id);
      expect(await b.jobs.setPayload(job.id, 'B', null)).toBe(false);
    });

    it('acquires the oldest running job whose lease is free', async () => {
      const { store } = await open();
      const first = (await store.jobs.create({ kind: 'digest', key: 'digest:1', payload: null }, []))!;
      const second = (await store.jobs.create({ kind: 'digest', key: 'digest:2', payload: null }, []))!;
      expect((await store.jobs.acquire('A', LEASE_MS))?.id).toBe(first.id);
      expect((await store.jobs.acquire('B', LEASE_MS))?.id).toBe(second.id);
      expect(await store.jobs.acquire('C', LEASE_MS)).toBeNull();
    });

    it('acquires only a job of the kinds asked for (a lane), the oldest first', async () => {
      const { store } = await open();
      const digest = (await store.jobs.create({ kind: 'digest', key: 'digest:1', payload: null }, []))!;
      const intake = (await store.jobs.create({ kind: 'intake', key: 'intake:1:1', payload: null }, []))!;
      expect((await store.jobs.acquire('A', LEASE_MS, ['intake']))?.id).toBe(intake.id);
      expect(await store.jobs.acquire('A', LEASE_MS, ['intake'])).toBeNull();
      expect((await store.jobs.acquire('B', LEASE_MS, ['digest', 'broadcast']))?.id).toBe(digest.id);
    });

    it('cancel stops the job and its pending rows; in-flight rows can still record their outcome', async () => {
      const { store } = await open();
      const job = (await store.jobs.create(
        { kind: 'broadcast', key: 'broadcast:c', payload: null },
        recipients(range(1, 4)),
      ))!;
      await store.jobs.acquire('A', LEASE_MS);
      await store.deliveries.claim(job.id, 'A', 1);
      expect(await store.jobs.cancel(job.id)).toBe(true);
      expect(await store.jobs.cancel(job.id)).toBe(false);
      expect(await store.deliveries.claim(job.id, 'A', 10)).toEqual([]);
      expect(await store.deliveries.markSent(job.id, 1, [9])).toBe(true);
      expect(await store.jobs.progress(job.id)).toMatchObject({
        sent: 1,
        cancelled: 3,
        pending: 0,
        total: 4,
      });
      expect(await store.jobs.get(job.id)).toMatchObject({ state: 'cancelled', leaseOwner: null });
      expect(await store.jobs.acquire('A', LEASE_MS)).toBeNull();
    });

    it('cancelPending leaves the job running', async () => {
      const { store } = await open();
      const job = (await store.jobs.create(
        { kind: 'broadcast', key: 'broadcast:p', payload: null },
        recipients(range(1, 3)),
      ))!;
      await store.deliveries.claim(job.id, 'A', 1);
      expect(await store.deliveries.cancelPending(job.id)).toBe(2);
      expect(await store.jobs.progress(job.id)).toMatchObject({ sending: 1, cancelled: 2 });
      expect((await store.jobs.get(job.id))?.state).toBe('running');
    });

    it('lists recent jobs newest first', async () => {
      const { store } = await open();
      for (const key of ['digest:1', 'broadcast:2', 'digest:3'])
        await store.jobs.create(
          { kind: key.startsWith('digest') ? 'digest' : 'broadcast', key, payload: null },
          [],
        );
      expect((await store.jobs.recent(2)).map((j) => j.key)).toEqual(['digest:3', 'broadcast:2']);
    });
  });
});
