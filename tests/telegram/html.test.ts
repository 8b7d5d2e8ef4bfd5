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
  it('replaces lone surrogates, which the Bot API refuses, and keeps pairs', () => {
    expect(escapeHtml('a\uD800b\uDE00😀')).toBe('a\uFFFDb\uFFFD😀');
    expect(parseTelegramHtml(escapeHtml('x\uD83D')).ok).toBe(true);
  });

  it('also escapes double quotes, so the value stays inside href="..."', () => {
    const url = 'https://e.example/?q="x"&a=<b>';
    expect(escapeAttribute(url)).toBe('https://e.example/?q=&quot;x&quot;&amp;a=&lt;b&gt;');
    const parsed = parseTelegramHtml(`<a href="${escapeAttribute(url)}">link</a>`);
    expect(parsed).toEqual({ ok: true, text: 'link', length: 4, entities: 1 });
  });
});
