/**
 * The loader hands parseArticle a file's bytes, which it decodes in two parts (front matter, body);
 * drafts and tools hand it a string. Both must give the same result for every file: the same
 * briefing and body, or the same problems at the same lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/parse.js';
import { briefingData, markdown } from './fixtures.js';

const PATH = 'content/sample.md';
const CONTENT_DIRS = ['content', 'tests/fixtures/content'];

const valid = markdown(briefingData(), 'Line one.\n\nLine two.');
const arabic = ['---', 'id: dated', 'language: ar', 'published: 2020-11-01', 'title: { ar: عنوان }', 'summary: { ar: [أ, ب, ج] }', '---', 'النص العربي'].join('\n');

const sources: Array<{ name: string; source: string }> = [
  { name: 'valid, with a blank line after the front matter', source: valid },
  { name: 'Arabic text on both sides of the closing line', source: arabic },
  { name: 'no trailing line break after the body', source: valid.trimEnd() },
  { name: 'a byte-order mark', source: `\uFEFF${valid}` },
  { name: 'CRLF line ends', source: valid.replace(/\n/g, '\r\n') },
  { name: 'old Mac CR line ends', source: valid.replace(/\n/g, '\r') },
  { name: 'a byte-order mark and CRLF', source: `\uFEFF${arabic}`.replace(/\n/g, '\r\n') },
  { name: 'a byte-order mark after the start (kept as text)', source: valid.replace('Line one.', '\uFEFFLine one.') },
  { name: 'delimiters with trailing spaces and tabs', source: arabic.replace(/^---$/gm, '--- \t') },
  { name: 'a ---- line and a "--- x" line inside the front matter are not the end', source: arabic.replace('title:', '# ----\n# --- x\ntitle:') },
  { name: 'a --- line in the body after the closing one', source: `${arabic}\n---\nmore\n---\n` },
  { name: 'front matter closed on the last line, no body', source: arabic.slice(0, arabic.lastIndexOf('\n')) },
  { name: 'closing line without a line break', source: `${arabic.slice(0, arabic.lastIndexOf('\n'))}\n---` },
  { name: 'body of blank lines only', source: `${arabic.slice(0, arabic.lastIndexOf('\n') + 1)}\n  \n\t\n` },
  { name: 'no front matter', source: 'Just an article.\n' },
  { name: 'empty file', source: '' },
  { name: 'just ---', source: '---' },
  { name: 'unclosed front matter', source: '---\nid: x\nbody text\n' },
  { name: 'a list, not a mapping', source: '---\n- a\n- b\n---\nbody\n' },
  { name: 'empty front matter', source: '---\n---\nbody\n' },
  { name: 'YAML syntax error', source: '---\nid: x\nlanguage: en\ntitle: [unclosed\n---\nbody\n' },
  { name: 'YAML syntax error in Arabic text', source: arabic.replace('title: { ar: عنوان }', 'title: { ar: "عنوان }') },
  { name: 'duplicate YAML key', source: '---\nid: x\nid: y\n---\nbody\n' },
  { name: 'schema problems', source: arabic.replace('published: 2020-11-01', 'published: 2021-02-31').replace('language: ar', 'language: fr') },
];

describe('parseArticle: bytes and text give the same result', () => {
  it.each(sources)('$name', ({ source }) => {
    expect(parseArticle(PATH, Buffer.from(source, 'utf8'))).toEqual(parseArticle(PATH, source));
  });

  it('invalid UTF-8 decodes to the same replacement characters either way', () => {
    const bytes = Buffer.concat([Buffer.from(arabic.replace('النص العربي', 'x')), Buffer.from([0xd8, 0x0a, 0xff, 0x41])]);
    const result = parseArticle(PATH, bytes);
    expect(result).toEqual(parseArticle(PATH, bytes.toString('utf8')));
    expect(result.ok && result.article.body).toBe('x\uFFFD\n\uFFFDA');
  });

  const shipped = CONTENT_DIRS.flatMap((dir) =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.md'))
      .map((e) => join(e.parentPath, e.name)),
  );

  it.each(shipped)('%s', (path) => {
    const bytes = readFileSync(path);
    expect(parseArticle(path, bytes)).toEqual(parseArticle(path, bytes.toString('utf8')));
  });
});
