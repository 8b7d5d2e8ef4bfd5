import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Makes sure SQLite can create or open the file at DATABASE_PATH: its folder exists (created one
 * level at a time) and is writable. Returns a one-line problem, else undefined.
 *
 * Why not `mkdirSync(…, { recursive: true })`: under a pseudo file system such as /proc it spins
 * forever (every mkdir there answers ENOENT while the parent exists), so start-up hung silently.
 */
export function prepareDatabasePath(path: string): string | undefined {
  if (path === ':memory:') return undefined;
  const folder = dirname(resolve(path));
  const problem = createFolder(folder);
  if (problem) return `DATABASE_PATH: cannot create the folder ${folder} (${problem})`;
  try {
    accessSync(folder, constants.W_OK);
    if (exists(path)) accessSync(path, constants.R_OK | constants.W_OK);
  } catch (error) {
    return `DATABASE_PATH: ${path} is not writable (${codeOf(error)})`;
  }
  return undefined;
}

/** Creates `folder` and any missing parents, one level at a time; the error code on failure. */
function createFolder(folder: string): string | undefined {
  const missing: string[] = [];
  let at = folder;
  while (!exists(at)) {
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  if (exists(at) && !statSync(at).isDirectory()) return `${at} is not a folder`;
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (error) {
      // (another instance starting at the same moment made it first: a folder is all we need)
      if (codeOf(error) === 'EEXIST' && statSync(level).isDirectory()) continue;
      return codeOf(error);
    }
  }
  return undefined;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function codeOf(error: unknown): string {
  return (error as { code?: string }).code ?? String(error);
}
