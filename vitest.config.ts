import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One PostgreSQL server for the run; store tests run against it and against SQLite.
    globalSetup: ['tests/support/postgres-global-setup.ts'],
    // The longest files mostly wait (on rate limits and child processes), so more files than cores
    // can run at once.
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
