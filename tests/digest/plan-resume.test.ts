import { pino } from 'pino';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadContentDir } from '../../src/content/load.js';
import { ContentRepository } from '../../src/content/repository.js';
import { createDigestService } from '../../src/digest/digest-service.js';
import { digestPlanContext, planDigestBatch } from '../../src/digest/plan-batch.js';
import type { NewDelivery, Recipient, Store } from '../../src/store/store.js';
import { briefingData, markdown, tempContentDir } from '../content/fixtures.js';
import { dialects, openSecondStore, openTestStore, range } from '../store/helpers.js';

const LEASE_MS = 30_000;
const BATCH = 10;
const SLOT = { at: Date.UTC(2026, 0, 1, 5), key: '2026-01-01T08:00:00 Asia/Baghdad' };
const EARLIER = SLOT.at - 86_400_000;
const silent = pino({ level: 'silent' });

async function content(): Promise<ContentRepository> {
  const files = Object.fromEntries(
    ['a', 'b', 'c'].map((id, i) => [
      `${id}.md`,
      markdown({ ...briefingData(id, `2021-03-0${i + 1}`), tags: i === 1 ? ['oil'] : [] }),
    ]),
  );
  return new ContentRepository(await loadContentDir(await tempContentDir(files), silent));
}

function service(store: Store, repository: ContentRepository, owner: string) {
  return createDigestService({
    store,
    content: repository,
    maxItems: 5,
    defaultLanguage: 'ar',
    reloadContent: async () => undefined,
    syncChannels: async () => undefined,
    owner,
    leaseMs: LEASE_MS,
    planBatchSize: BATCH,
    runJobs: async () => undefined,
    log: silent,
  });
}

/** 45 subscribers: some evening-only (left out of this morning slot), some filtered, some with history. */
async function seed(store: Store): Promise<void> {
  for (const id of range(1, 45)) {
    await store.chats.seen({ id, type: 'private', title: null, language: id % 2 ? 'en' : null });
    await store.chats.subscribe(id, null);
    if (id % 7 === 0) await store.chats.setSlots(id, ['20:00']);
    if (id % 5 === 0) await store.chats.addFilter(id, 'tag:oil');
  }
  const earlier: NewDelivery[] = range(1, 45)
    .filter((id) => id % 3 === 0)
    .map((id) => ({ chatId: id, threadId: null, payload: null, briefingIds: ['a'] }));
  const job = await store.jobs.create(
    { kind: 'digest', key: 'digest:earlier', payload: { slot: 'earlier', at: EARLIER, scheduled: true } },
    earlier,
  );
  await store.jobs.finish(job!.id);
}

/** What one uninterrupted plan of the slot gives, from the pure planner over the same reads. */
async function expectedPlan(store: Store, repository: ContentRepository): Promise<NewDelivery[]> {
  const chats: Recipient[] = [];
  for await (const page of store.chats.recipients({ slot: '08:00' })) chats.push(...page);
  const context = digestPlanContext(
    repository.list().map((a) => a.briefing),
    5,
    'ar',
  );
  const history = await store.briefings.deliveredMany(
    chats.map((c) => c.id),
    context.briefings.map((b) => b.id),
  );
  return planDigestBatch(chats, history, context);
}

/** The store as a planner sees it that dies while writing its `batch`-th batch (that batch never commits). */
function diesWritingBatch(store: Store, batch: number): Store {
  let written = 0;
  return {
    ...store,
    jobs: {
      ...store.jobs,
      planBatch: async (...args) => {
        if (++written === batch) throw new Error('killed');
        return store.jobs.planBatch(...args);
      },
    },
  };
}

/**
 * The store as a planner sees it whose reads for the `batch`-th batch fail (a connection lost):
 * its page of subscribers, or (where batches are planned ahead) its history. Both are read while
 * the batch before is being written.
 */
function failsReadingBatch(store: Store, batch: number, what: 'page' | 'history'): Store {
  let read = 0;
  if (what === 'history')
    return {
      ...store,
      jobs: {
        ...store.jobs,
        readPlan: async (...args) => {
          if (++read === batch) throw new Error('read failed');
          return store.jobs.readPlan(...args);
        },
      },
    };
  return {
    ...store,
    chats: {
      ...store.chats,
      recipients: (query) => ({
        async *[Symbol.asyncIterator]() {
          for await (const page of store.chats.recipients(query)) {
            if (++read === batch) throw new Error('read failed');
            yield page;
          }
        },
      }),
    },
  };
}

