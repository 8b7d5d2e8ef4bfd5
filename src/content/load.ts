import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { parseArticle, type ContentProblem, type ParseResult } from './parse.js';
import type { Article } from './schema.js';

/** What one read of the content folder yields: the published articles and every problem found. */
export type ContentSnapshot = { articles: Article[]; problems: ContentProblem[] };

/**
 * Reads every `*.md` directly in `dir` (subfolders such as `drafts/` are ignored), in name order.
 * A bad file is logged once and left out; the others still serve. Drafts are checked but not returned.
 */
export async function loadContentDir(dir: string, log: Logger): Promise<ContentSnapshot> {
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
  for (const name of names) {
    const path = join(dir, name);
    const result = await readArticle(path);
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

async function readArticle(path: string): Promise<ParseResult> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, problems: [{ path, field: 'file', problem: `cannot read the file (${errorCode(error)})` }] };
  }
  return parseArticle(path, source);
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}
