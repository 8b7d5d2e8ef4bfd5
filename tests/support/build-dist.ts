import { spawnSync } from 'node:child_process';

/**
 * vitest globalSetup: compiles src/ to dist/ once before any test file runs, so the process tests
 * run `node dist/main.js` as production does, and no two test files build into dist/ at once.
 * Incremental: a few seconds when nothing changed. Type errors are reported by `tsc --noEmit`
 * (npm test), so this emit skips checking (`--noCheck`: the same files, byte for byte, in 9.5 s
 * instead of 20 s on a fresh clone, while no test file can start); `npm run build` still checks.
 */
export default function buildDist(): void {
  const result = spawnSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--noCheck'],
    { encoding: 'utf8' },
  );
  if (result.error) throw result.error;
  if (result.status !== 0)
    process.stderr.write(
      `build-dist: tsc reported errors (tests run the emitted code):\n${result.stdout}${result.stderr}`,
    );
}
