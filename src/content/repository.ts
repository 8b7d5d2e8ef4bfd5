import { isDeepStrictEqual } from 'node:util';
import type { ContentSnapshot } from './load.js';
import type { ContentProblem } from './parse.js';
import type { Article } from './schema.js';

/** What a reload changed, by briefing id; `rejected` lists every problem of the new snapshot. */
export type ReloadReport = { added: string[]; changed: string[]; removed: string[]; rejected: ContentProblem[] };

/** The articles being served, newest first. Holds no I/O: loading happens elsewhere and is handed in. */
export class ContentRepository {
  #articles: Article[] = [];
  #byId = new Map<string, Article>();
  #version = 0;

  constructor(snapshot: ContentSnapshot) {
    this.#serve(snapshot.articles);
  }

  /** Grows with every replace(): whatever was derived from an older version is out of date. */
  get version(): number {
    return this.#version;
  }

  get size(): number {
    return this.#articles.length;
  }

  /** The newest article by `published` date; same-day ties go to the greater id. */
  latest(): Article | undefined {
    return this.#articles[0];
  }

  byId(id: string): Article | undefined {
    return this.#byId.get(id.toLowerCase());
  }

  /** Newest first; a copy, so callers cannot reorder what is served. */
  list(): Article[] {
    return [...this.#articles];
  }

  /**
   * Swaps in a freshly loaded snapshot. A file that served before and is now rejected keeps
   * serving its last good version (matched by path), so one bad edit does not take an article offline.
   */
  replace(snapshot: ContentSnapshot): ReloadReport {
    const rejectedPaths = new Set(snapshot.problems.map((p) => p.path));
    const freshIds = new Set(snapshot.articles.map((a) => a.briefing.id));
    const keptGood = this.#articles.filter(
      (old) => rejectedPaths.has(old.path) && !freshIds.has(old.briefing.id),
    );
    const previous = this.#byId;
    this.#version++;
    this.#serve([...snapshot.articles, ...keptGood]);

    const added: string[] = [];
    const changed: string[] = [];
    for (const [id, article] of this.#byId) {
      const before = previous.get(id);
      if (before === undefined) added.push(article.briefing.id);
      else if (!isDeepStrictEqual(before, article)) changed.push(article.briefing.id);
    }
    const removed = [...previous.entries()].filter(([id]) => !this.#byId.has(id)).map(([, a]) => a.briefing.id);
    return { added: added.sort(), changed: changed.sort(), removed: removed.sort(), rejected: snapshot.problems };
  }

  #serve(articles: Article[]): void {
    this.#articles = [...articles].sort(newestFirst);
    this.#byId = new Map(this.#articles.map((a) => [a.briefing.id.toLowerCase(), a]));
  }
}

function newestFirst(a: Article, b: Article): number {
  return compareDesc(a.briefing.published, b.briefing.published) || compareDesc(a.briefing.id, b.briefing.id);
}

function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
