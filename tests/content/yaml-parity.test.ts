/**
 * The front matter moved from `yaml` (document model, core schema) to js-yaml (core schema) for
 * speed. These cases hold the two parsers to the same values, so the move changed no briefing:
 * every content file the project ships, and the scalar forms editors write.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const CONTENT_DIRS = ['content', 'tests/fixtures/content'];

/** Every `*.md` under `dir`, drafts/ and other subfolders included. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));
}

/** The lines between the opening and the closing `---`, as parseArticle hands them to the parser. */
function frontMatter(source: string): string {
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const closing = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line));
  if (!/^---[ \t]*$/.test(lines[0] ?? '') || closing === -1) throw new Error('no front matter');
  return lines.slice(1, closing).join('\n');
}

/** What the old parser made of `text`, or its first error. */
function before(text: string): { value: unknown } | { error: string } {
  const doc = parseDocument(text, { schema: 'core', prettyErrors: false });
  const [error] = doc.errors;
  return error === undefined ? { value: doc.toJS() } : { error: error.message };
}

/** What the new parser makes of `text`, or its error. */
function after(text: string): { value: unknown } | { error: string } {
  try {
    return { value: load(text, { schema: CORE_SCHEMA }) };
  } catch (error) {
    return { error: String(error) };
  }
}

describe('front matter: js-yaml gives what yaml gave', () => {
  const files = CONTENT_DIRS.flatMap(markdownFiles);

  it('finds content files to compare', () => {
    expect(files.length).toBeGreaterThanOrEqual(CONTENT_DIRS.length);
  });

  it.each(files)('%s', (file) => {
    const text = frontMatter(readFileSync(file, 'utf8'));
    const old = before(text);
    if ('error' in old) throw new Error(`${file} does not parse with yaml: ${old.error}`);
    expect(after(text)).toStrictEqual(old);
  });

  const forms = [
    // Dates and times stay strings under the core schema.
    'a: 2020-11-01',
    'a: 2020-11-01T10:00:00Z',
    'a: 12:30',
    // Numbers in every notation the core schema knows; 1_000 is a string in YAML 1.2.
    'a: 110000',
    'a: -3',
    'a: +12',
    'a: 007',
    'a: 0x1F',
    'a: 0o17',
    'a: 1_000',
    'a: 1.5',
    'a: .5',
    'a: 1.0',
    'a: 0.1e+2',
    'a: .inf',
    'a: -.Inf',
    'a: .nan',
    // Null and booleans; YAML 1.1's yes/on are strings.
    'a: null',
    'a: ~',
    'a:',
    'a: NULL',
    'a: true',
    'a: False',
    'a: yes',
    'a: on',
    // Strings with colons, hashes, quotes, escapes, Arabic and symbols.
    'a: "x: y"',
    'a: x:y',
    'a: http://example.com/a?b=c#d',
    'a: b #c',
    'a: "#not a comment"',
    "a: 'it''s'",
    'a: "\\u0041\\t\\n"',
    'a: !!str 12',
    'a: "التحالف الدولي: داعش"',
    'a: التحالف الدولي',
    'km²: 1',
    // Multi-line: block scalars with every chomping, folded and plain continuation lines.
    'a: |\n  one\n  two\n',
    'a: |-\n  x\n',
    'a: |+\n  x\n\n',
    'a: >\n  one\n  two\n\n  three\n',
    'a: >-\n  long\n  folded\n',
    'a: plain\n  continued\n  lines',
    'a: "multi\n  line"',
    // Collections, anchors and comments.
    'a: { b: 1, c: [x, "y", 3] }',
    'a: &x { b: 1 }\nc: *x',
    'a: [1, 2] # comment',
    '? complex\n: v',
    'a:\n  - 1\n  - { low: 2, high: 3 }\n  - null',
  ];

  it.each(forms)('%j', (text) => {
    const old = before(text);
    if ('error' in old) throw new Error(`the case itself does not parse with yaml: ${old.error}`);
    expect(after(text)).toStrictEqual(old);
  });

  it.each(['a: 1\na: 2', 'a: [unclosed', 'a: -', 'a: b: c'])('rejects %j as yaml did', (text) => {
    expect(before(text)).toHaveProperty('error');
    expect(after(text)).toHaveProperty('error');
  });
});
