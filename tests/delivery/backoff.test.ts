import { describe, expect, it } from 'vitest';
import { fullJitterDelay } from '../../src/delivery/backoff.js';

describe('fullJitterDelay', () => {
  const policy = { baseMs: 1000, capMs: 5000 };
  it.each([
    [1, 0.999, 999],
    [2, 0.999, 1998],
    [3, 0.5, 2000],
    [4, 0.999, 4995], // capped at 5000
    [10, 0.5, 2500],
    [3, 0, 0],
  ])('attempt %i with random %f waits %i ms', (attempt, r, expected) => {
    expect(fullJitterDelay(attempt, policy, () => r)).toBe(expected);
  });
});
