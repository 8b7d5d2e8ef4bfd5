import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Logger } from 'pino';
import { parseArticle, type ContentProblem, type ParseResult } from './parse.js';
import type { Article } from './schema.js';

/** What one read of the content folder yields: the published articles and every problem found. */
export type ContentSnapshot = { articles: Article[]; problems: ContentProblem[] };

/**
 * Parse results by path, with the bytes they were parsed from: a reload parses (and decodes) only
 * the files whose bytes changed. Kept by the caller.
 */
export type ParsedFiles = Map<string, { bytes: Buffer; result: ParseResult }>;

/**
 * Reads every `*.md` directly in `dir` (subfolders such as `drafts/` are ignored), in name order.
 * A bad file is logged once and left out; the others still serve. Drafts are checked but not returned.
 */
export async function loadContentDir(
  dir: string,
  log: Logger,
  parsed: ParsedFiles = new Map(),
): Promise<ContentSnapshot> {
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => e.name).sort();
  } catch (error) {
    const problem: ContentProblem = { path: dir, field: 'folder', problem: `cannot read the content folder (${errorCode(error)})` };
    log.warn(problem, 'content folder unreadable');
    return { articles: [], problems: [problem] };
  }

  const articles: Article[] = [];
  const problems: ContentProblem[] = [];
  const idOwners = new Map<string, string>();
  const reject = (fileProblems: ContentProblem[]): void => {
    // One log line per file keeps the log readable; check-content lists every problem.
    const [first] = fileProblems;
    if (first !== undefined) log.warn({ ...first, problemCount: fileProblems.length }, 'content file rejected');
    problems.push(...fileProblems);
  };
  const paths = names.map((name) => join(dir, name));
  const results: ParseResult[] = [];
  for (const path of paths) {
    results.push(readArticle(path, parsed));
    // One file is read and parsed at a time, then other work runs: a /reload or a digest slot's
    // re-read never holds the event loop for more than one file (bench/content-load.ts measures it).
    await yieldToEventLoop();
  }
  // Files that are gone are forgotten, so the parse results kept cannot outgrow the folder.
  const present = new Set(paths);
  for (const path of parsed.keys()) if (!present.has(path)) parsed.delete(path);
  // In name order, as before: the first file with an id keeps it.
  for (const [i, path] of paths.entries()) {
    const result = results[i]!;
    if (result.ok) {
      const { id, status } = result.article.briefing;
      const owner = idOwners.get(id);
      if (owner === undefined) {
        idOwners.set(id, path);
        if (status === 'published') articles.push(result.article);
        continue;
      }
      reject([{ path, field: 'id', problem: `duplicate id "${id}", already used by ${owner}` }]);
    } else {
      reject(result.problems);
    }
  }
  return { articles, problems };
}

/**
 * Read synchronously: one small file read costs the thread microseconds, where the asynchronous
 * open, stat, read and close of fs.promises cost several round trips through the thread pool each
 * (a fifth of a 2,000-file load).
 */
function readArticle(path: string, parsed: ParsedFiles): ParseResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    parsed.delete(path);
    return { ok: false, problems: [{ path, field: 'file', problem: `cannot read the file (${errorCode(error)})` }] };
  }
  const known = parsed.get(path);
  if (known?.bytes.equals(bytes)) return known.result;
  const result = parseArticle(path, bytes);
  parsed.set(path, { bytes, result });
  return result;
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}
