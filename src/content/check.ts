import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { loadContentDir } from './load.js';
import { formatProblem } from './parse.js';

export type CheckOutput = { stdout(line: string): void; stderr(line: string): void };

/** Checks every content file in `dir`; prints problems to stderr and a count to stdout. Returns the exit code. */
export async function checkContent(dir: string, out: CheckOutput): Promise<number> {
  // Problems are printed below, one per line; the loader's log lines would only repeat them.
  const { articles, problems } = await loadContentDir(dir, pino({ enabled: false }));
  for (const problem of problems) out.stderr(formatProblem(problem));
  out.stdout(`${dir}: ${plural(articles.length, 'published article')}, ${plural(problems.length, 'problem')}`);
  return problems.length > 0 ? 1 : 0;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function isMain(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const dir = process.argv[2] || process.env['CONTENT_DIR'] || 'content';
  process.exitCode = await checkContent(dir, {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
}
