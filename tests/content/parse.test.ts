/* eslint-disable @typescript-eslint/no-explicit-any -- the cases break front matter in arbitrary places */
import { describe, expect, it } from 'vitest';
import { formatProblem, parseArticle, type ContentProblem, type ParseResult } from '../../src/content/parse.js';
import { briefingData, markdown } from './fixtures.js';

const PATH = 'content/sample.md';

function problemsOf(result: ParseResult): ContentProblem[] {
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems;
}

function fieldsOf(result: ParseResult): string[] {
  return problemsOf(result).map((p) => p.field);
}

describe('parseArticle: valid files', () => {
  it('reads the briefing, fills defaults and keeps the body', () => {
    const result = parseArticle(PATH, markdown(briefingData(), 'Line one.\n\nLine two.'));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const { briefing, body, path } = result.article;
    expect(path).toBe(PATH);
    expect(body).toBe('Line one.\n\nLine two.');
    expect(briefing.status).toBe('published');
    expect(briefing.source).toEqual({ name: null, url: null });
    expect(briefing.tags).toEqual([]);
    expect(briefing.incidents[0]?.wounded).toBeNull();
    expect(briefing.incidents[0]?.actors).toEqual([]);
  });

  it('keeps unquoted YAML dates as YYYY-MM-DD strings', () => {
    const source = [
      '---',
      'id: dated',
      'language: ar',
      'published: 2020-11-01',
      'title: { ar: عنوان }',
      'summary: { ar: [أ, ب, ج] }',
      '---',
      'النص',
    ].join('\n');
    const result = parseArticle(PATH, source);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.article.briefing.published).toBe('2020-11-01');
    expect(result.article.body).toBe('النص');
  });

  it('leaves <, & and > as written: escaping belongs to the renderer', () => {
    const result = parseArticle(PATH, markdown(briefingData(), 'A & B <c>'));
    if (!result.ok) throw new Error('rejected');
    expect(result.article.briefing.title.en).toBe('Markets & <ministers>');
    expect(result.article.briefing.summary.en).toContain('Second <b> point');
    expect(result.article.body).toBe('A & B <c>');
  });

  it('accepts a byte-order mark and CRLF line ends', () => {
    const crlf = `\uFEFF${markdown(briefingData())}`.replace(/\n/g, '\r\n');
    const result = parseArticle(PATH, crlf);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.body).toBe('The original article text.');
  });
});

describe('parseArticle: schema problems carry dotted fields', () => {
  type Case = { name: string; change: (d: Record<string, any>) => void; field: string; problem: RegExp };
  const cases: Case[] = [
    { name: 'missing title', change: (d) => delete d.title, field: 'title', problem: /^required: expected object$/ },
    { name: 'missing language', change: (d) => delete d.language, field: 'language', problem: /^required: expected one of ar, en$/ },
    { name: 'unknown language', change: (d) => (d.language = 'fr'), field: 'language', problem: /^Invalid option/ },
    { name: 'count of the wrong type', change: (d) => (d.incidents[0].wounded = 'some'), field: 'incidents.0.wounded', problem: /^expected number or object$/ },
    { name: 'impossible date', change: (d) => (d.published = '2021-02-30'), field: 'published', problem: /calendar date/ },
    { name: 'badly formed date', change: (d) => (d.published = '4 March 2021'), field: 'published', problem: /YYYY-MM-DD/ },
    {
      name: 'from after to',
      change: (d) => (d.incidents[0].date = { from: '2021-03-05', to: '2021-03-01', precision: 'week' }),
      field: 'incidents.0.date.to',
      problem: /from must not be after to/,
    },
    {
      name: 'sub-type of another event type',
      change: (d) => (d.incidents[0].event = { type: 'battles', subType: 'grenade' }),
      field: 'incidents.0.event.subType',
      problem: /not a sub-type/,
    },
    { name: 'negative count', change: (d) => (d.incidents[0].killed = -1), field: 'incidents.0.killed', problem: /./ },
    { name: 'unknown language key', change: (d) => (d.title.fr = 'Titre'), field: 'title.fr', problem: /^unknown field$/ },
    { name: 'too few bullets', change: (d) => (d.summary.en = ['only one']), field: 'summary.en', problem: /3 to 6 bullets/ },
    { name: 'not a slug', change: (d) => (d.id = 'Has Spaces'), field: 'id', problem: /lowercase slug/ },
  ];

  it.each(cases)('$name → $field', ({ change, field, problem }) => {
    const data = briefingData();
    change(data);
    const problems = problemsOf(parseArticle(PATH, markdown(data)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({ path: PATH, field, problem: expect.stringMatching(problem) });
  });

  it('reports every problem, not just the first', () => {
    const data: Record<string, any> = briefingData();
    delete data.language;
    data.incidents[0].killed = 'two';
    data.incidents[0].place.country = 'Iraq';
    data.incidents.push({ ...data.incidents[0], place: { country: 'IQ', precision: 'country' } });
    expect(fieldsOf(parseArticle(PATH, markdown(data))).sort()).toEqual(
      ['incidents.0.killed', 'incidents.0.place.country', 'incidents.1.killed', 'language'].sort(),
    );
  });

  it('rejects duplicate incident ids within one briefing', () => {
    const data: Record<string, any> = briefingData();
    data.incidents.push(structuredClone(data.incidents[0]));
    expect(fieldsOf(parseArticle(PATH, markdown(data)))).toEqual(['incidents.1.id']);
  });

  it('rejects an empty body', () => {
    expect(fieldsOf(parseArticle(PATH, markdown(briefingData(), '  ')))).toEqual(['body']);
  });
});

describe('parseArticle: structural problems', () => {
  const table: Array<{ name: string; source: string; problem: RegExp }> = [
    { name: 'no front matter', source: 'Just an article.\n', problem: /must start with a --- line/ },
    { name: 'empty file', source: '', problem: /must start with a --- line/ },
    { name: 'unclosed front matter', source: '---\nid: x\nbody text\n', problem: /no closing ---/ },
    { name: 'a list, not a mapping', source: '---\n- a\n- b\n---\nbody\n', problem: /YAML mapping/ },
    { name: 'empty front matter', source: '---\n---\nbody\n', problem: /YAML mapping/ },
    // Line 4 of the file: the opening --- is line 1, so YAML line 3.
    { name: 'YAML syntax error', source: '---\nid: x\nlanguage: en\ntitle: [unclosed\n---\nbody\n', problem: /YAML syntax error at line 4/ },
    { name: 'duplicate YAML key', source: '---\nid: x\nid: y\n---\nbody\n', problem: /YAML syntax error at line 3/ },
  ];

  it.each(table)('$name', ({ source, problem }) => {
    const problems = problemsOf(parseArticle(PATH, source));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.field).toBe('front matter');
    expect(problems[0]?.problem).toMatch(problem);
  });
});

describe('formatProblem', () => {
  it('joins path, field and problem, numbering list items from 1', () => {
    expect(formatProblem({ path: 'content/a.md', field: 'incidents.2.killed', problem: 'required: expected number' })).toBe(
      'content/a.md: incidents.3.killed: required: expected number',
    );
  });
});
