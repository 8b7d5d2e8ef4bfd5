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
