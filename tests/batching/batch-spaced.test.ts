import { describe, expect, it } from 'vitest';
import { batchSpaced } from '../../src/batching/batch-calls.js';
import { createVirtualClock } from '../delivery/virtual-clock.js';

/** A batch call that records each batch it gets and answers each input doubled, when `release` is called. */
function recordingRun() {
  const batches: number[][] = [];
  const pending: Array<() => void> = [];
  return {
    batches,
    releaseAll() {
      for (const release of pending.splice(0)) release();
    },
    run: (inputs: number[]) => {
      batches.push(inputs);
      return new Promise<number[]>((resolve) => pending.push(() => resolve(inputs.map((i) => i * 2))));
    },
  };
}

describe('batchSpaced', () => {
  it('puts the calls of one turn in one batch and answers each its own result', async () => {
    const clock = createVirtualClock();
    const batches: number[][] = [];
    const run = async (inputs: number[]) => {
      batches.push(inputs);
      return inputs.map((i) => i * 2);
    };
    const call = batchSpaced(run, { maxBatch: 10, spacingMs: 0, clock });
    expect(await Promise.all([call(1), call(2), call(3)])).toEqual([2, 4, 6]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('gathers the calls made while a batch runs into the next one, one batch at a time', async () => {
    const clock = createVirtualClock();
    const r = recordingRun();
    const call = batchSpaced(r.run, { maxBatch: 10, spacingMs: 0, clock });
    const first = call(1);
    await clock.runUntil(Promise.resolve());
    const later = [call(2), call(3)];
    await clock.runUntil(Promise.resolve());
    expect(r.batches).toEqual([[1]]);
    r.releaseAll();
    expect(await first).toBe(2);
    await clock.runUntil(Promise.resolve());
    expect(r.batches).toEqual([[1], [2, 3]]);
    r.releaseAll();
    expect(await Promise.all(later)).toEqual([4, 6]);
  });

  it('starts batches at least spacingMs apart, the first one at once', async () => {
    const clock = createVirtualClock(1_000);
    const starts: number[] = [];
    const call = batchSpaced(
      async (inputs: number[]) => {
        starts.push(clock.now());
        return inputs;
      },
      { maxBatch: 10, spacingMs: 10, clock },
    );
    await clock.runUntil(call(1));
    const second = [call(2), call(3)];
    await clock.runUntil(Promise.all(second));
    await clock.runUntil(clock.sleep(50));
    await clock.runUntil(call(4));
    expect(starts).toEqual([1_000, 1_010, 1_060]);
  });

  it('never puts more than maxBatch in one batch', async () => {
    const clock = createVirtualClock();
    const sizes: number[] = [];
    const call = batchSpaced(
      async (inputs: number[]) => {
        sizes.push(inputs.length);
        return inputs;
      },
      { maxBatch: 2, spacingMs: 0, clock },
    );
    await clock.runUntil(Promise.all([1, 2, 3, 4, 5].map(call)));
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('rejects every call of a failed batch, and the next batch still runs', async () => {
    const clock = createVirtualClock();
    let fail = true;
    const call = batchSpaced(
      async (inputs: number[]) => {
        if (fail) throw new Error('database gone');
        return inputs;
      },
      { maxBatch: 10, spacingMs: 0, clock },
    );
    const failed = await Promise.allSettled([call(1), call(2)]);
    expect(failed.map((f) => f.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await call(3)).toBe(3);
  });

  it('rejects when the batch answers a different number of results', async () => {
    const clock = createVirtualClock();
    const call = batchSpaced(async () => [1], { maxBatch: 10, spacingMs: 0, clock });
    await expect(Promise.all([call(1), call(2)])).rejects.toThrow('a batch of 2 inputs returned 1 outputs');
  });
});
