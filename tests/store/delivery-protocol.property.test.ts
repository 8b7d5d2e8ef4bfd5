import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeliveryState, Store } from '../../src/store/store.js';
import { dialects, openTestStore, range, recipients, type manualClock } from './helpers.js';

const ROWS = 12;
const LEASE_MS = 1000;
const OWNERS = ['A', 'B'] as const;
type Owner = (typeof OWNERS)[number];

/** One step of a worker's life; `pick` chooses among the rows the worker holds. */
type Op =
  | { kind: 'claim'; owner: Owner; limit: number }
  | { kind: 'finish'; owner: Owner; pick: number; outcome: 'sent' | 'failed' | 'blocked' }
  | { kind: 'crash'; owner: Owner; decision: 'resend' | 'skip' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('claim' as const),
    owner: fc.constantFrom(...OWNERS),
    limit: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    kind: fc.constant('finish' as const),
    owner: fc.constantFrom(...OWNERS),
    pick: fc.nat(),
    outcome: fc.constantFrom('sent' as const, 'failed' as const, 'blocked' as const),
  }),
  fc.record({
    kind: fc.constant('crash' as const),
    owner: fc.constantFrom(...OWNERS),
    decision: fc.constantFrom('resend' as const, 'skip' as const),
  }),
);

/**
 * Runs the ops against the store and a plain model side by side; after every step the store's
 * counts must match the model, and a claim may only ever hand out rows the model has pending.
 * A crash: the owner forgets what it held, its lease runs out, the other owner takes the job
 * over and resolves the in-doubt rows.
 */
async function check(
  store: Store,
  clock: ReturnType<typeof manualClock>,
  ops: Op[],
  key: string,
): Promise<void> {
  const job = (await store.jobs.create(
    { kind: 'broadcast', key, payload: null },
    recipients(range(1, ROWS)),
  ))!;
  try {
    await steps(store, clock, ops, job.id);
  } finally {
    // Runs share one database: a finished job is out of the next run's way.
    await store.jobs.finish(job.id);
  }
}

async function steps(
  store: Store,
  clock: ReturnType<typeof manualClock>,
  ops: Op[],
  jobId: number,
): Promise<void> {
  const job = { id: jobId };
  const model = new Map<number, DeliveryState>(range(1, ROWS).map((id) => [id, 'pending']));
  const held: Record<Owner, number[]> = { A: [], B: [] };
  const other = (owner: Owner): Owner => (owner === 'A' ? 'B' : 'A');

  for (const step of ops) {
    if (step.kind === 'claim') {
      for (const row of await store.deliveries.claim(job.id, step.owner, step.limit)) {
        expect(model.get(row.chatId)).toBe('pending');
        model.set(row.chatId, 'sending');
        held[step.owner].push(row.chatId);
      }
    } else if (step.kind === 'finish') {
      const rows = held[step.owner];
      if (rows.length === 0) continue;
      const [chatId] = rows.splice(step.pick % rows.length, 1) as [number];
      const done =
        step.outcome === 'sent'
          ? await store.deliveries.markSent(job.id, chatId, [chatId])
          : step.outcome === 'failed'
            ? await store.deliveries.markFailed(job.id, chatId, 'error')
            : await store.deliveries.markBlocked(job.id, chatId);
      expect(done).toBe(true);
      model.set(chatId, step.outcome);
    } else {
      held[step.owner] = [];
      const heir = other(step.owner);
      clock.advance(LEASE_MS + 1);
      expect((await store.jobs.acquire(heir, LEASE_MS))?.id).toBe(job.id);
      const inDoubt = (await store.jobs.takeInDoubt(job.id)).map((d) => d.chatId);
      // Exactly the rows in flight that the heir does not hold itself.
      const expected = [...model]
        .filter(([id, state]) => state === 'sending' && !held[heir].includes(id))
        .map(([id]) => id);
      expect(inDoubt).toEqual(expected.sort((a, b) => a - b));
      await store.deliveries.resolveInDoubt(job.id, inDoubt, step.decision);
      for (const id of inDoubt) model.set(id, step.decision === 'resend' ? 'pending' : 'in_doubt');
    }
    const progress = await store.jobs.progress(job.id);
    const counts = {
      pending: 0,
      sending: 0,
      sent: 0,
      failed: 0,
      blocked: 0,
      in_doubt: 0,
      cancelled: 0,
      total: ROWS,
    };
    for (const state of model.values()) counts[state]++;
    expect(progress).toEqual(counts);
  }
}

describe.each(dialects)('%s', (dialect) => {
  describe('delivery protocol (model-based)', () => {
    it('claims, outcomes and takeovers keep every row in exactly the state the model predicts', async () => {
      // One database for every run (a fresh PostgreSQL database per run would dominate the time);
      // each run has a job of its own.
      const { store, clock } = await openTestStore(dialect);
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 40 }), async (ops) => {
          await check(store, clock, ops, `broadcast:prop:${++run}`);
        }),
        { numRuns: 40 },
      );
    });
  });
});
