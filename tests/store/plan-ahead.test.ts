import { describe, expect, it } from 'vitest';
import {
  PlanLeaseLostError,
  ReservationConflictError,
  type NewDelivery,
  type PlanBatchRange,
  type Store,
} from '../../src/store/store.js';
import { dialects, openSecondStore, openTestStore, range, recipients } from './helpers.js';

const LEASE_MS = 30_000;
const AMONG = ['a', 'b'];
const job = (key: string) => ({ kind: 'digest' as const, key, payload: { slot: key } });

/** What a planner gives: each chat of the range the candidates it has not had yet. */
function planMissing(
  chatIds: readonly number[],
  among: readonly string[] = AMONG,
): (history: ReadonlyMap<number, ReadonlySet<string>>) => NewDelivery[] {
  return (history) =>
    chatIds.flatMap((chatId) => {
      const ids = among.filter((id) => !history.get(chatId)?.has(id));
      return ids.length === 0 ? [] : [{ chatId, threadId: null, payload: { ids }, briefingIds: ids }];
    });
}

const batchOf = (chatIds: readonly number[]): PlanBatchRange => ({
  from: chatIds[0]!,
  through: chatIds.at(-1)!,
  among: AMONG,
});

/** Reads a batch outside any transaction and plans it, as the digest service does ahead of its write. */
async function planAhead(store: Store, chatIds: readonly number[]) {
  const read = await store.jobs.readPlan(batchOf(chatIds));
  return { read, planned: planMissing(chatIds)(read.history) };
}

/** `plan` for planBatch, counting its calls: called only when the batch had to be planned again. */
function counted(chatIds: readonly number[]) {
  const calls: Array<ReadonlyMap<number, ReadonlySet<string>>> = [];
  const plan = planMissing(chatIds);
  return {
    calls,
    plan: (history: ReadonlyMap<number, ReadonlySet<string>>) => {
      calls.push(history);
      return plan(history);
    },
  };
}

/** Every (chat, briefing) pair the jobs' pending deliveries carry, with how many deliveries carry it. */
async function pairCounts(store: Store, jobIds: readonly number[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const jobId of jobIds)
    for (const d of await store.deliveries.pending(jobId, 10_000))
      for (const id of (d.payload as { ids: string[] }).ids)
        counts.set(`${d.chatId}:${id}`, (counts.get(`${d.chatId}:${id}`) ?? 0) + 1);
  return counts;
}

