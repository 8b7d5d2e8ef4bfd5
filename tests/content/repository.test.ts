import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/content/parse.js';
import { ContentRepository } from '../../src/content/repository.js';
import type { Article, Briefing } from '../../src/content/schema.js';

function article(id: string, published: string, body = `Body of ${id}`, path = `content/${id}.md`): Article {
  const briefing = {
    id,
    status: 'published',
    language: 'en',
    published,
    title: { en: `Title ${id}` },
    source: { name: null, url: null },
    summary: { en: ['a', 'b', 'c'] },
    figures: [],
    incidents: [],
    tags: [],
  } satisfies Briefing;
  return { briefing, body, path };
}

const rejectedAt = (path: string): ContentProblem => ({ path, field: 'title', problem: 'required: expected object' });
const ids = (articles: Article[]) => articles.map((a) => a.briefing.id);

describe('ContentRepository queries', () => {
  const repo = new ContentRepository({
    articles: [article('b-mid', '2021-05-01'), article('a-new', '2022-01-01'), article('c-new', '2022-01-01'), article('old', '2019-12-31')],
    problems: [],
  });

  it('lists newest first, same-day ties by id descending', () => {
    expect(ids(repo.list())).toEqual(['c-new', 'a-new', 'b-mid', 'old']);
    expect(repo.size).toBe(4);
  });

  it('latest is the head of that order', () => {
    expect(repo.latest()?.briefing.id).toBe('c-new');
  });

  it('finds by id regardless of case', () => {
    expect(repo.byId('B-MID')?.briefing.id).toBe('b-mid');
    expect(repo.byId('missing')).toBeUndefined();
  });

  it('hands out a copy of the list', () => {
    repo.list().reverse();
    expect(ids(repo.list())[0]).toBe('c-new');
  });

  it('is empty without articles', () => {
    const empty = new ContentRepository({ articles: [], problems: [] });
    expect(empty.latest()).toBeUndefined();
    expect(empty.size).toBe(0);
    expect(empty.list()).toEqual([]);
  });
});

describe('ContentRepository.replace', () => {
  it('reports added, changed and removed ids and serves the new snapshot', () => {
    const repo = new ContentRepository({ articles: [article('kept', '2021-01-01'), article('edited', '2021-01-02'), article('gone', '2021-01-03')], problems: [] });

    const report = repo.replace({
      articles: [article('kept', '2021-01-01'), article('edited', '2021-01-02', 'New body'), article('fresh', '2021-02-01')],
      problems: [],
    });

    expect(report).toEqual({ added: ['fresh'], changed: ['edited'], removed: ['gone'], rejected: [] });
    expect(ids(repo.list())).toEqual(['fresh', 'edited', 'kept']);
    expect(repo.byId('edited')?.body).toBe('New body');
    expect(repo.byId('gone')).toBeUndefined();
  });

  it('keeps serving the last good version of a file that is now rejected, across reloads', () => {
    const lastGood = article('story', '2021-01-01', 'Good version', 'content/story.md');
    const repo = new ContentRepository({ articles: [lastGood], problems: [] });
    const broken = { articles: [], problems: [rejectedAt('content/story.md')] };

    const first = repo.replace(broken);
    const second = repo.replace(broken);

    for (const report of [first, second]) {
      expect(report).toEqual({ added: [], changed: [], removed: [], rejected: broken.problems });
    }
    expect(repo.byId('story')?.body).toBe('Good version');
    expect(repo.size).toBe(1);
  });

  it('does not serve a rejected file that was never good, nor keep a file that was deleted', () => {
    const repo = new ContentRepository({ articles: [article('deleted', '2021-01-01')], problems: [] });

    const report = repo.replace({ articles: [], problems: [rejectedAt('content/new-and-broken.md')] });

    expect(report.removed).toEqual(['deleted']);
    expect(report.rejected).toEqual([rejectedAt('content/new-and-broken.md')]);
    expect(repo.size).toBe(0);
  });

  it('drops the kept version when another good file now carries its id', () => {
    const repo = new ContentRepository({ articles: [article('story', '2021-01-01', 'Old', 'content/a.md')], problems: [] });

    const report = repo.replace({
      articles: [article('story', '2021-01-01', 'Moved', 'content/b.md')],
      problems: [rejectedAt('content/a.md')],
    });

    expect(report.changed).toEqual(['story']);
    expect(repo.list().map((a) => a.body)).toEqual(['Moved']);
  });
});
