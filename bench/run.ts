/**
 * Runs every bench in this folder (or only those named), each in a child process of its own so that
 * one bench's memory and JIT state never colour another's, one after the other.
 *
 *   npm run bench                      all of them, sorted by file name
 *   npm run bench -- bot-throughput    only the ones named
 *
 * Exits non-zero only when a bench crashed (or a name matches no bench); benches never fail on timings.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchName, selectBenches } from './support/select.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const projectRoot = dirname(benchDir);

/** Resolves with a description of the failure, or undefined when the bench exited 0. */
function runBench(file: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(benchDir, file)], {
      cwd: projectRoot,
      stdio: 'inherit',
    });
    child.once('error', (error) => resolve(`could not start: ${error.message}`));
    child.once('exit', (code, signal) =>
      resolve(code === 0 ? undefined : signal ? `killed by ${signal}` : `exit code ${code}`),
    );
  });
}

const runnerFile = basename(fileURLToPath(import.meta.url));
const fileNames = readdirSync(benchDir, { withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => entry.name);
const selection = selectBenches(fileNames, runnerFile, process.argv.slice(2));

if (selection.unknown.length > 0) {
  const available = selectBenches(fileNames, runnerFile, []).files.map(benchName);
  process.stderr.write(
    `bench: no bench named ${selection.unknown.join(', ')} (available: ${available.join(', ')})\n`,
  );
  process.exit(2);
}

const failures: string[] = [];
for (const file of selection.files) {
  process.stdout.write(
    `\n=== bench ${benchName(file)} (${relative(projectRoot, join(benchDir, file))}) ===\n`,
  );
  const started = performance.now();
  const failure = await runBench(file);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failure) failures.push(`${benchName(file)}: ${failure}`);
  process.stdout.write(
    `=== ${benchName(file)}: ${failure ? `CRASHED (${failure})` : 'done'} in ${seconds} s ===\n`,
  );
}

if (failures.length > 0) {
  process.stderr.write(
    `\nbench: ${failures.length} of ${selection.files.length} crashed:\n${failures.map((f) => `  ${f}\n`).join('')}`,
  );
  process.exit(1);
}
