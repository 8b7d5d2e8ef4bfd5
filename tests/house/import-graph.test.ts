import { describe, expect, it } from 'vitest';
import { findCycle, importGraph, relativeSpecifiers } from './import-graph.js';

describe('findCycle', () => {
  const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

  it('finds none in a graph without cycles, shared dependencies included', () => {
    expect(findCycle(graph({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }))).toBeNull();
  });

  it('names the files of a cycle, in import order', () => {
    expect(findCycle(graph({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual(['a', 'b', 'c', 'a']);
  });

  it('finds a cycle reached only through other nodes, and a module importing itself', () => {
    expect(findCycle(graph({ a: ['b'], b: ['c'], c: ['d'], d: ['c'] }))).toEqual(['c', 'd', 'c']);
    expect(findCycle(graph({ a: ['a'] }))).toEqual(['a', 'a']);
  });
});

describe('relativeSpecifiers', () => {
  it('collects imports, type imports, re-exports and dynamic imports, not packages or comments', () => {
    const source = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      'import {',
      '  c,',
      '  type C,',
      "} from './c.js';",
      "export { d } from './d.js';",
      "export type * from './e.js';",
      "import './f.js';",
      "const g = await import('./g.js');",
      "import { z } from 'zod';",
      "// import { h } from './h.js';",
      "/** import { i } from './i.js' */",
    ].join('\n');
    expect(relativeSpecifiers(source)).toEqual([
      './a.js',
      '../b.js',
      './c.js',
      './d.js',
      './e.js',
      './f.js',
      './g.js',
    ]);
  });
});

describe('src/', () => {
  it('has no import cycle, type imports included', () => {
    const graph = importGraph('src', process.cwd());
    expect(graph.size).toBeGreaterThan(100);
    const cycle = findCycle(graph);
    expect(cycle, cycle ? `import cycle: ${cycle.join(' → ')}` : undefined).toBeNull();
  });
});
