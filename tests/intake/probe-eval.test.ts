import { describe, expect, it } from 'vitest';
import { runEvalCli } from '../../src/intake/eval-cli.js';

// The held-out probes (written for this repository, gold annotated before the pipeline ran on
// them) as regression sets: what was fixed for them stays fixed.
const total = async (dir: string) => {
  const out: string[] = [];
  const code = await runEvalCli(['--dir', dir], { stdout: (l) => out.push(l), stderr: () => {} });
  const row = out.find((l) => l.startsWith('TOTAL'))!.split(/\s{2,}/);
  return {
    code,
    extracted: Number(row[1]),
    gold: Number(row[2]),
    matched: Number(row[3]),
    row: row.join(' | '),
  };
};

describe('eval CLI on the held-out probes', () => {
  it.each([
    ['tests/intake/probe', 35],
    ['tests/intake/probe-b', 10],
    ['tests/intake/probe-c', 7],
    ['tests/intake/probe-d', 5],
  ])(
    '%s: every gold incident matched, none invented, the roles its gold files carry scored',
    async (dir, gold) => {
      const t = await total(dir);
      expect(t.code).toBe(0);
      expect({ extracted: t.extracted, gold: t.gold, matched: t.matched }).toEqual({
        extracted: gold,
        gold,
        matched: gold,
      });
      // actors and events are scored from the roles written in the probe's own gold files
      expect(t.row).toMatch(/\((\d+)\/\1\) \| 1\.00 \((\d+)\/\2\)/);
      expect(t.row).not.toContain('(0/0) | 1.00 (0/0)');
    },
  );

  // Each after its own fixes (and those of later rounds): what was fixed stays fixed. A residual
  // left in a row is listed in the README ("Editorial intake").
  it.each([
    [
      'tests/intake/probe-e',
      'TOTAL | 36 | 36 | 36 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.89 (32/36) | 0.94 (34/36) | 1.00 (46/46)',
    ],
    [
      'tests/intake/probe-f',
      'TOTAL | 32 | 32 | 32 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 (32/32) | 1.00 (32/32) | 1.00 (33/33)',
    ],
    [
      'tests/intake/probe-g',
      'TOTAL | 33 | 33 | 33 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 (33/33) | 1.00 (33/33) | 0.98 (49/50)',
    ],
    [
      'tests/intake/probe-h',
      'TOTAL | 38 | 38 | 38 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.97 (37/38) | 1.00 (38/38) | 1.00 (66/66)',
    ],
    [
      'tests/intake/probe-i',
      'TOTAL | 41 | 40 | 40 | 0.98 | 1.00 | 0.99 | 0.97 | 1.00 | 0.85 (34/40) | 0.97 (39/40) | 0.98 (61/62)',
    ],
    [
      'tests/intake/probe-j',
      'TOTAL | 38 | 38 | 38 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.87 (33/38) | 1.00 (38/38) | 0.97 (85/88)',
    ],
    [
      'tests/intake/probe-k',
      'TOTAL | 42 | 42 | 42 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.83 (35/42) | 1.00 (42/42) | 1.00 (55/55)',
    ],
    [
      'tests/intake/probe-l',
      'TOTAL | 41 | 42 | 41 | 1.00 | 0.98 | 0.99 | 0.98 | 0.98 | 0.95 (39/41) | 0.93 (38/41) | 0.98 (55/56)',
    ],
    [
      'tests/intake/probe-m',
      'TOTAL | 41 | 41 | 41 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.80 (33/41) | 0.93 (38/41) | 1.00 (38/38)',
    ],
    [
      'tests/intake/probe-n',
      'TOTAL | 42 | 41 | 40 | 0.95 | 0.98 | 0.96 | 0.98 | 1.00 | 0.75 (30/40) | 0.95 (38/40) | 0.98 (51/52)',
    ],
    [
      'tests/intake/probe-o',
      'TOTAL | 32 | 32 | 32 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.94 (30/32) | 0.91 (29/32) | 0.98 (56/57)',
    ],
    [
      'tests/intake/probe-p',
      'TOTAL | 43 | 41 | 39 | 0.91 | 0.95 | 0.93 | 0.88 | 0.95 | 0.87 (34/39) | 0.97 (38/39) | 0.98 (64/65)',
    ],
    [
      'tests/intake/probe-q',
      'TOTAL | 31 | 31 | 30 | 0.97 | 0.97 | 0.97 | 0.94 | 1.00 | 0.90 (27/30) | 0.97 (29/30) | 0.98 (56/57)',
    ],
    [
      'tests/intake/probe-r',
      'TOTAL | 45 | 45 | 44 | 0.98 | 0.98 | 0.98 | 0.98 | 1.00 | 0.86 (38/44) | 0.98 (43/44) | 0.98 (54/55)',
    ],
    [
      'tests/intake/probe-s',
      'TOTAL | 35 | 35 | 35 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.83 (29/35) | 0.94 (33/35) | 0.98 (57/58)',
    ],
    [
      'tests/intake/probe-t',
      'TOTAL | 47 | 48 | 47 | 1.00 | 0.98 | 0.99 | 0.98 | 1.00 | 0.81 (38/47) | 1.00 (47/47) | 1.00 (48/48)',
    ],
    [
      'tests/intake/probe-u',
      'TOTAL | 32 | 32 | 32 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.78 (25/32) | 0.91 (29/32) | 0.95 (56/59)',
    ],
    [
      'tests/intake/probe-v',
      'TOTAL | 32 | 32 | 32 | 1.00 | 1.00 | 1.00 | 1.00 | 0.97 | 0.78 (25/32) | 0.94 (30/32) | 0.98 (41/42)',
    ],
    [
      'tests/intake/probe-w',
      'TOTAL | 34 | 34 | 34 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.94 (32/34) | 1.00 (34/34) | 0.95 (42/44)',
    ],
    [
      'tests/intake/probe-x',
      'TOTAL | 31 | 31 | 31 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.84 (26/31) | 0.97 (30/31) | 1.00 (45/45)',
    ],
    [
      'tests/intake/probe-y',
      'TOTAL | 49 | 47 | 46 | 0.94 | 0.98 | 0.96 | 0.98 | 1.00 | 0.85 (39/46) | 0.93 (43/46) | 0.97 (61/63)',
    ],
    [
      'tests/intake/probe-z',
      'TOTAL | 39 | 38 | 38 | 0.97 | 1.00 | 0.99 | 1.00 | 1.00 | 0.76 (29/38) | 0.92 (35/38) | 0.97 (69/71)',
    ],
    [
      'tests/intake/probe-za',
      'TOTAL | 35 | 35 | 34 | 0.97 | 0.97 | 0.97 | 0.97 | 1.00 | 0.91 (31/34) | 0.91 (31/34) | 0.96 (50/52)',
    ],
    [
      'tests/intake/probe-zb',
      'TOTAL | 42 | 41 | 41 | 0.98 | 1.00 | 0.99 | 0.98 | 1.00 | 0.83 (34/41) | 0.90 (37/41) | 0.92 (47/51)',
    ],
    [
      'tests/intake/probe-zc',
      'TOTAL | 46 | 46 | 46 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.65 (30/46) | 0.96 (44/46) | 0.97 (57/59)',
    ],
    [
      'tests/intake/probe-zd',
      'TOTAL | 46 | 45 | 44 | 0.96 | 0.98 | 0.97 | 0.96 | 0.98 | 0.82 (36/44) | 0.93 (41/44) | 0.88 (53/60)',
    ],
    [
      'tests/intake/probe-ze',
      'TOTAL | 46 | 46 | 46 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.76 (35/46) | 1.00 (46/46) | 0.94 (30/32)',
    ],
    [
      'tests/intake/probe-zf',
      'TOTAL | 35 | 35 | 35 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.74 (26/35) | 1.00 (35/35) | 0.98 (48/49)',
    ],
    [
      'tests/intake/probe-zg',
      'TOTAL | 35 | 35 | 34 | 0.97 | 0.97 | 0.97 | 0.97 | 1.00 | 0.91 (31/34) | 0.94 (32/34) | 0.98 (44/45)',
    ],
    [
      'tests/intake/probe-zh',
      'TOTAL | 37 | 37 | 36 | 0.97 | 0.97 | 0.97 | 0.97 | 1.00 | 0.86 (31/36) | 0.97 (35/36) | 0.96 (53/55)',
    ],
    [
      'tests/intake/probe-zi',
      'TOTAL | 38 | 36 | 36 | 0.95 | 1.00 | 0.97 | 1.00 | 0.97 | 0.92 (33/36) | 0.94 (34/36) | 0.95 (54/57)',
    ],
    [
      'tests/intake/probe-zj',
      'TOTAL | 35 | 35 | 34 | 0.97 | 0.97 | 0.97 | 0.94 | 1.00 | 0.82 (28/34) | 0.82 (28/34) | 0.98 (42/43)',
    ],
    [
      'tests/intake/probe-zk',
      'TOTAL | 37 | 37 | 37 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.89 (33/37) | 0.95 (35/37) | 0.93 (52/56)',
    ],
    [
      'tests/intake/probe-zl',
      'TOTAL | 36 | 35 | 35 | 0.97 | 1.00 | 0.99 | 0.86 | 1.00 | 0.80 (28/35) | 1.00 (35/35) | 0.98 (50/51)',
    ],
    [
      'tests/intake/probe-zm',
      'TOTAL | 35 | 34 | 34 | 0.97 | 1.00 | 0.99 | 0.97 | 0.97 | 0.79 (27/34) | 0.97 (33/34) | 1.00 (44/44)',
    ],
    [
      'tests/intake/probe-zn',
      'TOTAL | 36 | 35 | 35 | 0.97 | 1.00 | 0.99 | 0.94 | 1.00 | 0.80 (28/35) | 0.97 (34/35) | 1.00 (43/43)',
    ],
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
    const t = await total(dir);
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
    const t = await total(dir);
    expect(t.code).toBe(0);
    expect(t.row).toBe(row);
  });
});
