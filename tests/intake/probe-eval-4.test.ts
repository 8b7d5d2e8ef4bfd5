import { describe, expect, it } from 'vitest';
import { probeTotal } from '../support/probe-total.js';

// The held-out probes (written for this repository, gold annotated before the pipeline ran on
// them) as regression sets, scored in four files so that they run side by side: part 4 of 4.
describe('eval CLI on the held-out probes, part 4', () => {
  // Each after its own fixes (and those of later rounds): what was fixed stays fixed. A residual
  // left in a row is listed in the README ("Editorial intake").
  it.each([
    [
      'tests/intake/probe-zu',
      'TOTAL | 45 | 43 | 43 | 0.96 | 1.00 | 0.98 | 0.98 | 0.95 | 0.81 (35/43) | 0.93 (40/43) | 0.96 (45/47)',
    ],
    [
      'tests/intake/probe-zv',
      'TOTAL | 38 | 38 | 38 | 1.00 | 1.00 | 1.00 | 0.97 | 1.00 | 0.84 (32/38) | 0.89 (34/38) | 0.96 (51/53)',
    ],
    [
      'tests/intake/probe-zw',
      'TOTAL | 38 | 38 | 37 | 0.97 | 0.97 | 0.97 | 0.97 | 1.00 | 0.86 (32/37) | 0.89 (33/37) | 0.96 (51/53)',
    ],
    [
      'tests/intake/probe-zx',
      'TOTAL | 33 | 33 | 33 | 1.00 | 1.00 | 1.00 | 0.97 | 1.00 | 0.79 (26/33) | 0.91 (30/33) | 0.98 (44/45)',
    ],
    [
      'tests/intake/probe-zy',
      'TOTAL | 34 | 36 | 31 | 0.91 | 0.86 | 0.89 | 0.83 | 1.00 | 0.87 (27/31) | 1.00 (31/31) | 1.00 (41/41)',
    ],
    [
      'tests/intake/probe-zz',
      'TOTAL | 36 | 37 | 33 | 0.92 | 0.89 | 0.90 | 0.89 | 0.97 | 0.85 (28/33) | 0.88 (29/33) | 0.98 (56/57)',
    ],
    [
      'tests/intake/probe-zza',
      'TOTAL | 43 | 44 | 43 | 1.00 | 0.98 | 0.99 | 0.95 | 1.00 | 0.74 (31/42) | 0.88 (37/42) | 1.00 (60/60)',
    ],
    [
      'tests/intake/probe-zzb',
      'TOTAL | 46 | 44 | 44 | 0.96 | 1.00 | 0.98 | 0.98 | 1.00 | 0.84 (37/44) | 0.89 (39/44) | 0.97 (63/65)',
    ],
    [
      'tests/intake/probe-zzc',
      'TOTAL | 38 | 36 | 34 | 0.89 | 0.94 | 0.92 | 0.89 | 0.97 | 0.56 (19/34) | 0.94 (32/34) | 1.00 (56/56)',
    ],
  ])('%s: the totals it reaches after the fixes, exactly', async (dir, row) => {
    const t = await probeTotal(dir);
    expect(t.code).toBe(0);
    expect(t.row).toBe(row);
  });

  // Sealed until this stop's intake work was merged, then scored once (AFTER.txt): the honest figure
  // on text nobody tuned for (probe-zzd, -zze and -zzf, written blind on 2 Dec (third session) at its
  // start, and sealed while its round of fixers worked on zx…zzc). Asserted exactly so that a later
  // change that moves it says so.
  it.each([
    [
      'tests/intake/probe-zzd',
      'TOTAL | 47 | 42 | 40 | 0.85 | 0.95 | 0.90 | 0.76 | 1.00 | 0.80 (32/40) | 0.85 (34/40) | 0.98 (52/53)',
    ],
    [
      'tests/intake/probe-zze',
      'TOTAL | 54 | 54 | 51 | 0.94 | 0.94 | 0.94 | 0.80 | 0.98 | 0.54 (27/50) | 0.98 (49/50) | 0.90 (52/58)',
    ],
    [
      'tests/intake/probe-zzf',
      'TOTAL | 38 | 36 | 33 | 0.87 | 0.92 | 0.89 | 0.81 | 1.00 | 0.79 (26/33) | 0.94 (31/33) | 1.00 (54/54)',
    ],
  ])('%s (sealed, scored once after the fixes): its totals, exactly', async (dir, row) => {
    const t = await probeTotal(dir);
    expect(t.code).toBe(0);
    expect(t.row).toBe(row);
  });
});
