import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** `--import tsx` resolves from the working directory: the project root. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Starts a fixture script in its own process; `ready` on its first "ready" line, `done` with its stdout lines. */
export function spawnFixture(
  script: string,
  args: string[],
): { ready: Promise<void>; done: Promise<string[]> } {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const lines: string[] = [];
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    if (line === 'ready') onReady();
  });
  const done = new Promise<string[]>((resolve, reject) => {
    child.on('close', (code) =>
      code === 0 ? resolve(lines) : reject(new Error(`fixture exited ${code}: ${stderr}`)),
    );
  });
  // A crash before "ready" must fail the test, not hang it.
  done.catch(() => onReady());
  return { ready, done };
}
