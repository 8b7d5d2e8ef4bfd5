import { describe, expect, it } from 'vitest';
import { batchPerTurn } from '../../src/batching/batch-calls.js';

describe('batchPerTurn', () => {
  it('runs the inputs of one turn as one call, in order, and the next turn as another', async () => {
    const calls: number[][] = [];
    const double = batchPerTurn(async (inputs: number[]) => {
      calls.push(inputs);
      return inputs.map((n) => n * 2);
    });
    const first = await Promise.all([double(1), double(2), double(3)]);
    const second = await double(4);
    expect(first).toEqual([2, 4, 6]);
    expect(second).toBe(8);
    expect(calls).toEqual([[1, 2, 3], [4]]);
  });

  it('splits a turn into calls of maxBatch inputs', async () => {
    const calls: number[][] = [];
    const same = batchPerTurn(async (inputs: number[]) => {
      calls.push(inputs);
      return inputs;
    }, 2);
    expect(await Promise.all([1, 2, 3, 4, 5].map(same))).toEqual([1, 2, 3, 4, 5]);
    expect(calls).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('rejects every input of a call that fails, at once or later, or answers the wrong count', async () => {
    const failing = batchPerTurn<number, number>(() => {
      throw new Error('database is locked');
    });
    const late = batchPerTurn<number, number>(() => Promise.reject(new Error('gone')));
    const short = batchPerTurn<number, number>(async () => [1]);
    await expect(Promise.all([failing(1), failing(2)])).rejects.toThrow('database is locked');
    await expect(late(1)).rejects.toThrow('gone');
    await expect(Promise.all([short(1), short(2)])).rejects.toThrow('returned 1 outputs');
    // The next turn is a call of its own again.
    const ok = batchPerTurn(async (inputs: number[]) => inputs);
    expect(await ok(9)).toBe(9);
  });
});
