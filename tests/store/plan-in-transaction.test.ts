import { describe, expect, it } from 'vitest';
import { PlanLeaseLostError, ReservationConflictError, type NewDelivery } from '../../src/store/store.js';
import { dialects, openSecondStore, openTestStore, range, recipients } from './helpers.js';

const LEASE_MS = 30_000;
const job = (key: string) => ({ kind: 'digest' as const, key, payload: { slot: key } });

/** What a planner gives: each chat of the range the candidates it has not had yet. */
function planMissing(
  chatIds: readonly number[],
  among: readonly string[],
): (history: ReadonlyMap<number, ReadonlySet<string>>) => NewDelivery[] {
  return (history) =>
    chatIds.flatMap((chatId) => {
      const ids = among.filter((id) => !history.get(chatId)?.has(id));
      return ids.length === 0 ? [] : [{ chatId, threadId: null, payload: { ids }, briefingIds: ids }];
    });
}

describe.each(dialects)('%s: jobs.planBatch', (dialect) => {
  it('plans from the history read in its transaction: among the candidates, in the range; writes the batch and its cursor', async () => {
    const { store } = await openTestStore(dialect);
    await store.jobs.create(job('digest:earlier'), [
      ...recipients([1], ['a', 'x']),
      ...recipients([3], ['b']),
      ...recipients([9], ['a']),
    ]);
    const begun = await store.jobs.beginPlan(job('digest:now'), 'P', LEASE_MS);
    const seen: Array<Map<number, Set<string>>> = [];
    const plan = planMissing([1, 2, 3], ['a', 'b']);
    const written = await store.jobs.planBatch(
      begun!.id,
      'P',
      LEASE_MS,
      { from: 1, through: 4, among: ['a', 'b'] },
      (history) => {
        seen.push(new Map([...history].map(([id, set]) => [id, new Set(set)])));
        return plan(history);
      },
    );
    // Chat 9 is outside the range, briefing x not a candidate.
    expect(seen).toEqual([
      new Map([
        [1, new Set(['a'])],
        [3, new Set(['b'])],
      ]),
    ]);
    expect(written).toBe(3);
    expect(await store.jobs.get(begun!.id)).toMatchObject({ planCursor: 4, total: 3, planning: true });
    // A batch that plans nothing moves the cursor all the same.
    expect(
      await store.jobs.planBatch(begun!.id, 'P', LEASE_MS, { from: 5, through: 8, among: ['a'] }, () => []),
    ).toBe(0);
    expect(await store.jobs.completePlan(begun!.id, 'P')).toMatchObject({ planCursor: 8, total: 3 });
    expect((await store.deliveries.pending(begun!.id, 10)).map((d) => [d.chatId, d.payload])).toEqual([
      [1, { ids: ['b'] }],
      [2, { ids: ['a', 'b'] }],
      [3, { ids: ['a'] }],
    ]);
    expect(await store.briefings.deliveredMany([1, 2, 3], ['a', 'b', 'x'])).toEqual(
      new Map([
        [1, new Set(['a', 'x', 'b'])],
        [2, new Set(['a', 'b'])],
        [3, new Set(['b', 'a'])],
      ]),
    );
  });

  it('refuses a plan that repeats a pair it was shown, or reaches past what was read; nothing of the batch stays', async () => {
    const { store } = await openTestStore(dialect);
    await store.jobs.create(job('digest:earlier'), recipients([2], ['b']));
    const begun = await store.jobs.beginPlan(job('digest:now'), 'P', LEASE_MS);
    const batch = { from: 1, through: 3, among: ['a', 'b'] };
    const repeated = store.jobs.planBatch(begun!.id, 'P', LEASE_MS, batch, () =>
      recipients([1, 2, 3], ['a', 'b']),
    );
    await expect(repeated).rejects.toBeInstanceOf(ReservationConflictError);
    await expect(repeated).rejects.toMatchObject({ total: 1, conflicts: [{ chatId: 2, briefingId: 'b' }] });
    await expect(
      store.jobs.planBatch(begun!.id, 'P', LEASE_MS, batch, () => recipients([1], ['c'])),
    ).rejects.toBeInstanceOf(RangeError);
    await expect(
      store.jobs.planBatch(begun!.id, 'P', LEASE_MS, batch, () => recipients([4], ['a'])),
    ).rejects.toBeInstanceOf(RangeError);
    expect(await store.jobs.get(begun!.id)).toMatchObject({ planCursor: null, total: 0 });
    expect(await store.briefings.deliveredMany([1, 2, 3, 4])).toEqual(new Map([[2, new Set(['b'])]]));
  });

  it('a planner whose lease was taken over writes nothing', async () => {
    const { store, clock } = await openTestStore(dialect);
    const begun = await store.jobs.beginPlan(job('digest:now'), 'P1', LEASE_MS);
    clock.advance(LEASE_MS);
    expect(await store.jobs.beginPlan(job('digest:now'), 'P2', LEASE_MS)).toMatchObject({ id: begun!.id });
    let planned = false;
    await expect(
      store.jobs.planBatch(begun!.id, 'P1', LEASE_MS, { from: 1, through: 2, among: ['a'] }, () => {
        planned = true;
        return recipients([1], ['a']);
      }),
    ).rejects.toBeInstanceOf(PlanLeaseLostError);
    expect(planned).toBe(false);
    expect(await store.briefings.delivered(1)).toEqual(new Set());
  });

  it('two planners racing over the same chats (two connections): each pair is planned once, by one of them', async () => {
    const { store, location } = await openTestStore(dialect);
    const other = await openSecondStore(location);
    const chats = range(1, 200);
    const among = ['a', 'b'];
    const first = await store.jobs.beginPlan(job('digest:one'), 'P1', LEASE_MS);
    const second = await other.jobs.beginPlan(job('digest:two'), 'P2', LEASE_MS);
    const plans = [];
    for (let from = 1; from <= 200; from += 20) {
      const ids = chats.filter((id) => id >= from && id < from + 20);
      const batch = { from, through: from + 19, among };
      plans.push(
        store.jobs.planBatch(first!.id, 'P1', LEASE_MS, batch, planMissing(ids, among)),
        other.jobs.planBatch(second!.id, 'P2', LEASE_MS, batch, planMissing(ids, among)),
      );
    }
    const written = await Promise.all(plans);
    // Whichever planner took a batch's lock first planned it whole; the other found nothing left.
    expect(written.reduce((sum, n) => sum + n, 0)).toBe(200);
    expect(written.every((n) => n === 0 || n === 20)).toBe(true);
    const one = await store.jobs.get(first!.id);
    const two = await store.jobs.get(second!.id);
    expect(one!.total + two!.total).toBe(200);
    const planned = await store.briefings.deliveredMany(chats, among);
    expect(planned).toEqual(new Map(chats.map((id) => [id, new Set(among)])));
  });
});
