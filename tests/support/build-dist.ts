import { spawnSync } from 'node:child_process';

/**
 * vitest globalSetup: compiles src/ to dist/ once before any test file runs, so the process tests
 * run `node dist/main.js` as production does, and no two test files build into dist/ at once.
 * Incremental: a few seconds when nothing changed. Type errors are reported by `tsc --noEmit`
 * (npm test) and do not stop the emit, so they do not stop the tests either.
 */
export default function buildDist(): void {
  const result = spawnSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'],
    { encoding: 'utf8' },
  );
  if (result.error) throw result.error;
  if (result.status !== 0)
    process.stderr.write(
      `build-dist: tsc reported errors (tests run the emitted code):\n${result.stdout}${result.stderr}`,
    );
}
