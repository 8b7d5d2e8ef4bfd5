import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { startFakeBotApi, type FakeBotApi, type FakeBotApiOptions } from '../../src/fake-telegram/server.js';
import { fixtureContentDir } from './fixture-content.js';
import { TEST_TOKEN } from './harness.js';

export interface MainProcess {
  pid: number;
  exit: Promise<number | null>;
  stdout: () => string;
  stderr: () => string;
  kill: (signal: NodeJS.Signals) => void;
  waitFor: (pattern: RegExp) => Promise<void>;
}

/**
 * A child with only PATH, HOME and the given environment. Without a CONTENT_DIR it serves a fresh
 * copy of the fixture briefings (removed when it exits), never the repository's `content/`.
 * `detached`: it leads its own process group, as a command typed in a terminal does.
 */
export function spawnProcess(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
  options: { detached?: boolean } = {},
): MainProcess {
  const content = 'CONTENT_DIR' in env ? undefined : fixtureContentDir();
  const child = spawn(command, args, {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...(content === undefined ? {} : { CONTENT_DIR: content }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  let out = '';
  let err = '';
  const waiters: Array<() => void> = [];
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    waiters.forEach((w) => w());
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exit = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (content !== undefined) rmSync(content, { recursive: true, force: true });
      resolve(code);
    }),
  );
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

/** The production command, `node dist/main.js` (built by the tests' globalSetup). */
export function runMain(env: Record<string, string>): MainProcess {
  return spawnProcess(process.execPath, ['dist/main.js'], env);
}

/** Polls `condition` every 50 ms until it holds (the test's own timeout bounds the wait). */
export async function eventually(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * What a process test starts, stopped and removed after each test: `main()` runs `node dist/main.js`,
 * `tempDir()` gives a fresh folder, `fakeApi()` starts the fake Bot API (the latest is `fake()`),
 * `botSetup()` both and a database path.
 * Call once at the top of a test file.
 */
export function processTestKit(prefix: string) {
  const processes: MainProcess[] = [];
  const dirs: string[] = [];
  let current: FakeBotApi | undefined;
  afterEach(async () => {
    const running = processes.splice(0);
    running.forEach((p) => p.kill('SIGKILL'));
    await Promise.all(running.map((p) => p.exit));
    await current?.close();
    current = undefined;
    dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });
  return {
    main(env: Record<string, string>): MainProcess {
      const run = runMain(env);
      processes.push(run);
      return run;
    },
    tempDir(): string {
      const dir = mkdtempSync(join(tmpdir(), `mawjaz-${prefix}-`));
      dirs.push(dir);
      return dir;
    },
    async fakeApi(options: Omit<FakeBotApiOptions, 'token'> = {}): Promise<FakeBotApi> {
      current = await startFakeBotApi({ token: TEST_TOKEN, ...options });
      return current;
    },
    fake(): FakeBotApi {
      if (current === undefined) throw new Error('no fake Bot API started in this test');
      return current;
    },
    /** A fake Bot API, a fresh SQLite path, and the environment of a bot on both (`env` added last). */
    async botSetup(env: Record<string, string> = {}, fakeOptions: Omit<FakeBotApiOptions, 'token'> = {}) {
      const fake = await this.fakeApi(fakeOptions);
      const databasePath = join(this.tempDir(), 'db.sqlite');
      return {
        fake,
        databasePath,
        env: {
          TELEGRAM_BOT_TOKEN: TEST_TOKEN,
          TELEGRAM_API_ROOT: fake.apiRoot,
          DATABASE_PATH: databasePath,
          ...env,
        } as Record<string, string>,
      };
    },
  };
}
