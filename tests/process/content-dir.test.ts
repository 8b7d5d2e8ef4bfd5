import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDirMessage, contentDirProblem } from '../../src/process/content-dir.js';
import { FIXTURE_CONTENT } from '../support/fixture-content.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-content-dir-'));
  dirs.push(dir);
  return dir;
}

describe('contentDirProblem', () => {
  it('accepts a folder, even an empty one', async () => {
    expect(await contentDirProblem(FIXTURE_CONTENT)).toBeNull();
    expect(await contentDirProblem(tempDir())).toBeNull();
  });

  it('names a folder that does not exist, or a file in its place', async () => {
    const dir = tempDir();
    expect(await contentDirProblem(join(dir, 'missing'))).toBe(
      `folder ${join(dir, 'missing')} does not exist`,
    );
    writeFileSync(join(dir, 'file.md'), '');
    expect(await contentDirProblem(join(dir, 'file.md'))).toBe(`${join(dir, 'file.md')} is not a folder`);
  });

  it('says why a folder cannot be read', () => {
    expect(contentDirMessage('/srv/content', 'EACCES')).toBe(
      'folder /srv/content cannot be read (permission denied)',
    );
    expect(contentDirMessage('/srv/content', 'EIO')).toBe('folder /srv/content cannot be read (EIO)');
  });

  // root reads any folder: the permission case needs an ordinary user.
  it.skipIf(process.getuid?.() === 0)('names a folder that cannot be read', async () => {
    const locked = join(tempDir(), 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o000);
    try {
      expect(await contentDirProblem(locked)).toBe(`folder ${locked} cannot be read (permission denied)`);
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});
