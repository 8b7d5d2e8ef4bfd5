// `npm test`'s first step: the type check, lint and format check, run side by side (each is mostly
// one core's work for about twenty seconds; one after another they took a minute of the suite's
// five). Each check's output is printed whole when it ends, so the three never interleave. Exits 1
// when any check fails, after all have ended.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import process from 'node:process';

const CHECKS = [
  ['type check', 'node_modules/typescript/bin/tsc', '--noEmit'],
  ['lint', 'node_modules/eslint/bin/eslint.js', '.'],
  ['format check', 'node_modules/prettier/bin/prettier.cjs', '--check', '.'],
];

/** Runs one check to its end: its name, its exit code and everything it printed. */
function run([name, script, ...args]) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (err) => resolve({ name, code: 1, output: `${err.message}\n`, seconds: 0 }));
    child.on('close', (code, signal) =>
      resolve({
        name,
        code: code ?? 1,
        output: Buffer.concat(output).toString() + (signal ? `killed by ${signal}\n` : ''),
        seconds: (Date.now() - started) / 1000,
      }),
    );
  });
}

const results = await Promise.all(
  CHECKS.map((check) =>
    run(check).then((result) => {
      const verdict = result.code === 0 ? 'passed' : `failed (exit ${result.code})`;
      process.stdout.write(`${result.output}> ${result.name} ${verdict} in ${result.seconds.toFixed(1)} s\n`);
      return result;
    }),
  ),
);
process.exitCode = results.some((result) => result.code !== 0) ? 1 : 0;
