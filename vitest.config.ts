import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One PostgreSQL server for the run (store tests run against it and SQLite), and dist/ for the
    // process tests, built once before any file runs.
    globalSetup: ['tests/support/postgres-global-setup.ts', 'tests/support/build-dist.ts'],
    // The longest files mostly wait (on rate limits and child processes), so more files than cores
    // can run at once.
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
