import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The paths named in the first column of the README's "Map of `src/`" table, in order. */
function mappedPaths(): string[] {
  const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
  const section = readme.slice(readme.indexOf('### Map of `src/`'));
  const end = section.indexOf('\n#', 1);
  return (end === -1 ? section : section.slice(0, end))
    .split('\n')
    .map((line) => /^\| `([^`]+)` \|/.exec(line)?.[1])
    .filter((path): path is string => path !== undefined);
}

/** The folders directly inside src/<parent> ('' for src/ itself), each with its trailing slash. */
function subfolders(parent: string): string[] {
  return readdirSync(`${ROOT}/src/${parent}`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${entry.name}/`);
}

describe('the README’s map of src/', () => {
  it('lists every folder of src/ once, one line each', () => {
    const folders = subfolders('');
    const listed = mappedPaths().filter((path) => path.endsWith('/'));
    const topLevel = listed.filter((path) => path.split('/').length === 2);
    expect([...topLevel].sort()).toEqual([...folders].sort());
  });

  it('lists every subfolder of a folder whose subfolders it maps (intake/), and only real ones', () => {
    const nested = mappedPaths().filter((path) => path.endsWith('/') && path.split('/').length > 2);
    const parents = [...new Set(nested.map((path) => path.slice(0, path.indexOf('/') + 1)))];
    expect(parents).toContain('intake/');
    for (const parent of parents) {
      const inside = subfolders(parent).map((name) => `${parent}${name}`);
      expect([...nested.filter((path) => path.startsWith(parent))].sort()).toEqual(inside.sort());
    }
  });

  it('follows the data: content before briefing, briefing before delivery, delivery before http', () => {
    const order = mappedPaths();
    const at = (path: string) => order.indexOf(path);
    expect(at('content/')).toBeLessThan(at('briefing/'));
    expect(at('briefing/')).toBeLessThan(at('delivery/'));
    expect(at('delivery/')).toBeLessThan(at('http/'));
  });
});