describe.each(dialects)('%s: a batch planned ahead of its write', (dialect) => {
  it("is written as planned when nothing was planned since its read but the plan's own batch before", async () => {
    const { store } = await openTestStore(dialect);
    await store.jobs.create(job('digest:earlier'), recipients([3], ['a']));
    const begun = await store.jobs.beginPlan(job('digest:now'), 'P', LEASE_MS);
    const [first, second] = [range(1, 10), range(11, 10)];

    // The second batch is read and planned while the first is being written.
    const firstAhead = await planAhead(store, first);
    const secondAhead = await planAhead(store, second);
    const one = counted(first);
    const two = counted(second);
    expect(await store.jobs.planBatch(begun!.id, 'P', LEASE_MS, batchOf(first), one.plan, firstAhead)).toBe(
      10,
    );
    expect(await store.jobs.planBatch(begun!.id, 'P', LEASE_MS, batchOf(second), two.plan, secondAhead)).toBe(
      10,
    );
    expect(one.calls).toEqual([]);
    expect(two.calls).toEqual([]);
    expect(await store.jobs.completePlan(begun!.id, 'P')).toMatchObject({ planCursor: 20, total: 20 });
    const pending = await store.deliveries.pending(begun!.id, 100);
    expect(pending.map((d) => [d.chatId, d.payload])).toEqual([
      ...first.map((id) => [id, { ids: id === 3 ? ['b'] : AMONG }]),
      ...second.map((id) => [id, { ids: AMONG }]),
    ]);
  });

  it('another job plans some of its chats between its read and its write: it is read and planned again under the lock, each pair planned once', async () => {
    const { store, location } = await openTestStore(dialect);
    const other = await openSecondStore(location);
    const mine = await store.jobs.beginPlan(job('digest:mine'), 'P1', LEASE_MS);
    const theirs = await other.jobs.beginPlan(job('digest:theirs'), 'P2', LEASE_MS);
    const chats = range(1, 20);

    const ahead = await planAhead(store, chats);
    expect(ahead.planned).toHaveLength(20);
    // Meanwhile another process plans chats 5–9 (briefing a only) and commits.
    await other.jobs.planBatch(theirs!.id, 'P2', LEASE_MS, batchOf(range(5, 5)), () =>
      recipients(range(5, 5), ['a']).map((d) => ({ ...d, payload: { ids: ['a'] } })),
    );

    const mineCounted = counted(chats);
    const written = await store.jobs.planBatch(
      mine!.id,
      'P1',
      LEASE_MS,
      batchOf(chats),
      mineCounted.plan,
      ahead,
    );
    // The plan made ahead was not written: the batch was planned again from what was there then.
    expect(mineCounted.calls).toHaveLength(1);
    expect(mineCounted.calls[0]!.get(5)).toEqual(new Set(['a']));
    expect(written).toBe(20);
    expect(await store.jobs.completePlan(mine!.id, 'P1')).toMatchObject({ total: 20, planCursor: 20 });
    expect(await other.jobs.completePlan(theirs!.id, 'P2')).toMatchObject({ total: 5 });
    const pairs = await pairCounts(store, [mine!.id, theirs!.id]);
    expect([...pairs.values()].every((n) => n === 1)).toBe(true);
    expect(pairs.size).toBe(40);
    expect((await store.deliveries.pending(mine!.id, 100)).find((d) => d.chatId === 5)?.payload).toEqual({
      ids: ['b'],
    });
  });

  it('a chat migrated into its range between its read and its write brings its history along: planned again', async () => {
    const { store } = await openTestStore(dialect);
    await store.chats.seen({ id: -100, type: 'group', title: null });
    await store.jobs.create(job('digest:earlier'), recipients([-100], ['a']));
    const begun = await store.jobs.beginPlan(job('digest:now'), 'P', LEASE_MS);
    const chats = range(1, 5);
    const ahead = await planAhead(store, chats);
    // Chat -100 becomes supergroup 3, and with it what it was planned.
    expect(await store.chats.migrate(-100, 3)).toBe(true);
    const again = counted(chats);
    await store.jobs.planBatch(begun!.id, 'P', LEASE_MS, batchOf(chats), again.plan, ahead);
    expect(again.calls).toHaveLength(1);
    await store.jobs.completePlan(begun!.id, 'P');
    expect((await store.deliveries.pending(begun!.id, 10)).find((d) => d.chatId === 3)?.payload).toEqual({
      ids: ['b'],
    });
  });

  it('with its statements built ahead: written as built; refused at once when it repeats a pair of its history; built again for another job', async () => {
    const { store } = await openTestStore(dialect);
    await store.jobs.create(job('digest:earlier'), recipients([2], ['a']));
    const mine = await store.jobs.beginPlan(job('digest:mine'), 'P', LEASE_MS);
    const chats = range(1, 5);
    const ahead = await planAhead(store, chats);
    const built = await store.jobs.encodeAhead(mine!.id, ahead);
    expect(built.encoded).toBeDefined();
    // A plan that gives chat 2 the briefing it had is refused before any transaction.
    await expect(
      store.jobs.encodeAhead(mine!.id, { ...ahead, planned: recipients([2], ['a']) }),
    ).rejects.toBeInstanceOf(ReservationConflictError);
    // Statements built for one job are not another's: given to it, the plan is built again for it.
    const other = await store.jobs.beginPlan(job('digest:other'), 'Q', LEASE_MS);
    const again = counted(chats);
    expect(await store.jobs.planBatch(other!.id, 'Q', LEASE_MS, batchOf(chats), again.plan, built)).toBe(5);
    expect(again.calls).toEqual([]);
    expect(await store.jobs.completePlan(other!.id, 'Q')).toMatchObject({ total: 5 });
    expect((await store.deliveries.pending(other!.id, 10)).map((d) => [d.chatId, d.payload])).toEqual(
      chats.map((id) => [id, { ids: id === 2 ? ['b'] : AMONG }]),
    );
    expect((await store.jobs.get(mine!.id))!.total).toBe(0);
  });

  it('made ahead by a planner whose lease was taken over meanwhile: nothing of it is written; the new holder writes it', async () => {
    const { store, clock } = await openTestStore(dialect);
    const begun = await store.jobs.beginPlan(job('digest:now'), 'P1', LEASE_MS);
    const chats = range(1, 5);
    const ahead = await store.jobs.encodeAhead(begun!.id, await planAhead(store, chats));
    clock.advance(LEASE_MS);
    expect(await store.jobs.beginPlan(job('digest:now'), 'P2', LEASE_MS)).toMatchObject({ id: begun!.id });
    const again = counted(chats);
    await expect(
      store.jobs.planBatch(begun!.id, 'P1', LEASE_MS, batchOf(chats), again.plan, ahead),
    ).rejects.toBeInstanceOf(PlanLeaseLostError);
    expect(again.calls).toEqual([]);
    expect(await store.jobs.get(begun!.id)).toMatchObject({ planCursor: null, total: 0, leaseOwner: 'P2' });
    expect(await store.briefings.delivered(1)).toEqual(new Set());
    // The new holder's batch, read before all this, is still whole: it is written as planned.
    const theirs = counted(chats);
    expect(await store.jobs.planBatch(begun!.id, 'P2', LEASE_MS, batchOf(chats), theirs.plan, ahead)).toBe(5);
    expect(theirs.calls).toEqual([]);
    expect(await store.jobs.completePlan(begun!.id, 'P2')).toMatchObject({ planCursor: 5, total: 5 });
  });

  it("reads each chat's history among the candidates; chats planned the same lists share one set, several rows their union", async () => {
    const { store } = await openTestStore(dialect);
    await store.jobs.create(job('digest:one'), [...recipients([1, 2, 3], ['a']), ...recipients([4], ['c'])]);
    await store.jobs.create(job('digest:two'), recipients([2, 3, 5], ['b']));
    const { history } = await store.jobs.readPlan(batchOf(range(1, 6)));
    expect([...history.keys()].sort()).toEqual([1, 2, 3, 5]);
    expect(history.get(1)).toEqual(new Set(['a']));
    expect(history.get(2)).toEqual(new Set(['a', 'b']));
    expect(history.get(3)).toEqual(new Set(['a', 'b']));
    expect(history.get(5)).toEqual(new Set(['b']));
    // The same lists (read in the primary key's order) give the same set, which the planner sees.
    expect(history.get(3)).toBe(history.get(2));
    expect(history.get(2)).not.toBe(history.get(1));
  });

  it('refuses a plan made ahead for another batch', async () => {
    const { store } = await openTestStore(dialect);
    const begun = await store.jobs.beginPlan(job('digest:now'), 'P', LEASE_MS);
    const ahead = await planAhead(store, range(1, 5));
    await expect(
      store.jobs.planBatch(begun!.id, 'P', LEASE_MS, batchOf(range(1, 6)), planMissing(range(1, 6)), ahead),
    ).rejects.toBeInstanceOf(RangeError);
    expect(await store.jobs.get(begun!.id)).toMatchObject({ planCursor: null, total: 0 });
  });

  it('two planners racing over the same chats, each reading and planning ahead (two connections): each pair is planned once', async () => {
    const { store, location } = await openTestStore(dialect);
    const other = await openSecondStore(location);
    const chats = range(1, 200);
    const first = await store.jobs.beginPlan(job('digest:one'), 'P1', LEASE_MS);
    const second = await other.jobs.beginPlan(job('digest:two'), 'P2', LEASE_MS);
    /** One planner's walk: each batch read and planned ahead, written while the next is read. */
    async function walk(s: Store, jobId: number, owner: string) {
      let writing: Promise<number> = Promise.resolve(0);
      let total = 0;
      for (let from = 1; from <= 200; from += 20) {
        const ids = chats.filter((id) => id >= from && id < from + 20);
        const ahead = await planAhead(s, ids);
        total += await writing;
        writing = s.jobs.planBatch(jobId, owner, LEASE_MS, batchOf(ids), planMissing(ids), ahead);
      }
      return total + (await writing);
    }
    const [one, two] = await Promise.all([walk(store, first!.id, 'P1'), walk(other, second!.id, 'P2')]);
    expect((await store.jobs.completePlan(first!.id, 'P1'))!.total).toBe(one);
    expect((await other.jobs.completePlan(second!.id, 'P2'))!.total).toBe(two);
    const pairs = await pairCounts(store, [first!.id, second!.id]);
    expect(pairs.size).toBe(400);
    expect([...pairs.values()].every((n) => n === 1)).toBe(true);
  });
});
