import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { range, tempDir } from './helpers.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/race.ts', import.meta.url));
/** `--import tsx` resolves from the working directory: the project root. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RECIPIENTS = 600;

interface Outcome {
  owner: string;
  created: boolean;
  claimed: number[];
}

/** Starts the fixture; resolves `ready` on its first line and `done` with its final JSON line. */
function race(args: string[]): { ready: Promise<void>; done: Promise<Outcome> } {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, ...args], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const lines: string[] = [];
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    if (line === 'ready') onReady();
  });
  const done = new Promise<Outcome>((resolve, reject) => {
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`fixture exited ${code}: ${stderr}`));
      else resolve(JSON.parse(lines[lines.length - 1]!) as Outcome);
    });
  });
  // A crash before "ready" must fail the test, not hang it.
  done.catch(() => onReady());
  return { ready, done };
}

describe('two OS processes on one file', () => {
  const tmp = tempDir();
  afterEach(() => tmp.cleanup());

  it('create the job once and claim each row exactly once overall', async () => {
    const goFile = join(tmp.dir, 'go');
    const runs = ['P1', 'P2'].map((owner) => race([tmp.dbPath, owner, goFile, String(RECIPIENTS)]));
    await Promise.all(runs.map((r) => r.ready));
    writeFileSync(goFile, '');
    const outcomes = await Promise.all(runs.map((r) => r.done));

    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    const all = outcomes.flatMap((o) => o.claimed).sort((a, b) => a - b);
    expect(all).toEqual(range(1, RECIPIENTS));

    const store = await openStore({ databasePath: tmp.dbPath });
    const job = await store.jobs.getByKey('digest:race');
    expect(await store.jobs.progress(job!.id)).toMatchObject({ sent: RECIPIENTS, total: RECIPIENTS });
    expect(await store.briefings.delivered(1)).toEqual(new Set(['b1']));
    await store.close();
  });
});
