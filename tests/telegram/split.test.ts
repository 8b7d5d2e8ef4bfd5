import { describe, expect, it } from 'vitest';
import { parseTelegramHtml } from '../../src/telegram/html-parse.js';
import { splitBlocks, splitMessage, TELEGRAM_MESSAGE_LIMIT } from '../../src/telegram/split.js';

/** Asserts every part is valid, non-empty and within the limit, then returns the parts. */
function checkedSplit(html: string, limit: number): string[] {
  const parts = splitMessage(html, limit);
  for (const part of parts) {
    const parsed = parseTelegramHtml(part);
    if (!parsed.ok) throw new Error(`${parsed.error} in part ${JSON.stringify(part)}`);
    expect(parsed.length).toBeGreaterThan(0);
    expect(parsed.length).toBeLessThanOrEqual(limit);
  }
  return parts;
}

describe('splitMessage', () => {
  it.each([
    [
      'prefers a blank line over later newlines and spaces',
      'one two\n\nthree\nfour five',
      17,
      ['one two', 'three\nfour five'],
    ],
    ['prefers a newline over later spaces', 'one two\nthree four five', 17, ['one two', 'three four five']],
    ['prefers a space over a hard cut', 'one two three', 10, ['one two', 'three']],
    ['cuts hard when there is no whitespace', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['takes the last blank line that fits', 'aa\n\nbb\n\ncc\n\ndd', 9, ['aa\n\nbb', 'cc\n\ndd']],
    ['drops all whitespace at a cut', 'aaaa \n\n \n bbbb', 6, ['aaaa', 'bbbb']],
    ['keeps whitespace inside a part', 'a  b\n\nc', 5, ['a  b', 'c']],
    ['never cuts an entity', '&amp;&amp;&amp;&amp;&amp;', 2, ['&amp;&amp;', '&amp;&amp;', '&amp;']],
    ['counts an emoji as one character (Telegram counts code points)', '😀😀😀', 3, ['😀😀😀']],
    ['never cuts a surrogate pair', '😀😀😀', 2, ['😀😀', '😀']],
    ['never cuts an astral entity', 'a&#x1F600;b', 2, ['a&#x1F600;', 'b']],
    [
      'splits Arabic at spaces',
      'مرحبا بكم في موجز الأخبار اليوم',
      10,
      ['مرحبا بكم', 'في موجز', 'الأخبار', 'اليوم'],
    ],
  ])('%s', (_name, html, limit, expected) => {
    expect(checkedSplit(html, limit)).toEqual(expected);
  });

  it.each([
    [
      'closes and reopens a plain tag',
      '<b>aaaa bbbb cccc</b>',
      6,
      ['<b>aaaa</b>', '<b>bbbb</b>', '<b>cccc</b>'],
    ],
    [
      'reopens a link with its href',
      '<a href="https://e.example/?a=1&amp;b=2">abcdefgh</a>',
      4,
      [
        '<a href="https://e.example/?a=1&amp;b=2">abcd</a>',
        '<a href="https://e.example/?a=1&amp;b=2">efgh</a>',
      ],
    ],
    [
      'reopens nested pre and code with the language',
      '<pre><code class="language-ts">let a;\nlet b;</code></pre>',
      7,
      [
        '<pre><code class="language-ts">let a;</code></pre>',
        '<pre><code class="language-ts">let b;</code></pre>',
      ],
    ],
    [
      'reopens an expandable blockquote',
      '<blockquote expandable>one two</blockquote>',
      4,
      ['<blockquote expandable>one</blockquote>', '<blockquote expandable>two</blockquote>'],
    ],
    ['leaves no empty elements at a cut', '<b>aaaa</b> <i>bbbb</i>', 5, ['<b>aaaa</b>', '<i>bbbb</i>']],
    ['keeps an opening tag with its content on a hard cut', 'abc<b>def</b>', 3, ['abc', '<b>def</b>']],
    [
      'never cuts inside a custom emoji',
      'ab<tg-emoji emoji-id="1">👍🏽</tg-emoji>',
      3,
      ['ab', '<tg-emoji emoji-id="1">👍🏽</tg-emoji>'],
    ],
  ])('%s', (_name, html, limit, expected) => {
    expect(checkedSplit(html, limit)).toEqual(expected);
  });

  it('returns a message that fits unchanged, even with surrounding whitespace over the limit', () => {
    const html = '\n\n<b>abcd</b>\n\n';
    expect(splitMessage(html, 4)).toEqual([html]);
  });

  it('keeps a message of exactly the limit whole and cuts one unit over it', () => {
    const exact = 'a'.repeat(TELEGRAM_MESSAGE_LIMIT);
    expect(splitMessage(exact)).toEqual([exact]);
    expect(checkedSplit(`${exact}b`, TELEGRAM_MESSAGE_LIMIT)).toEqual([exact, 'b']);
  });

  it('fills each part up to exactly the limit when cutting hard', () => {
    const parts = checkedSplit('x'.repeat(10_000), TELEGRAM_MESSAGE_LIMIT);
    expect(parts.map((p) => p.length)).toEqual([4096, 4096, 1808]);
  });

  it('counts an emoji as one at the limit and keeps a surrogate pair whole past it', () => {
    expect(checkedSplit(`${'a'.repeat(4095)}😀`, TELEGRAM_MESSAGE_LIMIT)).toEqual([`${'a'.repeat(4095)}😀`]);
    expect(checkedSplit(`${'a'.repeat(4096)}😀`, TELEGRAM_MESSAGE_LIMIT)).toEqual(['a'.repeat(4096), '😀']);
  });

  it('splits a long Arabic briefing into paragraphs without losing words', () => {
    const paragraph = (n: number) =>
      `<b>الحادثة ${n}</b>\n${'وقع انفجار في المدينة وأصيب عدد من الأشخاص. '.repeat(20).trim()}`;
    const html = [1, 2, 3, 4, 5].map(paragraph).join('\n\n');
    const parts = checkedSplit(html, 2000);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.startsWith('<b>الحادثة ')).toBe(true);
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    const visible = (s: string) => (parseTelegramHtml(s) as { text: string }).text;
    expect(words(parts.map(visible).join(' '))).toEqual(words(visible(html)));
  });

  it('returns no parts for whitespace-only input', () => {
    expect(splitMessage(' \n\n <b> </b> ', 10)).toEqual([]);
    expect(splitMessage('', 10)).toEqual([]);
  });

  it('rejects invalid HTML and impossible limits', () => {
    expect(() => splitMessage('<b>x', 10)).toThrow(/Can't find end tag/);
    expect(() => splitMessage('x', 1)).toThrow(RangeError);
    expect(() => splitMessage('x', 2.5)).toThrow(RangeError);
  });
});

describe('splitBlocks', () => {
  it.each([
    [
      'packs blocks that fit into one message',
      ['<b>one</b>', 'two', 'three'],
      20,
      ['<b>one</b>\n\ntwo\n\nthree'],
    ],
    ['fits exactly when the joined length equals the limit', ['aaaa', 'bbbb'], 10, ['aaaa\n\nbbbb']],
    ['starts a new message one unit over', ['aaaa', 'bbbbb'], 10, ['aaaa', 'bbbbb']],
    ['packs greedily in order', ['aaa', 'bbb', 'ccc', 'ddd'], 8, ['aaa\n\nbbb', 'ccc\n\nddd']],
    [
      'splits an oversized block and packs its last piece',
      ['aa', 'b1 b2 b3 b4', 'cc'],
      8,
      ['aa', 'b1 b2 b3', 'b4\n\ncc'],
    ],
    [
      'splits an oversized block whose last piece cannot be packed',
      ['aa', 'b1 b2 b3', 'cc'],
      5,
      ['aa', 'b1 b2', 'b3', 'cc'],
    ],
    ['skips blocks with no visible text', ['aa', ' \n ', '<i> </i>', 'bb'], 10, ['aa\n\nbb']],
    ['returns nothing for no blocks', [], 10, []],
  ])('%s', (_name, blocks, limit, expected) => {
    expect(splitBlocks(blocks, limit)).toEqual(expected);
  });

  it('rejects an invalid block', () => {
    expect(() => splitBlocks(['ok', 'a < b'], 100)).toThrow(/Unsupported start tag/);
  });
});
