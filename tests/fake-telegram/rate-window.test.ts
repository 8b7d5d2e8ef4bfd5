import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RateWindow } from '../../src/fake-telegram/rate-window.js';

describe('RateWindow', () => {
  it('admits exactly what fits: never more than limit per window, never refusing when there is room', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 60 }),
        (limit, windowMs, gaps) => {
          const window = new RateWindow({ limit, windowMs });
          const admitted: number[] = [];
          let t = 0;
          for (const gap of gaps) {
            t += gap;
            const inWindow = admitted.filter((a) => a > t - windowMs).length;
            const wait = window.waitMs(t);
            expect(wait === 0).toBe(inWindow < limit);
            if (wait > 0) {
              // Waiting exactly that long makes room, and no shorter wait would.
              const later = admitted.filter((a) => a > t + wait - windowMs).length;
              const sooner = admitted.filter((a) => a > t + wait - 1 - windowMs).length;
              expect([later < limit, sooner < limit]).toEqual([true, false]);
            } else {
              window.record(t);
              admitted.push(t);
            }
          }
        },
      ),
    );
  });
});
