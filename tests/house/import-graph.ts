import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Every `.ts` file under `dir`, recursively, as absolute paths in name order. */
export function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return typeScriptFiles(path);
      return entry.name.endsWith('.ts') ? [path] : [];
    });
}

// Comments out first, so that an import quoted in a doc comment is not taken for one. Strings that
// hold `//` (URLs) only lose the rest of their line, which never holds an import in this code.
const COMMENTS = /\/\*[\s\S]*?\*\/|(^|[^:'"`\\])\/\/.*$/gm;
// `import … from`, `import type … from`, `export … from`, `import '…'` and `import('…')`.
const SPECIFIERS =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?[^'";]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The relative specifiers a module imports or re-exports from, type-only ones included. */
export function relativeSpecifiers(source: string): string[] {
  const code = source.replace(COMMENTS, '$1');
  const found: string[] = [];
  for (const match of code.matchAll(SPECIFIERS)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (specifier?.startsWith('.')) found.push(specifier);
  }
  return found;
}

/** The file a relative specifier names (`./x.js` is `./x.ts` in the sources), or undefined. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((path) => path.endsWith('.ts') && existsSync(path));
}

/** Module → the modules it imports, for every `.ts` file under `root`, keyed by path relative to `cwd`. */
export function importGraph(root: string, cwd: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of typeScriptFiles(root)) {
    const targets = relativeSpecifiers(readFileSync(file, 'utf8')).flatMap((specifier) => {
      const target = resolveSpecifier(file, specifier);
      return target ? [relative(cwd, target)] : [];
    });
    graph.set(relative(cwd, file), [...new Set(targets)]);
  }
  return graph;
}

/**
 * One cycle of the graph as the path that closes it (`[a, b, a]`), or null when there is none.
 * Depth-first, each node visited once: a node met again while still on the path closes a cycle.
 */
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const done = new Set<string>();
  const onPath = new Map<string, number>();
  const path: string[] = [];

  function visit(node: string): string[] | null {
    onPath.set(node, path.length);
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const at = onPath.get(next);
      if (at !== undefined) return [...path.slice(at), next];
      if (done.has(next)) continue;
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    onPath.delete(node);
    done.add(node);
    return null;
  }

  for (const node of [...graph.keys()].sort()) {
    if (done.has(node)) continue;
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}
