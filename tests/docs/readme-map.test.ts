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

describe('the README’s map of src/', () => {
  it('lists every folder of src/ once, one line each', () => {
    const folders = readdirSync(`${ROOT}/src`, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${entry.name}/`);
    const listed = mappedPaths().filter((path) => path.endsWith('/'));
    expect([...listed].sort()).toEqual([...folders].sort());
  });

  it('follows the data: content before briefing, briefing before delivery, delivery before http', () => {
    const order = mappedPaths();
    const at = (path: string) => order.indexOf(path);
    expect(at('content/')).toBeLessThan(at('briefing/'));
    expect(at('briefing/')).toBeLessThan(at('delivery/'));
    expect(at('delivery/')).toBeLessThan(at('http/'));
  });
});
