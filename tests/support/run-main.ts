import { spawn } from 'node:child_process';

export interface MainProcess {
  pid: number;
  exit: Promise<number | null>;
  stdout: () => string;
  stderr: () => string;
  kill: (signal: NodeJS.Signals) => void;
  waitFor: (pattern: RegExp) => Promise<void>;
}

/** The production command, `node dist/main.js` (built by the tests' globalSetup), with only the given environment. */
export function runMain(env: Record<string, string>): MainProcess {
  const child = spawn(process.execPath, ['dist/main.js'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters: Array<() => void> = [];
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    waiters.forEach((w) => w());
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    pid: child.pid!,
    exit,
    stdout: () => out,
    stderr: () => err,
    kill: (signal) => child.kill(signal),
    waitFor: (pattern) =>
      new Promise<void>((resolve, reject) => {
        const check = () => pattern.test(out) && resolve();
        waiters.push(check);
        check();
        void exit.then((code) => reject(new Error(`exited with ${code} before ${pattern}: ${err}`)));
      }),
  };
}

/** Polls `condition` every 50 ms until it holds (the test's own timeout bounds the wait). */
export async function eventually(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 50));
}
