import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.js';
import { briefingData, markdown, tempContentDir } from './fixtures.js';

function recorder() {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: { stdout: (l: string) => stdout.push(l), stderr: (l: string) => stderr.push(l) } };
}

describe('checkContent', () => {
  it('exits 0 with a count and nothing on stderr when all files are valid', async () => {
    const dir = await tempContentDir({ 'a.md': markdown(briefingData('a')), 'b.md': markdown(briefingData('b')) });
    const { stdout, stderr, out } = recorder();

    expect(await checkContent(dir, out)).toBe(0);
    expect(stdout).toEqual([`${dir}: 2 published articles, 0 problems`]);
    expect(stderr).toEqual([]);
  });

  it('exits 1 and prints each problem as path: field: problem', async () => {
    const bad = briefingData('bad');
    bad.published = '2021-13-01';
    const dir = await tempContentDir({ 'good.md': markdown(briefingData('good')), 'bad.md': markdown(bad), 'none.md': 'no front matter' });
    const { stdout, stderr, out } = recorder();

    expect(await checkContent(dir, out)).toBe(1);
    expect(stderr).toEqual([
      `${join(dir, 'bad.md')}: published: not a real calendar date`,
      `${join(dir, 'none.md')}: front matter: the file must start with a --- line`,
    ]);
    expect(stdout).toEqual([`${dir}: 1 published article, 2 problems`]);
  });

  it('numbers incidents from 1, as the bot does', async () => {
    const bad = briefingData('bad');
    (bad.incidents as Array<Record<string, unknown>>)[0]!.killed = -1;
    const dir = await tempContentDir({ 'bad.md': markdown(bad) });
    const { stderr, out } = recorder();
    expect(await checkContent(dir, out)).toBe(1);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/: incidents\.1\.killed: /);
  });

  it('exits 1 for a missing folder', async () => {
    const dir = join(await tempContentDir({}), 'nope');
    const { stdout, stderr, out } = recorder();

    expect(await checkContent(dir, out)).toBe(1);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]?.startsWith(`${dir}: folder: cannot read`)).toBe(true);
    expect(stdout).toEqual([`${dir}: 0 published articles, 1 problem`]);
  });
});
