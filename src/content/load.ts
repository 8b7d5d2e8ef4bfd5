import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { parseArticle, type ContentProblem, type ParseResult } from './parse.js';
import type { Article } from './schema.js';

/** What one read of the content folder yields: the published articles and every problem found. */
export type ContentSnapshot = { articles: Article[]; problems: ContentProblem[] };

/**
 * Parse results by path, with the text they were parsed from: a reload parses only the files whose
 * text changed (parsing, not reading, is what a load spends its time on). Kept by the caller.
 */
export type ParsedFiles = Map<string, { source: string; result: ParseResult }>;

/** Files read at once: enough to keep the disk busy, few enough to stay far from the open-files limit. */
const READ_CONCURRENCY = 64;

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
  const results = await mapConcurrently(paths, READ_CONCURRENCY, (path) => readArticle(path, parsed));
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

async function readArticle(path: string, parsed: ParsedFiles): Promise<ParseResult> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    parsed.delete(path);
    return { ok: false, problems: [{ path, field: 'file', problem: `cannot read the file (${errorCode(error)})` }] };
  }
  const known = parsed.get(path);
  if (known?.source === source) return known.result;
  const result = parseArticle(path, source);
  parsed.set(path, { source, result });
  return result;
}

/** `work` over `items` with at most `limit` under way at once; results in the order of `items`. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}
