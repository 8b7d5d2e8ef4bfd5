import { describe, expect, it } from 'vitest';
import { parseTelegramHtml, tokenizeTelegramHtml } from '../../src/telegram/html-parse.js';

const PREFIX = "Bad Request: can't parse entities: ";

describe('parseTelegramHtml accepts what Telegram accepts', () => {
  it.each([
    ['plain text', 'hello', 'hello'],
    [
      'every formatting tag',
      '<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike><del>d</del>',
      'bsieunskd',
    ],
    ['nested tags', '<b>bold <i>both <u>all</u></i></b>', 'bold both all'],
    ['upper-case tag names', '<B>x</B>', 'x'],
    ['spoilers', '<tg-spoiler>a</tg-spoiler><span class="tg-spoiler">b</span>', 'ab'],
    ['a link with an escaped query', '<a href="https://e.example/?a=1&amp;b=2">link</a>', 'link'],
    ['a link with single quotes', "<a href='https://e.example'>x</a>", 'x'],
    ['an unquoted name-token attribute', '<a href=example.com>x</a>', 'x'],
    ['spaces around =', '<a href = "https://e.example" >x</a>', 'x'],
    ['an ignored unknown attribute', '<b title="t">x</b>', 'x'],
    ['a custom emoji', '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>', '👍'],
    ['inline code', '<code>a &lt; b</code>', 'a < b'],
    ['pre with a language', '<pre><code class="language-python">print(1)</code></pre>', 'print(1)'],
    ['a blockquote', '<blockquote>q</blockquote>', 'q'],
    ['an expandable blockquote', '<blockquote expandable>q</blockquote>', 'q'],
    ['named entities', '&lt;&gt;&amp;&quot;', '<>&"'],
    ['an entity without its semicolon (tdlib allows it)', 'a &lt b', 'a < b'],
    ['decimal and hex entities', '&#1605;&#x645;&#128512;&#x1F600;', 'مم😀😀'],
    ['a bare > and quotes', 'a > b "c" \'d\'', 'a > b "c" \'d\''],
    ['a nameless end tag (tdlib closes the innermost)', '<b>x</>', 'x'],
    ['an end tag with trailing spaces', '<b>x</b  >', 'x'],
    ['trailing whitespace is trimmed, leading only up to the first entity', ' \n\t <b> x </b> \n', ' x'],
    ['inner whitespace is kept', 'a \n\n b', 'a \n\n b'],
    ['control characters at the ends are trimmed', '\u0001\u001fx\u0000', 'x'],
    ['removed separators at the ends are trimmed', '\u2028\u202bx\u202c', 'x'],
    ['only whitespace gives empty text', '  <b> </b>\n', ''],
    ['empty input', '', ''],
  ])('%s', (_name, html, text) => {
    expect(parseTelegramHtml(html)).toMatchObject({ ok: true, text, length: [...text].length });
  });
});

describe('parseTelegramHtml measures length in Unicode code points', () => {
  it.each([
    ['Arabic letters count one each', 'مرحبا', 5],
    ['an emoji counts one', '😀', 1],
    ['an emoji entity counts one', '&#x1F600;', 1],
    ['a flag is two code points', '🇸🇦', 2],
    ['a ZWJ family: three emoji and two joiners', '👨‍👩‍👧', 5],
    ['Arabic with diacritics and a right-to-left mark', 'مُوجَز\u200f', 7],
    ['tags do not count', '<b>ab</b><a href="https://e.example">cd</a>', 4],
    ['each entity counts as its character', '&amp;&lt;&#1605;', 3],
    ['trimmed whitespace does not count', '\n\n  أخبار  \n', 5],
  ])('%s', (_name, html, length) => {
    const parsed = parseTelegramHtml(html);
    expect(parsed.ok && parsed.length).toBe(length);
  });
});

describe('parseTelegramHtml rejects like Telegram', () => {
  it.each([
    ['an unsupported tag', 'x<script>alert(1)</script>', 'Unsupported start tag "script" at byte offset 1'],
    ['a void tag', 'a<br>b', 'Unsupported start tag "br" at byte offset 1'],
    ['a self-closing tag', '<b/>', 'Unsupported start tag "b/" at byte offset 0'],
    ['a bare < before a space', 'a < b', 'Unsupported start tag "" at byte offset 2'],
    ['a bare < at the end', 'a <', 'Unclosed start tag at byte offset 2'],
    ['a start tag without >', 'a <b', 'Unclosed start tag at byte offset 2'],
    ['byte offsets count UTF-8 bytes', 'مرحبا <x>', 'Unsupported start tag "x" at byte offset 11'],
    ['an unclosed tag', '<b>bold', 'Can\'t find end tag corresponding to start tag "b"'],
    [
      'the innermost unclosed tag is named',
      '<b><i>x</i><u>y',
      'Can\'t find end tag corresponding to start tag "u"',
    ],
    ['an end tag with nothing open', 'x</b>', 'Unexpected end tag at byte offset 1'],
    ['crossed tags', '<b><i>x</b></i>', 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'],
    ['an unclosed end tag', '<b>x</b', 'Unclosed end tag at byte offset 4'],
    ['an end tag with junk after its name', '<b>x</b x>', 'Unclosed end tag at byte offset 4'],
    [
      'a surrogate code point',
      '&#xD800;',
      'Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units',
    ],
    ['an empty attribute name', '<a ="x">y</a>', 'Empty attribute name in the tag "a" at byte offset 0'],
    [
      'an unclosed attribute value',
      '<a href="https://e.example>x</a>',
      'Unclosed start tag at byte offset 0',
    ],
    [
      'a bad unquoted value',
      '<a href=https://e.example>x</a>',
      'Unexpected end of name token at byte offset 8',
    ],
    [
      'a span without the spoiler class',
      '<span class="red">x</span>',
      'Tag "span" must have class "tg-spoiler" at byte offset 0',
    ],
    ['a custom emoji without an id', '<tg-emoji>👍</tg-emoji>', 'Invalid custom emoji identifier specified'],
    [
      'a custom emoji with a non-numeric id',
      '<tg-emoji emoji-id="abc">👍</tg-emoji>',
      'Invalid custom emoji identifier specified',
    ],
  ])('%s', (_name, html, detail) => {
    expect(parseTelegramHtml(html)).toEqual({ ok: false, error: PREFIX + detail });
  });
});

describe('tokenizeTelegramHtml', () => {
  it('keeps entities and surrogate pairs whole and names the tag an end tag closes', () => {
    const result = tokenizeTelegramHtml('<b>&amp;😀</>');
    expect(result).toEqual({
      ok: true,
      tokens: [
        { kind: 'open', name: 'b', source: '<b>' },
        { kind: 'text', source: '&amp;', text: '&' },
        { kind: 'text', source: '😀', text: '😀' },
        { kind: 'close', name: 'b', source: '</>' },
      ],
    });
  });

  it('rebuilds the input from the token sources', () => {
    const html = '<a href="https://e.example/?q=1&amp;r=2">أخبار &lt;عاجلة&gt;</a> 🇸🇦';
    const result = tokenizeTelegramHtml(html);
    expect(result.ok && result.tokens.map((t) => t.source).join('')).toBe(html);
  });
});
