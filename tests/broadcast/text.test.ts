import { describe, expect, it } from 'vitest';
import { plainText, prepareBroadcastText } from '../../src/broadcast/text.js';
import { parseTelegramHtml } from '../../src/telegram/html-parse.js';

describe('prepareBroadcastText', () => {
  it.each([
    ['<b>عاجل</b>: تحديث', '<b>عاجل</b>: تحديث'],
    [
      'Fish &amp; chips <a href="https://example.org">link</a>',
      'Fish &amp; chips <a href="https://example.org">link</a>',
    ],
    [
      '<blockquote>quote</blockquote>\n<tg-spoiler>x</tg-spoiler>',
      '<blockquote>quote</blockquote>\n<tg-spoiler>x</tg-spoiler>',
    ],
    // Telegram shows a bare & as written: never refuse "A & B" with an error Telegram would not give.
    ['A & B', 'A & B'],
    ['Tom & Jerry&nbsp;2', 'Tom & Jerry&nbsp;2'],
  ])('sends valid Telegram HTML as written: %s', (text, html) => {
    expect(prepareBroadcastText(text)).toEqual({ ok: true, html, parts: [html] });
  });

  it.each([
    ['<script>alert(1)</script>', /Unsupported start tag "script"/, '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<b>unclosed', /Can't find end tag corresponding to start tag "b"/, '&lt;b&gt;unclosed'],
    ['1 < 2', /Unsupported start tag ""/, '1 &lt; 2'],
  ])('names the problem and offers the escaped text for %s', (text, problem, escaped) => {
    const result = prepareBroadcastText(text);
    if (result.ok || result.reason !== 'invalid')
      throw new Error(`expected invalid, got ${JSON.stringify(result)}`);
    expect(result.error).toMatch(problem);
    expect(result.error).toMatch(/^can't parse entities: /);
    expect(result.plain).toEqual({ html: escaped, parts: [escaped] });
    // The escaped text shows exactly what the admin typed.
    expect(parseTelegramHtml(result.plain.html)).toMatchObject({ ok: true, text });
  });

  it.each(['', '   \n ', '<b> </b>'])('refuses an empty text: %j', (text) => {
    expect(prepareBroadcastText(text)).toEqual({ ok: false, reason: 'empty' });
  });

  it('splits a text over 4,096 characters into valid messages within the limit', () => {
    const paragraph = `<b>${'خبر '.repeat(200).trim()}</b>`;
    const text = Array.from({ length: 8 }, () => paragraph).join('\n\n');
    const result = prepareBroadcastText(text);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.parts.length).toBeGreaterThan(1);
    const visible = result.parts.map((part) => {
      const parsed = parseTelegramHtml(part);
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.length).toBeLessThanOrEqual(4096);
      return parsed.text;
    });
    expect(visible.join('\n\n')).toBe((parseTelegramHtml(text) as { text: string }).text);
  });

  it('splits a long plain-text fallback as well', () => {
    const result = plainText(`${'a & b '.repeat(1000)}<oops>`);
    expect(result.parts.length).toBe(2);
    for (const part of result.parts) expect(parseTelegramHtml(part).ok).toBe(true);
  });
});