describe.each(dialects)('%s: a digest plan cut short', (dialect) => {
  it('sends nothing until another process resumes it after the last batch written: nobody twice, nobody left out', async () => {
    const { store, clock, location } = await openTestStore(dialect);
    const repository = await content();
    await seed(store);
    const expected = await expectedPlan(store, repository);
    expect(expected.length).toBeGreaterThan(3 * BATCH);

    // Process A dies while writing its third batch (the batch's transaction never commits).
    const dying = diesWritingBatch(store, 3);
    const a = service(dying, repository, 'A');
    await expect(a.runSlot(SLOT)).rejects.toThrow('killed');
    const cut = await store.jobs.getByKey(`digest:${SLOT.key}`);
    expect(cut).toMatchObject({ planning: true, leaseOwner: 'A' });
    expect(cut!.total).toBeGreaterThan(0);
    expect(cut!.total).toBeLessThan(expected.length);
    // Nothing of it can be sent, and the catch-up does not count the slot as run.
    expect(await store.jobs.acquire('runner', LEASE_MS)).toBeNull();
    expect(await store.deliveries.claim(cut!.id, 'runner', 100)).toEqual([]);
    expect(await a.lastRun()).toBe(EARLIER);

    // Process B runs the slot again: while A's lease runs it leaves the plan alone, then resumes it.
    const other = await openSecondStore(location, clock.now);
    const b = service(other, repository, 'B');
    await b.runSlot(SLOT);
    expect(await other.jobs.getByKey(`digest:${SLOT.key}`)).toMatchObject({
      planning: true,
      total: cut!.total,
    });
    clock.advance(LEASE_MS);
    await b.runSlot(SLOT);

    const done = await other.jobs.getByKey(`digest:${SLOT.key}`);
    expect(done).toMatchObject({ planning: false, total: expected.length, leaseOwner: null });
    const planned = await other.deliveries.pending(done!.id, 1000);
    expect(planned.map((d) => ({ chatId: d.chatId, payload: d.payload }))).toEqual(
      expected.map((d) => ({ chatId: d.chatId, payload: d.payload })),
    );
    const reserved = await other.briefings.deliveredMany(range(1, 45), ['b', 'c']);
    expect(reserved).toEqual(
      new Map(expected.map((d) => [d.chatId, new Set(d.briefingIds!.filter((id) => id !== 'a'))])),
    );
    expect(await other.jobs.acquire('runner', LEASE_MS)).toMatchObject({ id: done!.id });
    // Running the slot once more changes nothing.
    clock.advance(LEASE_MS);
    await a.runSlot(SLOT);
    expect(await other.jobs.get(done!.id)).toMatchObject({ total: expected.length });
  });

  it("another process's sweep finishes it once the lease runs out, without its slot coming round again", async () => {
    const { store, clock, location } = await openTestStore(dialect);
    const repository = await content();
    await seed(store);
    const expected = await expectedPlan(store, repository);

    const dying = diesWritingBatch(store, 2);
    await expect(service(dying, repository, 'A').runSlot(SLOT)).rejects.toThrow('killed');
    const cut = await store.jobs.getByKey(`digest:${SLOT.key}`);
    expect(cut).toMatchObject({ planning: true, leaseOwner: 'A', total: expect.any(Number) });

    const other = await openSecondStore(location, clock.now);
    const b = service(other, repository, 'B');
    // A's lease still runs: the sweep leaves its plan alone.
    expect(await other.jobs.stalledPlans(10)).toEqual([]);
    expect(await b.resumeStalled()).toBe(0);
    expect(await other.jobs.get(cut!.id)).toMatchObject({
      planning: true,
      total: cut!.total,
      leaseOwner: 'A',
    });

    clock.advance(LEASE_MS);
    expect((await other.jobs.stalledPlans(10)).map((j) => j.id)).toEqual([cut!.id]);
    expect(await b.resumeStalled()).toBe(1);
    const done = await other.jobs.get(cut!.id);
    expect(done).toMatchObject({ planning: false, total: expected.length, leaseOwner: null });
    const planned = await other.deliveries.pending(done!.id, 1000);
    expect(planned.map((d) => ({ chatId: d.chatId, payload: d.payload }))).toEqual(
      expected.map((d) => ({ chatId: d.chatId, payload: d.payload })),
    );
    expect(await other.jobs.progress(done!.id)).toMatchObject({
      pending: expected.length,
      total: expected.length,
    });
    // Nothing is left to resume, and a second sweep changes nothing.
    expect(await other.jobs.stalledPlans(10)).toEqual([]);
    expect(await b.resumeStalled()).toBe(0);
    expect(await other.jobs.get(done!.id)).toMatchObject({ total: expected.length });
  });

  // Only PostgreSQL reads a batch's history outside its transaction (store.jobs.planAhead).
  it.each(dialect === 'postgres' ? (['page', 'history'] as const) : (['page'] as const))(
    'a read (%s) failing while the batch before is written stops the plan cleanly after that batch; another process resumes it',
    async (what) => {
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown) => unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      onTestFinished(() => void process.off('unhandledRejection', onUnhandled));
      const { store, clock, location } = await openTestStore(dialect);
      // Only a store that plans ahead reads a batch's history outside its transaction.
      if (what === 'history' && !store.jobs.planAhead) return;
      const repository = await content();
      await seed(store);
      const expected = await expectedPlan(store, repository);

      await expect(service(failsReadingBatch(store, 3, what), repository, 'A').runSlot(SLOT)).rejects.toThrow(
        'read failed',
      );
      const cut = await store.jobs.getByKey(`digest:${SLOT.key}`);
      // The first two batches are in, whole, and the cursor after them; nothing of the third.
      const recipients: number[] = [];
      for await (const page of store.chats.recipients({ slot: '08:00' }))
        recipients.push(...page.map((c) => c.id));
      expect(cut).toMatchObject({ planning: true, leaseOwner: 'A', planCursor: recipients[2 * BATCH - 1] });
      expect(cut!.total).toBe(expected.filter((d) => d.chatId <= cut!.planCursor!).length);

      const other = await openSecondStore(location, clock.now);
      clock.advance(LEASE_MS);
      expect(await service(other, repository, 'B').resumeStalled()).toBe(1);
      const done = await other.jobs.get(cut!.id);
      expect(done).toMatchObject({ planning: false, total: expected.length });
      const planned = await other.deliveries.pending(done!.id, 1000);
      expect(planned.map((d) => ({ chatId: d.chatId, payload: d.payload }))).toEqual(
        expected.map((d) => ({ chatId: d.chatId, payload: d.payload })),
      );
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    },
  );
});

