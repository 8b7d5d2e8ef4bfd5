import { describe, expect, it } from 'vitest';
import { probeTotal } from '../support/probe-total.js';

// The held-out probes (written for this repository, gold annotated before the pipeline ran on
// them) as regression sets, scored in four files so that they run side by side: part 4 of 4.
describe('eval CLI on the held-out probes, part 4', () => {
  // Each after its own fixes (and those of later rounds): what was fixed stays fixed. A residual
  // left in a row is listed in the README ("Editorial intake").
  it.each([
    [
      'tests/intake/probe-zzd',
      'TOTAL | 44 | 42 | 42 | 0.95 | 1.00 | 0.98 | 0.98 | 1.00 | 0.81 (34/42) | 0.86 (36/42) | 0.98 (52/53)',
    ],
    [
      'tests/intake/probe-zze',
      'TOTAL | 53 | 54 | 53 | 1.00 | 0.98 | 0.99 | 0.91 | 0.98 | 0.54 (28/52) | 0.98 (51/52) | 0.97 (56/58)',
    ],
    [
      'tests/intake/probe-zzf',
      'TOTAL | 38 | 36 | 36 | 0.95 | 1.00 | 0.97 | 1.00 | 1.00 | 0.81 (29/36) | 0.94 (34/36) | 1.00 (54/54)',
    ],
    [
      'tests/intake/probe-zzg',
      'TOTAL | 34 | 34 | 34 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.88 (30/34) | 0.91 (31/34) | 0.98 (50/51)',
    ],
    [
      'tests/intake/probe-zzh',
      'TOTAL | 46 | 44 | 42 | 0.91 | 0.95 | 0.93 | 0.91 | 1.00 | 0.64 (27/42) | 0.95 (40/42) | 0.98 (58/59)',
    ],
    [
      'tests/intake/probe-zzi',
      'TOTAL | 40 | 37 | 36 | 0.90 | 0.97 | 0.94 | 0.97 | 1.00 | 0.81 (29/36) | 0.89 (32/36) | 0.98 (62/63)',
    ],
    [
      'tests/intake/probe-zzj',
      'TOTAL | 43 | 42 | 40 | 0.93 | 0.95 | 0.94 | 0.93 | 0.97 | 0.72 (29/40) | 0.95 (38/40) | 1.00 (62/62)',
    ],
    [
      'tests/intake/probe-zzk',
      'TOTAL | 64 | 58 | 56 | 0.88 | 0.97 | 0.92 | 0.95 | 1.00 | 0.73 (41/56) | 0.96 (54/56) | 0.96 (54/56)',
    ],
    [
      'tests/intake/probe-zzl',
      'TOTAL | 55 | 51 | 49 | 0.89 | 0.96 | 0.92 | 0.96 | 0.98 | 0.53 (26/49) | 0.86 (42/49) | 0.95 (54/57)',
    ],
  ])('%s: the totals it reaches after the fixes, exactly', async (dir, row) => {
    const t = await probeTotal(dir);
    expect(t.code).toBe(0);
    expect(t.row).toBe(row);
  });

  // Sealed until this stop's intake work was merged, then scored once (AFTER.txt): the honest figure
  // on text nobody tuned for (probe-zzm…-zzr, written blind on 2 Dec (fifth session) at its start, and
  // sealed while its round of fixers worked by cause over every other set). Asserted exactly so that a
  // later change that moves it says so.
  it.each([
    [
      'tests/intake/probe-zzm',
      'TOTAL | 40 | 32 | 32 | 0.80 | 1.00 | 0.89 | 0.84 | 0.97 | 0.72 (23/32) | 0.97 (31/32) | 0.97 (63/65)',
    ],
    [
      'tests/intake/probe-zzn',
      'TOTAL | 36 | 33 | 32 | 0.89 | 0.97 | 0.93 | 0.88 | 1.00 | 0.69 (22/32) | 0.84 (27/32) | 0.84 (38/45)',
    ],
    [
      'tests/intake/probe-zzo',
      'TOTAL | 51 | 48 | 46 | 0.90 | 0.96 | 0.93 | 0.92 | 1.00 | 0.78 (36/46) | 0.96 (44/46) | 0.97 (67/69)',
    ],
    [
      'tests/intake/probe-zzp',
      'TOTAL | 51 | 51 | 49 | 0.96 | 0.96 | 0.96 | 0.86 | 1.00 | 0.73 (36/49) | 0.96 (47/49) | 0.96 (44/46)',
    ],
    [
      'tests/intake/probe-zzq',
      'TOTAL | 37 | 35 | 32 | 0.86 | 0.91 | 0.89 | 0.80 | 1.00 | 0.59 (19/32) | 0.88 (28/32) | 0.98 (50/51)',
    ],
    [
      'tests/intake/probe-zzr',
      'TOTAL | 38 | 38 | 36 | 0.95 | 0.95 | 0.95 | 0.84 | 1.00 | 0.83 (30/36) | 0.86 (31/36) | 0.95 (70/74)',
    ],
  ])('%s (sealed, scored once after the fixes): its totals, exactly', async (dir, row) => {
    const t = await probeTotal(dir);
    expect(t.code).toBe(0);
    expect(t.row).toBe(row);
  });
});
