import { expect, it } from 'vitest';
import { runEvalCli } from '../../src/intake/eval-cli.js';

/** A probe set's TOTAL row from the eval CLI, with its counts read out. */
export async function probeTotal(dir: string) {
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
}

/**
 * `npm test` scores one pinned probe set in four (the first of every four rows of a table): the
 * intake over every set costs about 160 s of CPU, half of the suite's five minutes. `npm run
 * test:probes` (PROBES=all) scores every set; a change to src/intake/ lands only after it passes.
 */
export function sampleProbes<Expected>(rows: readonly (readonly [string, Expected])[]) {
  const all = process.env.PROBES === 'all';
  return rows.map(([dir, expected], at): [string, Expected, boolean] => [dir, expected, all || at % 4 === 0]);
}

/** One test per pinned row: the set's TOTAL row after the fixes, exactly (run as `sampleProbes` says). */
export function itReachesPinnedTotals(rows: readonly (readonly [string, string])[]): void {
  it.for(sampleProbes(rows))(
    '%s: the totals it reaches after the fixes, exactly',
    async ([dir, row, scored], { skip }) => {
      skip(!scored, 'npm run test:probes scores it');
      const t = await probeTotal(dir);
      expect(t.code).toBe(0);
      expect(t.row).toBe(row);
    },
  );
}