describe.each(dialects)('%s: two digest plans at once', (dialect) => {
  it('two processes planning two slots over the same subscribers at the same time plan each briefing to a chat once', async () => {
    const { store, clock, location } = await openTestStore(dialect);
    const repository = await content();
    await seed(store);
    const other = await openSecondStore(location, clock.now);
    const now = { at: SLOT.at, key: 'now:2026-01-01T08:00:00 Asia/Baghdad' };
    await Promise.all([
      service(store, repository, 'A').runSlot(SLOT),
      service(other, repository, 'B').runSlot(now),
    ]);
    const jobs = [
      await store.jobs.getByKey(`digest:${SLOT.key}`),
      await store.jobs.getByKey(`digest:${now.key}`),
    ];
    const pairs = new Map<string, number>();
    for (const job of jobs) {
      expect(job).toMatchObject({ planning: false });
      for (const d of await store.deliveries.pending(job!.id, 1000))
        for (const id of (d.payload as { briefingIds: string[] }).briefingIds)
          pairs.set(`${d.chatId}:${id}`, (pairs.get(`${d.chatId}:${id}`) ?? 0) + 1);
    }
    expect([...pairs.values()].every((n) => n === 1)).toBe(true);
    expect(jobs.every((job) => job!.total > 0)).toBe(true);
    // Whichever job planned a chat first gave it the latest briefing its filters let through.
    const reserved = await store.briefings.deliveredMany(range(1, 45), ['a', 'b', 'c']);
    for (const id of range(1, 45))
      expect(reserved.get(id)?.has(id % 5 === 0 ? 'b' : 'c'), `chat ${id}`).toBe(true);
  });
});
