import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { agreement, formatAgreement } from './eval/agreement.js';
import { Gold } from './eval/gold.js';
import { isMainModule, runCliMain } from './cli-main.js';

/** The gold files of `dir` by article name; a file that is not gold is named in `errors`. */
async function readGolds(dir: string, errors: string[]): Promise<Record<string, Gold>> {
  const golds: Record<string, Gold> = {};
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    const parsed = Gold.safeParse(JSON.parse(await readFile(join(dir, name), 'utf8')));
    if (parsed.success) golds[basename(name, '.json')] = parsed.data;
    else errors.push(`${join(dir, name)}: not a gold file: ${parsed.error.issues[0]?.message}`);
  }
  return golds;
}

/** `npm run eval:agreement -- FIRST_DIR SECOND_DIR`: how far two annotations of the same articles agree. */
export async function runAgreementCli(
  argv: readonly string[],
  out: { stdout(line: string): void; stderr(line: string): void },
): Promise<number> {
  const [first, second] = argv.filter((a) => a !== '--');
  if (!first || !second) {
    out.stderr('usage: eval:agreement FIRST_DIR SECOND_DIR');
    return 2;
  }
  const errors: string[] = [];
  const report = agreement(await readGolds(first, errors), await readGolds(second, errors));
  errors.forEach((e) => out.stderr(e));
  formatAgreement(report).forEach((line) => out.stdout(line));
  return errors.length > 0 ? 1 : 0;
}

if (isMainModule(import.meta.url, '/intake/agreement-cli.ts')) {
  runCliMain('eval:agreement', (io) => runAgreementCli(io.argv, io));
}
