import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const THIS_FILE = relative(ROOT, fileURLToPath(import.meta.url));

/** Every TypeScript file under `dir` (relative to the repository), recursively. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

// Ways a test could reach the repository's content/: a relative CONTENT_DIR, the folder as a call's
// first argument (cpSync, readdirSync, loadContentDir …), a path up to it, or one of its files by name.
const repositoryFiles = readdirSync(join(ROOT, 'content')).filter((name) => name.endsWith('.md'));
const patterns: RegExp[] = [
  /CONTENT_DIR\s*:\s*(['"`])content\1/,
  /\(\s*(['"`])content\1/,
  /(['"`])(\.\.\/)+content\1/,
  ...repositoryFiles.map((name) => new RegExp(`content/${name.replace(/[.]/g, '\\.')}`)),
];

describe('tests and what they run never read the repository’s content/', () => {
  // The fuzz run lives in bench/ but the suite runs it.
  const files = [...sources('tests'), ...sources('bench/fuzz')].filter((file) => file !== THIS_FILE);

  it('finds the files it scans', () => {
    expect(files).toContain('tests/support/harness.ts');
    expect(files.length).toBeGreaterThan(100);
  });

  it('no test file names it: they serve tests/fixtures/content/ through tests/support/fixture-content.ts', () => {
    const offenders = files.flatMap((file) => {
      const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
      return lines.flatMap((line, i) => (patterns.some((p) => p.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
    });
    expect(offenders).toEqual([]);
  });

  it('the patterns catch the ways it was read before', () => {
    const earlier = [
      "    CONTENT_DIR: 'content',",
      "  cpSync('content', dir, { recursive: true });",
      "const CONTENT_DIR = fileURLToPath(new URL('../../content', import.meta.url));",
      ...repositoryFiles.map((name) => `export const SEED_PATH = 'content/${name}';`),
    ];
    for (const line of earlier) expect(patterns.some((p) => p.test(line)), line).toBe(true);
  });
});
