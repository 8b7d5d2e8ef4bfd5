import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * What makes a test file need the run's PostgreSQL server and the built dist/ (the "integration"
 * project's global setup): it starts the app, servers, processes or databases, or changes timers.
 * A file without any of these only calls pure code.
 */
const NEEDS_SETUP =
  /support\/harness|run-main|helpers\.js|support\/postgres|inject\(|child_process|spawn|process\.(on|once|chdir|kill)|node:net|node:http|createServer|fetch\(|startFakeBotApi|fake-telegram\/server|startApp|buildApp|openStore|better-sqlite3|mkdtemp|fixture-content|due-digest|process-group|worker_threads|vi\.(mock|useFakeTimers|stub)/;

const testFiles = readdirSync('tests', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => join('tests', file));
const pureFiles = testFiles.filter((file) => !NEEDS_SETUP.test(readFileSync(file, 'utf8')));
/**
 * The intake's scores over the probe sets (tests/support/probe-total.ts sampleProbes): pure, but
 * the heaviest CPU of the suite. Vitest queues projects by name, so as project "eval" they start
 * first, instead of running last and alone after every integration file has started.
 */
const evalFiles = pureFiles.filter((file) => /probe-eval-\d+\.test\.ts$/.test(file));

const timeouts = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    // The longest files mostly wait (on rate limits and child processes), so more files than cores
    // can run at once: on two cores the run used 1.35 of them with three workers; four took the
    // whole suite from 342 s to 293 s on the same quiet machine.
    maxWorkers: 4,
    projects: [
      {
        test: {
          name: 'eval',
          include: evalFiles,
          isolate: false,
          ...timeouts,
          // a set's first article loads and warms the whole intake, at the start of a busy run
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'pure',
          include: pureFiles.filter((file) => !evalFiles.includes(file)),
          isolate: false,
          ...timeouts,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: pureFiles,
          // One PostgreSQL server for the run (store tests run against it and SQLite), and dist/ for
          // the process tests, built once before any file runs.
          globalSetup: ['tests/support/postgres-global-setup.ts', 'tests/support/build-dist.ts'],
          // Files share their worker's loaded modules: every file closes what it starts and restores
          // what it changes (timers, process listeners), and no file mocks a module (eslint.config.js).
          // A fresh process per file imported telegraf, pg and the app into each one again: the
          // project used about 280 s of CPU that way, 175 s this way.
          isolate: false,
          ...timeouts,
        },
      },
    ],
  },
});
