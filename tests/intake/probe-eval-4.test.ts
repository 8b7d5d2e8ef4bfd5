import { describe, expect, it } from 'vitest';
import { probeTotal } from '../support/probe-total.js';

// The held-out probes (written for this repository, gold annotated before the pipeline ran on
// them) as regression sets, scored in four files so that they run side by side: part 4 of 4.
describe('eval CLI on the held-out probes, part 4', () => {
  // Each after its own fixes (and those of later rounds): what was fixed stays fixed. A residual
  // left in a row is listed in the README ("Editorial intake").
  it.each([
    [
      'tests/intake/probe-zx',
      'TOTAL | 33 | 33 | 33 | 1.00 | 1.00 | 1.00 | 0.97 | 1.00 | 0.79 (26/33) | 0.91 (30/33) | 0.98 (44/45)',
    ],
    [
      'tests/intake/probe-zy',
      'TOTAL | 35 | 36 | 32 | 0.91 | 0.89 | 0.90 | 0.86 | 1.00 | 0.91 (29/32) | 1.00 (32/32) | 1.00 (41/41)',
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
      'TOTAL | 46 | 44 | 44 | 0.96 | 1.00 | 0.98 | 0.98 | 1.00 | 0.84 (37/44) | 0.91 (40/44) | 0.97 (63/65)',
    ],
    [
      'tests/intake/probe-zzc',
      'TOTAL | 38 | 36 | 34 | 0.89 | 0.94 | 0.92 | 0.92 | 0.97 | 0.59 (20/34) | 0.94 (32/34) | 1.00 (56/56)',
    ],
    [
      'tests/intake/probe-zzd',
      'TOTAL | 44 | 42 | 42 | 0.95 | 1.00 | 0.98 | 0.93 | 1.00 | 0.81 (34/42) | 0.86 (36/42) | 0.98 (52/53)',
    ],
    [
      'tests/intake/probe-zze',
      'TOTAL | 53 | 54 | 53 | 1.00 | 0.98 | 0.99 | 0.91 | 0.98 | 0.54 (28/52) | 0.98 (51/52) | 0.97 (56/58)',
    ],
    [
      'tests/intake/probe-zzf',
      'TOTAL | 37 | 36 | 34 | 0.92 | 0.94 | 0.93 | 0.94 | 1.00 | 0.79 (27/34) | 0.94 (32/34) | 1.00 (54/54)',
    ],
    [
      'tests/intake/probe-zzg',
      'TOTAL | 34 | 34 | 34 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.88 (30/34) | 0.91 (31/34) | 0.98 (50/51)',
    ],
    [
      'tests/intake/probe-zzh',
      'TOTAL | 49 | 44 | 42 | 0.86 | 0.95 | 0.90 | 0.82 | 0.90 | 0.64 (27/42) | 0.95 (40/42) | 0.98 (58/59)',
    ],
    [
      'tests/intake/probe-zzi',
      'TOTAL | 40 | 37 | 36 | 0.90 | 0.97 | 0.94 | 0.97 | 1.00 | 0.81 (29/36) | 0.89 (32/36) | 0.98 (62/63)',
    ],
  ])('%s: the totals it reaches after the fixes, exactly', async (dir, row) => {
    const t = await probeTotal(dir);
    expect(t.code).toBe(0);
    expect(t.row).toBe(row);
  });

  // Sealed until this stop's intake work was merged, then scored once (AFTER.txt): the honest figure
  // on text nobody tuned for (probe-zzj, -zzk and -zzl, written blind on 2 Dec (fourth session) at its
  // start, and sealed while its round of fixers worked on zzd…zzi). Asserted exactly so that a later
  // change that moves it says so.
  it.each([
    [
      'tests/intake/probe-zzj',
      'TOTAL | 45 | 42 | 36 | 0.80 | 0.86 | 0.83 | 0.76 | 0.97 | 0.72 (26/36) | 0.92 (33/36) | 1.00 (62/62)',
    ],
    [
      'tests/intake/probe-zzk',
      'TOTAL | 67 | 58 | 53 | 0.79 | 0.91 | 0.85 | 0.83 | 1.00 | 0.66 (35/53) | 0.96 (51/53) | 0.95 (53/56)',
    ],
    [
      'tests/intake/probe-zzl',
      'TOTAL | 56 | 51 | 42 | 0.75 | 0.82 | 0.79 | 0.80 | 0.98 | 0.50 (21/42) | 0.83 (35/42) | 0.95 (54/57)',
    ],
  ])('%s (sealed, scored once after the fixes): its totals, exactly', async (dir, row) => {
    const t = await probeTotal(dir);
    expect(t.code).toBe(0);
    expect(t.row).toBe(row);
  });
});
