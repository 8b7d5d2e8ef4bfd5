import { describe, expect, it } from 'vitest';
import { probeTotal } from '../support/probe-total.js';

// The held-out probes (written for this repository, gold annotated before the pipeline ran on
// them) as regression sets, scored in four files so that they run side by side: part 4 of 4.
describe('eval CLI on the held-out probes, part 4', () => {
  // Each after its own fixes (and those of later rounds): what was fixed stays fixed. A residual
  // left in a row is listed in the README ("Editorial intake").
  it.each([
    [
      'tests/intake/probe-zo',
      'TOTAL | 33 | 33 | 33 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.85 (28/33) | 0.88 (29/33) | 0.96 (45/47)',
    ],
    [
      'tests/intake/probe-zp',
      'TOTAL | 39 | 39 | 39 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.90 (35/39) | 0.95 (37/39) | 1.00 (45/45)',
    ],
    [
      'tests/intake/probe-zq',
      'TOTAL | 40 | 41 | 40 | 1.00 | 0.98 | 0.99 | 0.98 | 0.97 | 0.72 (29/40) | 0.88 (35/40) | 0.98 (53/54)',
    ],
    [
      'tests/intake/probe-zr',
      'TOTAL | 30 | 30 | 30 | 1.00 | 1.00 | 1.00 | 1.00 | 0.97 | 0.73 (22/30) | 0.93 (28/30) | 0.92 (35/38)',
    ],
    [
      'tests/intake/probe-zs',
      'TOTAL | 37 | 37 | 37 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.86 (32/37) | 0.95 (35/37) | 1.00 (45/45)',
    ],
    [
      'tests/intake/probe-zt',
      'TOTAL | 38 | 38 | 38 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.76 (29/38) | 0.95 (36/38) | 1.00 (46/46)',
    ],
    [
      'tests/intake/probe-zu',
      'TOTAL | 45 | 43 | 42 | 0.93 | 0.98 | 0.95 | 0.93 | 0.95 | 0.81 (34/42) | 0.93 (39/42) | 0.96 (45/47)',
    ],
    [
      'tests/intake/probe-zv',
      'TOTAL | 38 | 38 | 38 | 1.00 | 1.00 | 1.00 | 0.97 | 1.00 | 0.84 (32/38) | 0.89 (34/38) | 0.96 (51/53)',
    ],
    [
      'tests/intake/probe-zw',
      'TOTAL | 39 | 38 | 37 | 0.95 | 0.97 | 0.96 | 0.95 | 1.00 | 0.86 (32/37) | 0.89 (33/37) | 0.96 (51/53)',
    ],
  ])('%s: the totals it reaches after the fixes, exactly', async (dir, row) => {
    const t = await probeTotal(dir);
    expect(t.code).toBe(0);
    expect(t.row).toBe(row);
  });

  // Sealed until this stop's intake work was merged, then scored once (AFTER.txt): the honest figure
  // on text nobody tuned for (probe-zx, -zy and -zz, written blind on 2 Dec (second session) at its
  // start, and sealed while its round of fixers worked on zn…zw). Asserted exactly so that a later
  // change that moves it says so.
  it.each([
    [
      'tests/intake/probe-zx',
      'TOTAL | 34 | 33 | 31 | 0.91 | 0.94 | 0.93 | 0.88 | 1.00 | 0.84 (26/31) | 0.90 (28/31) | 0.96 (43/45)',
    ],
    [
      'tests/intake/probe-zy',
      'TOTAL | 36 | 36 | 31 | 0.86 | 0.86 | 0.86 | 0.81 | 1.00 | 0.84 (26/31) | 1.00 (31/31) | 1.00 (41/41)',
    ],
    [
      'tests/intake/probe-zz',
      'TOTAL | 37 | 37 | 33 | 0.89 | 0.89 | 0.89 | 0.81 | 0.97 | 0.85 (28/33) | 0.85 (28/33) | 0.98 (56/57)',
    ],
  ])('%s (sealed, scored once after the fixes): its totals, exactly', async (dir, row) => {
    const t = await probeTotal(dir);
    expect(t.code).toBe(0);
    expect(t.row).toBe(row);
  });
});
