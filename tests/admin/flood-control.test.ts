import { describe, expect, it } from 'vitest';
import { createFloodCounter, MAX_TRACKED_USERS } from '../../src/bot/middleware/flood-control.js';

describe('flood counter', () => {
  it('allows the limit, notifies once, then ignores until the minute is over', () => {
    const counter = createFloodCounter(3, 60_000);
    const verdicts = [0, 1000, 2000, 3000, 4000, 59_999].map((at) => counter.hit(7, at));
    expect(verdicts).toEqual(['allow', 'allow', 'allow', 'notify', 'ignore', 'ignore']);
    expect(counter.hit(7, 60_000)).toBe('allow');
  });

  it('counts each user on their own', () => {
    const counter = createFloodCounter(1);
    expect([
      counter.hit(1, 0),
      counter.hit(2, 0),
      counter.hit(1, 10),
      counter.hit(2, 10),
      counter.hit(2, 20),
    ]).toEqual(['allow', 'allow', 'notify', 'notify', 'ignore']);
  });

  it("starts a user's window at their first command, not on the clock minute", () => {
    const counter = createFloodCounter(2, 60_000);
    expect([counter.hit(5, 59_000), counter.hit(5, 61_000), counter.hit(5, 62_000)]).toEqual([
      'allow',
      'allow',
      'notify',
    ]);
    expect(counter.hit(5, 119_000)).toBe('allow');
  });

  it('keeps users still inside their window when it sweeps the others', () => {
    const counter = createFloodCounter(1, 1000);
    for (let id = 0; id <= 10_001; id++) counter.hit(id, 0);
    // Sweeping must not forget the users still inside their window.
    expect(counter.hit(10_001, 999)).toBe('notify');
    expect(counter.hit(1, 5000)).toBe('allow');
  });

  it('forgets windows that are over as new ones start, so memory follows the users of one window', () => {
    const counter = createFloodCounter(1, 1000);
    for (let round = 0; round < 5; round++)
      for (let id = 0; id < 5_000; id++) counter.hit(round * 5_000 + id, round * 1000);
    expect(counter.size).toBe(5_000);
  });

  it('tracks at most maxUsers, dropping the oldest window first', () => {
    expect(MAX_TRACKED_USERS).toBeGreaterThanOrEqual(1_800);
    const counter = createFloodCounter(1, 60_000, 3);
    for (const id of [1, 2, 3, 4]) counter.hit(id, id);
    expect(counter.size).toBe(3);
    // User 1's window was the oldest: forgotten, so their next command is allowed again.
    expect(counter.hit(1, 10)).toBe('allow');
    // User 4's is still counted.
    expect(counter.hit(4, 11)).toBe('notify');
  });
});
