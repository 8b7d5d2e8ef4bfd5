import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/telegram/html.js';
import { parseTelegramHtml } from '../../src/telegram/html-parse.js';
import { splitBlocks, splitMessage } from '../../src/telegram/split.js';

/**
 * Telegram's cleanup, as a model: controls become spaces (\n stays), \r, U+2028..U+202E and three
 * combining vertical lines go; without entities, spaces and newlines are trimmed at both ends.
 */
const cleanUp = (s: string): string =>
  // eslint-disable-next-line no-misleading-character-class, no-control-regex -- the model names exactly these code points
  s.replace(/\r|[\u2028-\u202e\u030a\u0333\u033f]/g, '').replace(/[\u0000-\u0009\u000b-\u0020]/g, ' ');
const trimEnds = (s: string): string => cleanUp(s).replace(/^[ \n]+|[ \n]+$/g, '');
const withoutWhitespace = (s: string): string => cleanUp(s).replace(/[ \n]/g, '');

const codePoint = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCodePoint(c));

/** Characters that tend to break HTML handling: markup, entities, RTL text, emoji, controls, bidi marks. */
const awkwardChar = fc.oneof(
  { arbitrary: codePoint(0x0600, 0x06ff), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }), weight: 3 },
  { arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n', '\t', '\r\n'), weight: 3 },
  { arbitrary: fc.constantFrom('<', '>', '&', '"', "'", '&amp;', '<b>', '</b>', '&#x1F600;'), weight: 2 },
  { arbitrary: codePoint(0x1f300, 0x1faff), weight: 2 },
  { arbitrary: fc.constantFrom('\u200d', '\ufe0f', '\u{1f3fd}', '\u{1f1f8}\u{1f1e6}'), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '\u200e',
      '\u200f',
      '\u061c',
      '\u2028',
      '\u2029',
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ),
    weight: 1,
  },
  { arbitrary: codePoint(0x00, 0x1f), weight: 1 },
  {
    arbitrary: fc
      .string({ unit: 'binary', minLength: 1, maxLength: 1 })
      .filter((c) => !/[\uD800-\uDFFF]/.test(c) || [...c].every((p) => p.codePointAt(0)! > 0xffff)),
    weight: 1,
  },
  { arbitrary: fc.constantFrom('\u030a', '\u0333', '\u033f'), weight: 1 },
);
const awkwardText = (maxLength: number, minLength = 0) =>
  fc.string({ unit: awkwardChar, minLength, maxLength, size: 'medium' });

/** A valid Telegram HTML document with the visible text it should show. */
type Doc = { html: string; text: string };

const WRAPPERS: readonly (readonly [string, string])[] = [
  ['<b>', '</b>'],
  ['<strong>', '</strong>'],
  ['<i>', '</i>'],
  ['<em>', '</em>'],
  ['<u>', '</u>'],
  ['<ins>', '</ins>'],
  ['<s>', '</s>'],
  ['<strike>', '</strike>'],
  ['<del>', '</del>'],
  ['<tg-spoiler>', '</tg-spoiler>'],
  ['<span class="tg-spoiler">', '</span>'],
  ['<a href="https://e.example/?a=1&amp;b=&quot;2&quot;">', '</a>'],
  ['<code>', '</code>'],
  ['<pre>', '</pre>'],
  ['<pre><code class="language-ts">', '</code></pre>'],
  ['<blockquote>', '</blockquote>'],
  ['<blockquote expandable>', '</blockquote>'],
];

const docs = fc.letrec<{ doc: Doc; leaf: Doc; element: Doc }>((tie) => ({
  doc: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('element')),
  leaf: fc.oneof(
    { arbitrary: awkwardText(30).map((text) => ({ html: escapeHtml(text), text })), weight: 9 },
    {
      arbitrary: fc.constant({ html: '<tg-emoji emoji-id="5368324170671202286">👍🏽</tg-emoji>', text: '👍🏽' }),
      weight: 1,
    },
  ),
  element: fc
    .tuple(fc.constantFrom(...WRAPPERS), fc.array(tie('doc'), { maxLength: 4 }))
    .map(([[open, close], children]) => ({
      html: open + children.map((c) => c.html).join('') + close,
      text: children.map((c) => c.text).join(''),
    })),
}));
const docList = fc.array(docs.doc, { minLength: 1, maxLength: 6 }).map((children) => ({
  html: children.map((c) => c.html).join(''),
  text: children.map((c) => c.text).join(''),
}));

function visibleText(html: string): string {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.text;
}

/** Every part is valid, non-empty and within the limit; together they keep every visible non-whitespace character. */
function expectFaithfulParts(parts: readonly string[], text: string, limit: number): void {
  for (const part of parts) {
    const parsed = parseTelegramHtml(part);
    if (!parsed.ok) throw new Error(`${parsed.error} in ${JSON.stringify(part)}`);
    expect(parsed.length).toBeGreaterThan(0);
    expect(parsed.length).toBeLessThanOrEqual(limit);
  }
  expect(withoutWhitespace(parts.map(visibleText).join(''))).toBe(withoutWhitespace(text));
}

const limits = fc.oneof(fc.constantFrom(2, 3, 50, 4096), fc.integer({ min: 2, max: 120 }));

describe('escaped text', () => {
  it('parses to itself, trimmed as Telegram trims', () => {
    fc.assert(
      fc.property(awkwardText(200), (s) => {
        expect(parseTelegramHtml(escapeHtml(s))).toEqual({
          ok: true,
          text: trimEnds(s),
          length: [...trimEnds(s)].length,
          entities: 0,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('splits into valid parts within the limit that lose no visible character', () => {
    fc.assert(
      fc.property(awkwardText(400), limits, (s, limit) => {
        expectFaithfulParts(splitMessage(escapeHtml(s), limit), s, limit);
      }),
      { numRuns: 400 },
    );
  });

  it('splits long mixed Arabic text at the real limit', () => {
    fc.assert(
      fc.property(awkwardText(6000, 3000), (s) => {
        expectFaithfulParts(splitMessage(escapeHtml(s)), s, 4096);
      }),
      { numRuns: 15 },
    );
  });
});

describe('tag-wrapped text', () => {
  it('is valid as generated and shows the expected text', () => {
    fc.assert(
      fc.property(docList, (d) => {
        // Leading whitespace inside the first entity stays (Telegram trims only up to it).
        const shown = visibleText(d.html);
        expect(withoutWhitespace(shown)).toBe(withoutWhitespace(d.text));
        expect(shown).toBe(shown.replace(/[ \n]+$/, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('splits into valid parts within the limit that lose no visible character', () => {
    fc.assert(
      fc.property(docList, limits, (d, limit) => {
        expectFaithfulParts(splitMessage(d.html, limit), d.text, limit);
      }),
      { numRuns: 400 },
    );
  });

  it('packs blocks into valid messages within the limit that lose no visible character', () => {
    fc.assert(
      fc.property(fc.array(docList, { maxLength: 8 }), fc.integer({ min: 2, max: 200 }), (blocks, limit) => {
        const messages = splitBlocks(
          blocks.map((b) => b.html),
          limit,
        );
        expectFaithfulParts(messages, blocks.map((b) => b.text).join(''), limit);
      }),
      { numRuns: 200 },
    );
  });
});
