import { describe, expect, it } from 'vitest';
import { PlanLeaseLostError, ReservationConflictError, type Store } from '../../src/store/store.js';
import { dialects, openSecondStore, openTestStore, recipients } from './helpers.js';

const LEASE_MS = 30_000;
const job = (key = 'digest:slot') => ({ kind: 'digest' as const, key, payload: { slot: key } });

async function subscribe(store: Store, ids: readonly number[]): Promise<void> {
  for (const id of ids) {
    await store.chats.seen({ id, type: id < 0 ? 'supergroup' : 'private', title: null, language: 'en' });
    await store.chats.subscribe(id, id < 0 ? 7 : null);
  }
}

describe.each(dialects)('%s', (dialect) => {
  describe('jobs planned in batches', () => {
    it('is not runnable until complete; each batch adds its deliveries, reservations, total and cursor', async () => {
      const { store } = await openTestStore(dialect);
      const begun = await store.jobs.beginPlan(job(), 'P', LEASE_MS);
      expect(begun).toMatchObject({
        planning: true,
        planCursor: null,
        total: 0,
        leaseOwner: 'P',
        state: 'running',
      });
      expect(await store.jobs.acquire('runner', LEASE_MS)).toBeNull();

      await store.jobs.appendPlan(begun!.id, 'P', LEASE_MS, recipients([1, 2], ['a', 'b']), 2);
      // A batch whose chats all had everything still moves the cursor.
      await store.jobs.appendPlan(begun!.id, 'P', LEASE_MS, [], 5);
      await store.jobs.appendPlan(begun!.id, 'P', LEASE_MS, recipients([7], ['a']), 9);
      expect(await store.jobs.get(begun!.id)).toMatchObject({ planning: true, planCursor: 9, total: 3 });
      expect(await store.jobs.acquire('runner', LEASE_MS)).toBeNull();
      expect(await store.deliveries.pending(begun!.id, 10)).toEqual([]);

      const done = await store.jobs.completePlan(begun!.id, 'P');
      expect(done).toMatchObject({ planning: false, total: 3, leaseOwner: null, leaseUntil: null });
      expect(await store.jobs.completePlan(begun!.id, 'P')).toBeNull();
      expect(await store.jobs.acquire('runner', LEASE_MS)).toMatchObject({ id: begun!.id });
      expect((await store.deliveries.pending(begun!.id, 10)).map((d) => d.chatId)).toEqual([1, 2, 7]);
      expect(await store.briefings.deliveredMany([1, 2, 7])).toEqual(
        new Map([
          [1, new Set(['a', 'b'])],
          [2, new Set(['a', 'b'])],
          [7, new Set(['a'])],
        ]),
      );
      expect(await store.jobs.progress(begun!.id)).toMatchObject({ pending: 3, total: 3 });
    });

    it('a live planner keeps its plan; once its lease runs out another resumes after the cursor', async () => {
      const { store, clock, location } = await openTestStore(dialect);
      const other = await openSecondStore(location, clock.now);
      const begun = await store.jobs.beginPlan(job(), 'P1', LEASE_MS);
      await store.jobs.appendPlan(begun!.id, 'P1', LEASE_MS, recipients([1, 2], ['a']), 2);
      expect(await other.jobs.beginPlan(job(), 'P2', LEASE_MS)).toBeNull();
      expect(await store.jobs.beginPlan(job(), 'P1', LEASE_MS)).toBeNull();

      clock.advance(LEASE_MS);
      const taken = await other.jobs.beginPlan(job(), 'P2', LEASE_MS);
      expect(taken).toMatchObject({
        id: begun!.id,
        planning: true,
        planCursor: 2,
        total: 2,
        leaseOwner: 'P2',
      });
      // The first planner woke up late: it can neither add to the plan nor end it.
      await expect(
        store.jobs.appendPlan(begun!.id, 'P1', LEASE_MS, recipients([3], ['a']), 3),
      ).rejects.toBeInstanceOf(PlanLeaseLostError);
      expect(await store.jobs.completePlan(begun!.id, 'P1')).toBeNull();
      await other.jobs.appendPlan(begun!.id, 'P2', LEASE_MS, recipients([3], ['a']), 3);
      expect(await other.jobs.completePlan(begun!.id, 'P2')).toMatchObject({ total: 3, planning: false });
      // Planned: the key is taken for good.
      clock.advance(LEASE_MS);
      expect(await store.jobs.beginPlan(job(), 'P1', LEASE_MS)).toBeNull();
      expect(await store.jobs.create(job(), recipients([9]))).toBeNull();
    });

    it('stalledPlans: plans whose lease ran out or was released, oldest first; not planned jobs', async () => {
      const { store, clock } = await openTestStore(dialect);
      const live = await store.jobs.beginPlan(job('digest:live'), 'P', LEASE_MS);
      const released = await store.jobs.beginPlan(job('digest:released'), 'dead', LEASE_MS);
      await store.jobs.create(job('digest:planned'), recipients([1]));
      await store.leases.releaseAll('dead');
      expect((await store.jobs.stalledPlans(10)).map((j) => j.key)).toEqual(['digest:released']);

      clock.advance(LEASE_MS);
      const stalled = await store.jobs.stalledPlans(10);
      expect(stalled.map((j) => j.id)).toEqual([live!.id, released!.id]);
      expect(stalled[0]).toMatchObject({ planning: true, key: 'digest:live' });
      expect((await store.jobs.stalledPlans(1)).map((j) => j.id)).toEqual([live!.id]);
      await store.jobs.beginPlan(job('digest:live'), 'heir', LEASE_MS);
      expect((await store.jobs.stalledPlans(10)).map((j) => j.id)).toEqual([released!.id]);
    });

    it('a released lease (a dead predecessor) is taken over at once', async () => {
      const { store } = await openTestStore(dialect);
      const begun = await store.jobs.beginPlan(job(), 'dead', LEASE_MS);
      expect(await store.leases.owners()).toContain('dead');
      expect(await store.leases.releaseAll('dead')).toBe(1);
      expect(await store.jobs.beginPlan(job(), 'heir', LEASE_MS)).toMatchObject({
        id: begun!.id,
        leaseOwner: 'heir',
      });
    });

    it('a batch with a pair planned before writes nothing of itself, the cursor included', async () => {
      const { store } = await openTestStore(dialect);
      await store.jobs.create(job('digest:earlier'), recipients([2], ['b']));
      const begun = await store.jobs.beginPlan(job(), 'P', LEASE_MS);
      await store.jobs.appendPlan(begun!.id, 'P', LEASE_MS, recipients([1], ['a', 'b']), 1);
      const failed = store.jobs.appendPlan(begun!.id, 'P', LEASE_MS, recipients([2, 3], ['a', 'b']), 3);
      await expect(failed).rejects.toBeInstanceOf(ReservationConflictError);
      await expect(failed).rejects.toMatchObject({ total: 1, conflicts: [{ chatId: 2, briefingId: 'b' }] });
      expect(await store.jobs.get(begun!.id)).toMatchObject({ planCursor: 1, total: 1 });
      expect(await store.briefings.delivered(3)).toEqual(new Set());
      expect(await store.briefings.delivered(2)).toEqual(new Set(['b']));
      // Planned again without the pair, the batch goes in.
      await store.jobs.appendPlan(
        begun!.id,
        'P',
        LEASE_MS,
        [...recipients([2], ['a']), ...recipients([3], ['a', 'b'])],
        3,
      );
      expect(await store.jobs.completePlan(begun!.id, 'P')).toMatchObject({ total: 3, planCursor: 3 });
    });
  });

  describe('the reads of a plan', () => {
    it('recipients: the subscribers, in id order, only what a plan needs, after a cursor', async () => {
      const { store } = await openTestStore(dialect);
      await subscribe(store, [-100, 1, 2, 3, 4, 5]);
      await store.chats.setSlots(3, ['20:00']);
      await store.chats.setStatus(4, 'blocked');
      await store.chats.addFilter(5, 'tag:x');
      await store.chats.setLanguage(5, null);
      const pages: unknown[][] = [];
      for await (const page of store.chats.recipients({ batchSize: 2, slot: '08:00' })) pages.push(page);
      expect(pages).toEqual([
        [
          { id: -100, type: 'supergroup', language: 'en', threadId: 7, filters: [] },
          { id: 1, type: 'private', language: 'en', threadId: null, filters: [] },
        ],
        [
          { id: 2, type: 'private', language: 'en', threadId: null, filters: [] },
          { id: 5, type: 'private', language: null, threadId: null, filters: ['tag:x'] },
        ],
      ]);
      const after: number[] = [];
      for await (const page of store.chats.recipients({ after: 1 })) after.push(...page.map((c) => c.id));
      expect(after).toEqual([2, 3, 5]);
      const subscribers: number[] = [];
      for await (const page of store.chats.subscribers({ after: 1 }))
        subscribers.push(...page.map((c) => c.id));
      expect(subscribers).toEqual(after);
    });

    it('deliveredBetween: what each chat of an id range was planned, among some briefings', async () => {
      const { store } = await openTestStore(dialect);
      await store.jobs.create(job('digest:1'), [
        ...recipients([1, 3], ['a', 'b']),
        ...recipients([5], ['c']),
        ...recipients([9], ['a']),
      ]);
      expect(await store.briefings.deliveredBetween(1, 5, ['a', 'c'])).toEqual(
        new Map([
          [1, new Set(['a'])],
          [3, new Set(['a'])],
          [5, new Set(['c'])],
        ]),
      );
      expect(await store.briefings.deliveredBetween(2, 4, ['b'])).toEqual(new Map([[3, new Set(['b'])]]));
      expect(await store.briefings.deliveredBetween(1, 9, [])).toEqual(new Map());
      expect(await store.briefings.deliveredBetween(6, 8, ['a', 'b', 'c'])).toEqual(new Map());
    });
  });
});
