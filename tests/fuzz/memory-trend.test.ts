import { describe, expect, it } from 'vitest';
import { memoryTrend, slope, type MemorySample } from '../../bench/fuzz/memory-trend.js';

/** A heap sawing between `low` and low + 30 MB every 4 samples, the lows rising by `leakMb` per sample. */
function sawtooth(count: number, leakMbPerSample: number): MemorySample[] {
  return Array.from({ length: count }, (_, i) => ({
    updates: i * 100,
    rssMb: 100 + i * leakMbPerSample,
    heapMb: 50 + i * leakMbPerSample + (i % 4) * 10,
  }));
}

describe('memory trend of the fuzz run', () => {
  it('fits a least-squares slope', () => {
    expect(
      slope([
        [0, 1],
        [1, 3],
        [2, 5],
      ]),
    ).toBeCloseTo(2);
    expect(
      slope([
        [1, 1],
        [1, 2],
      ]),
    ).toBe(0);
    expect(slope([[0, 1]])).toBe(0);
  });

  it('reads a flat sawing heap as flat, whatever the phase of the saw', () => {
    for (const count of [40, 41, 42, 43]) {
      expect(Math.abs(memoryTrend(sawtooth(count, 0)).heapMbPer1000)).toBeLessThan(0.5);
    }
  });

  it('sees a leak through the saw, over the second half only', () => {
    const leaking = sawtooth(40, 0.5); // 0.5 MB per 100 updates: 5 MB per 1,000
    expect(memoryTrend(leaking).heapMbPer1000).toBeCloseTo(5, 0);
    expect(memoryTrend(leaking).rssMbPer1000).toBeCloseTo(5);
    // A big warm-up in the first half does not count.
    const warmUp = sawtooth(40, 0).map((s, i) => (i < 15 ? { ...s, heapMb: s.heapMb - 40 } : s));
    expect(Math.abs(memoryTrend(warmUp).heapMbPer1000)).toBeLessThan(0.5);
  });
});
