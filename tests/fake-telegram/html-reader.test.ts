import { describe, expect, it } from 'vitest';
import { checkMessageText } from '../../src/fake-telegram/message-text.js';
import { readHtmlText, readPlainText } from '../../src/fake-telegram/html/telegram-html.js';

const P = "can't parse entities: ";

/** What the fake reads: the visible text, its length and the entities kept, or the refusal. */
function read(html: string) {
  const result = readHtmlText(html);
  return result.ok
    ? {
        text: result.value.text,
        length: result.value.length,
        entities: result.value.entities.map((e) => e.tag),
      }
    : result.description;
}

// The fake Bot API's reader against tdlib's parse_html and fix_formatted_text (td/telegram/
// MessageEntity.cpp, LinkManager.cpp, FormattedDate.cpp, misc.cpp), where an entity kept or
// dropped, or a cleanup of the text, changes what Telegram accepts, counts or shows.
describe('<a>: tdlib keeps the text, and a link only where the address is one', () => {
  it.each([
    ['no href: the text is the address', '<a>https://e.example</a>', ['a']],
    ['no href: a dotted host without a scheme', '<a>e.example</a>', ['a']],
    ['no href: text that is no address', '<a>read more</a>', []],
    ['an href without a dot is no address', '<a href="nolink">x</a>', []],
    ['an unsupported scheme', '<a href="ftp://e.example/f">x</a>', []],
    ['javascript: is no address', '<a href="javascript:alert(1)">x</a>', []],
    ['a bad port', '<a href="https://e.example:99999/">x</a>', []],
    ['a mention of a user', '<a href="tg://user?id=42">x</a>', ['a']],
    ['a tg: host has no dots', '<a href="tg://e.example">x</a>', []],
    ['a tg: link with a plain host', '<a href="tg://resolve?domain=durov">x</a>', ['a']],
    ['a tg: link cannot be https', '<a href="tg:https://e.example">x</a>', []],
  ])('%s', (_name, html, entities) => {
    expect(read(html)).toMatchObject({ entities });
  });

  it('a dropped link no longer stops the left trim, so the message is shorter', () => {
    expect(read('<a href="nolink"> </a>x')).toEqual({ text: 'x', length: 1, entities: [] });
    expect(read('<a href="https://e.example"> </a>x')).toEqual({ text: ' x', length: 2, entities: ['a'] });
  });
});

describe('<tg-time>: checked as current tdlib does', () => {
  it.each([
    ['a date with a format', '<tg-time unix="1700000000" format="wDt">y</tg-time>', ['tg-time']],
    ['relative', '<tg-time unix="1700000000" format="r">y</tg-time>', ['tg-time']],
    [
      'an unquoted format is lower-cased: R is r',
      '<tg-time unix=1700000000 format=R>y</tg-time>',
      ['tg-time'],
    ],
    ['no format', '<tg-time unix="1700000000">y</tg-time>', ['tg-time']],
    ['leading digits are the time', '<tg-time unix="1700000000abc">y</tg-time>', ['tg-time']],
    ['no unix: text without an entity', '<tg-time format="t">y</tg-time>', []],
    ['a negative time: no entity', '<tg-time unix="-5">y</tg-time>', []],
    ['a time past 32 bits wraps (2^32 + 1 → 1)', '<tg-time unix="4294967297">y</tg-time>', ['tg-time']],
  ])('%s', (_name, html, entities) => {
    expect(read(html)).toMatchObject({ text: 'y', entities });
  });

  it.each([
    ['an unknown format letter', '<tg-time unix="1700000000" format="x">y</tg-time>'],
    ['r mixed with others', '<tg-time unix="1700000000" format="rt">y</tg-time>'],
    ['a bad format even without a time', '<tg-time format="Q">y</tg-time>'],
  ])('refuses %s', (_name, html) => {
    expect(read(html)).toBe(`${P}Invalid date format used`);
  });

  it('an empty element is not checked', () => {
    expect(read('<tg-time unix="1" format="q"></tg-time>x')).toEqual({ text: 'x', length: 1, entities: [] });
  });

  it('a dropped date no longer stops the left trim', () => {
    expect(read('<tg-time unix="-5"> </tg-time>x')).toMatchObject({ length: 1 });
    expect(read('<tg-time unix="1700000000"> </tg-time>x')).toMatchObject({ length: 2 });
  });
});

describe('replace_offending_characters: runs of direction marks', () => {
  it.each([
    ['three RLMs: all but the last become ZWNJ', '\u200F\u200F\u200Fx', '\u200C\u200C\u200Fx'],
    ['mixed LRM and RLM', 'a\u200E\u200Fb', 'a\u200C\u200Fb'],
    ['a single mark stays', 'a\u200Fb\u200Ec', 'a\u200Fb\u200Ec'],
    ['a run left by removing U+202B between marks', 'a\u200F\u202B\u200Fb', 'a\u200C\u200Fb'],
  ])('%s', (_name, source, shown) => {
    for (const result of [readHtmlText(source), readPlainText(source)]) {
      expect(result).toMatchObject({ ok: true, value: { text: shown, length: [...shown].length } });
    }
  });

  it('counts one code point for each mark replaced, so a run at the limit still fits', () => {
    const text = `${'\u200F'.repeat(96)}${'x'.repeat(4000)}`;
    expect(checkMessageText(text, undefined).visible).toBe(`${'\u200C'.repeat(95)}\u200F${'x'.repeat(4000)}`);
    expect(() => checkMessageText(`${text}x`, undefined)).toThrow(/message is too long/);
  });
});
