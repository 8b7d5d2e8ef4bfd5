import { describe, expect, it } from 'vitest';
import { checkMessageText } from '../../src/fake-telegram/message-text.js';
import { readHtmlText } from '../../src/fake-telegram/html/telegram-html.js';
import { parseTelegramHtml } from '../../src/telegram/html-parse.js';
import { splitBlocks, splitMessage } from '../../src/telegram/split.js';

const P = "can't parse entities: ";

/**
 * Telegram's rules as cases: input → accepted with this length (Unicode code points after cleanup),
 * or the error the Bot API gives. Both the app's parser (src/telegram/) and the fake Bot API's own
 * reader (src/fake-telegram/html/) must agree with every row.
 */
const CASES: Array<[string, string, number | string]> = [
  ['plain text', 'hello', 5],
  ['leading newlines inside the first entity count', '<b>\n\nabc</b>', 5],
  ['leading newlines before the first entity are trimmed', '\n\n<b>abc</b>', 3],
  ['leading whitespace without entities is trimmed', ' \n x', 1],
  ['trailing whitespace is trimmed, even inside an entity', '<b>x \n</b> \n', 1],
  ['a whitespace-only entity still stops the left trim', '<b> </b>x', 2],
  ['a bare & is shown as written', 'A & B', 5],
  ['an unknown named entity is shown as written', 'a&nbsp;b', 8],
  ['AT&T', 'AT&T', 4],
  ['references decode to one character each', '&lt;&#1605;&#x1F600;&amp', 4],
  ['an upper-case X is no hex reference', '&#X41;', 6],
  ['a zero reference is text', '&#0;', 4],
  ['length counts code points: an emoji is one', '😀', 1],
  ['a ZWJ family is five code points', '👨‍👩‍👧', 5],
  ['a flag is two', '🇸🇦', 2],
  ['Arabic with a diacritic', 'مُوجَز', 6],
  ['\\r is removed', 'a\r\nb', 3],
  ['U+2028..U+202E are removed', 'a\u2028\u202bb', 2],
  ['combining vertical lines are removed', 'a\u0333b', 2],
  ['a tab becomes a space and is trimmed at the ends', '\tx\ty\t', 3],
  ['a control character becomes a space', 'x\u0001y', 3],
  ['an attribute without a value is ignored', '<b bold>x</b>', 1],
  ['attribute names are case-sensitive: HREF is not href', '<a HREF="https://e.example">x</a>', 1],
  ['a link without href is text', '<a>x</a>', 1],
  ['a bare & inside an attribute value', '<a href="https://e.example/?a=1&b=2">x</a>', 1],
  ['an expandable blockquote', '<blockquote expandable>q</blockquote>', 1],
  ['a custom emoji', '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>', 1],
  ['a negative custom emoji id is a 64-bit integer too', '<tg-emoji emoji-id="-5">x</tg-emoji>', 1],
  ['an empty custom emoji is not checked', '<tg-emoji emoji-id="0"></tg-emoji>x', 1],
  ['a formatted date', '<tg-time unix="1700000000">x</tg-time>', 1],
  ['nameless end tag', '<b>x</>', 1],
  [
    'a zero custom emoji id',
    '<tg-emoji emoji-id="0">x</tg-emoji>',
    `${P}Invalid custom emoji identifier specified`,
  ],
  [
    'a custom emoji id beyond 64 bits',
    '<tg-emoji emoji-id="9223372036854775808">x</tg-emoji>',
    `${P}Invalid custom emoji identifier specified`,
  ],
  [
    'CLASS is not class',
    '<span CLASS="tg-spoiler">x</span>',
    `${P}Tag "span" must have class "tg-spoiler" at byte offset 0`,
  ],
  [
    'a surrogate reference',
    'a&#xD800;',
    `${P}Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units`,
  ],
  ['a lone surrogate', 'x\uD800', 'strings must be encoded in UTF-8'],
  ['an unsupported tag', 'x<script>', `${P}Unsupported start tag "script" at byte offset 1`],
  ['byte offsets count UTF-8 bytes', 'مرحبا <x>', `${P}Unsupported start tag "x" at byte offset 11`],
  ['a bare <', 'a < b', `${P}Unsupported start tag "" at byte offset 2`],
  [
    'crossed tags',
    '<b><i>x</b></i>',
    `${P}Unmatched end tag at byte offset 7, expected "</i>", found "</b>"`,
  ],
  ['an unclosed tag', '<b>x', `${P}Can't find end tag corresponding to start tag "b"`],
  ['an end tag with nothing open', 'x</b>', `${P}Unexpected end tag at byte offset 1`],
  ['an unclosed attribute value', '<a href="x>y</a>', `${P}Unclosed start tag at byte offset 0`],
  ['an empty attribute name', '<a ="x">y</a>', `${P}Empty attribute name in the tag "a" at byte offset 0`],
  [
    'a bad unquoted value',
    '<a href=https://e.example>x</a>',
    `${P}Unexpected end of name token at byte offset 8`,
  ],
  ['over 32,768 bytes of raw text', 'x'.repeat(32_769), 'text is too long'],
  ['over 32,768 bytes though one character shows', `${'<b></b>'.repeat(4_682)}x`, 'text is too long'],
];

function appSays(html: string): number | string {
  const parsed = parseTelegramHtml(html);
  return parsed.ok ? parsed.length : parsed.error.replace(/^Bad Request: /, '');
}

function fakeSays(html: string): number | string {
  const read = readHtmlText(html);
  return read.ok ? read.value.length : read.description;
}

describe('conformance: the app and the fake read HTML as Telegram does', () => {
  it.each(CASES)('%s', (_name, html, expected) => {
    expect(appSays(html)).toEqual(expected);
    expect(fakeSays(html)).toEqual(expected);
  });
});

describe('the splitter keeps every part within Telegram’s limits', () => {
  const accepted = (part: string) => expect(() => checkMessageText(part, 'HTML')).not.toThrow();

  it('counts leading newlines inside the first tag: <b>\\n\\n + 4,095 characters is too long as it is', () => {
    const html = `<b>\n\n${'x'.repeat(4095)}</b>`;
    expect(parseTelegramHtml(html)).toMatchObject({ ok: true, length: 4097 });
    expect(() => checkMessageText(html, 'HTML')).toThrow(/message is too long/);
    const parts = splitMessage(html);
    parts.forEach(accepted);
    expect(parts.join('').replace(/<\/?b>|\s/g, '')).toBe('x'.repeat(4095));
  });

  it('keeps the raw text under 32,768 bytes when links reopened across cuts add bytes', () => {
    const href = `https://e.example/${'a'.repeat(3000)}`;
    const html = `<a href="${href}">${'word '.repeat(3000)}</a>`;
    const parts = splitMessage(html);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(32_768);
    parts.forEach(accepted);
  });

  it('never puts more than 100 entities in one message', () => {
    const blocks = Array.from({ length: 250 }, (_, i) => `<b>${i}</b>`);
    const parts = splitBlocks(blocks);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) expect((part.match(/<b>/g) ?? []).length).toBeLessThanOrEqual(100);
    const joined = splitMessage(blocks.join(' '));
    for (const part of joined) expect((part.match(/<b>/g) ?? []).length).toBeLessThanOrEqual(100);
  });
});
