import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeHtml } from '../../src/telegram/html.js';
import { parseTelegramHtml } from '../../src/telegram/html-parse.js';

describe('escapeHtml', () => {
  it.each([
    ['AT&T', 'AT&amp;T'],
    ['a < b > c', 'a &lt; b &gt; c'],
    ['<script>', '&lt;script&gt;'],
    ['&amp;', '&amp;amp;'],
    ['"quoted" \'text\'', '"quoted" \'text\''],
    ['مرحبا 😀', 'مرحبا 😀'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('escapeAttribute', () => {
  it('also escapes double quotes, so the value stays inside href="..."', () => {
    const url = 'https://e.example/?q="x"&a=<b>';
    expect(escapeAttribute(url)).toBe('https://e.example/?q=&quot;x&quot;&amp;a=&lt;b&gt;');
    const parsed = parseTelegramHtml(`<a href="${escapeAttribute(url)}">link</a>`);
    expect(parsed).toEqual({ ok: true, text: 'link', length: 4 });
  });
});
