/**
 * A model of the Bot API's `parse_mode: "HTML"` parser (tdlib's parse_html), used to validate
 * outgoing messages and to measure them as Telegram does. Stricter than Telegram where our own
 * output must be clean: a bare `&` that starts no entity is an error (Telegram shows it as is), and
 * so is `<a>` without href. Not modelled: Telegram's cleanup inside the text (it drops \r and
 * U+2028..U+202E and turns other control characters into spaces), so `length` may exceed
 * Telegram's by those characters, never fall short of it.
 */

export type ParsedHtml = { ok: true; text: string; length: number } | { ok: false; error: string };

/** One unit of parsed HTML: a tag, or one visible character (a code point or an entity). */
export type HtmlToken =
  | { kind: 'text'; source: string; text: string }
  | { kind: 'open'; name: string; source: string }
  | { kind: 'close'; name: string; source: string };

export type TokenizedHtml = { ok: true; tokens: HtmlToken[] } | { ok: false; error: string };

const ERROR_PREFIX = "Bad Request: can't parse entities: ";

const SUPPORTED_TAGS = new Set([
  'a', 'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del',
  'span', 'tg-spoiler', 'tg-emoji', 'code', 'pre', 'blockquote',
]);

/**
 * Characters Telegram strips from both ends of a message: ASCII controls and space (it turns
 * controls into spaces, drops \r, then trims spaces and newlines) and U+2028..U+202E, which it deletes.
 */
const isTrimmable = (code: number): boolean => code <= 0x20 || (code >= 0x2028 && code <= 0x202e);

/** Removes what Telegram trims from the ends of a message. */
export function trimLikeTelegram(text: string): string {
  // Loops rather than a /\s+$/-style regex, which is quadratic on long inner whitespace runs.
  let start = 0;
  let end = text.length;
  while (start < end && isTrimmable(text.charCodeAt(start))) start++;
  while (end > start && isTrimmable(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** True if Telegram would trim all of `text` away. */
export function isTelegramWhitespace(text: string): boolean {
  return trimLikeTelegram(text) === '';
}

/** Parses `html` as Telegram does; on success returns the visible text and its UTF-16 length. */
export function parseTelegramHtml(html: string): ParsedHtml {
  const tokenized = tokenizeTelegramHtml(html);
  if (!tokenized.ok) return tokenized;
  const text = visibleText(tokenized.tokens);
  return { ok: true, text, length: text.length };
}

/** The text Telegram shows for these tokens: tags removed, entities decoded, ends trimmed. */
export function visibleText(tokens: readonly HtmlToken[]): string {
  let text = '';
  for (const token of tokens) if (token.kind === 'text') text += token.text;
  return trimLikeTelegram(text);
}

/** Splits valid Telegram HTML into tags and single visible characters, or reports the first error. */
export function tokenizeTelegramHtml(html: string): TokenizedHtml {
  return new Tokenizer(html).run();
}

class ParseError extends Error {}

const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';

const NAME_TOKEN_CHAR = /[A-Za-z0-9.-]/;

class Tokenizer {
  private pos = 0;
  private readonly tokens: HtmlToken[] = [];
  private readonly open: string[] = [];

  constructor(private readonly html: string) {}

  run(): TokenizedHtml {
    try {
      while (this.pos < this.html.length) this.step();
      const unclosed = this.open.at(-1);
      if (unclosed !== undefined) this.fail(`Can't find end tag corresponding to start tag "${unclosed}"`);
      return { ok: true, tokens: this.tokens };
    } catch (e) {
      if (e instanceof ParseError) return { ok: false, error: ERROR_PREFIX + e.message };
      throw e;
    }
  }

  private step(): void {
    const c = this.html[this.pos];
    if (c === '<') {
      if (this.html[this.pos + 1] === '/') this.closeTag();
      else this.openTag();
    } else if (c === '&') {
      const { text, end } = this.entityAt(this.pos);
      this.tokens.push({ kind: 'text', source: this.html.slice(this.pos, end), text });
      this.pos = end;
    } else {
      // A surrogate pair is one unit; a lone surrogate is kept as it is.
      const width = (this.html.codePointAt(this.pos) ?? 0) > 0xffff ? 2 : 1;
      const unit = this.html.slice(this.pos, this.pos + width);
      this.tokens.push({ kind: 'text', source: unit, text: unit });
      this.pos += width;
    }
  }

  /** Decodes the entity starting with the `&` at `start`, as tdlib's decode_html_entity does. */
  private entityAt(start: number): { text: string; end: number } {
    const { html } = this;
    let end = start + 1;
    let code = 0;
    if (html[end] === '#') {
      end++;
      // Like tdlib, only a lower-case x marks a hexadecimal reference.
      const hex = html[end] === 'x';
      if (hex) end++;
      const digits = hex ? /[0-9A-Fa-f]/ : /[0-9]/;
      const digitsStart = end;
      while (end < html.length && digits.test(html[end] ?? '')) end++;
      const value = html.slice(digitsStart, end);
      code = value === '' ? 0 : Number.parseInt(value, hex ? 16 : 10);
      // tdlib's limits: no NUL, below U+10FFFF, under 10 characters; surrogates would not be UTF-8.
      const valid = code !== 0 && code < 0x10ffff && end - start < 10 && (code < 0xd800 || code > 0xdfff);
      if (!valid) this.bareAmpersand(start);
    } else {
      while (end < html.length && /[A-Za-z]/.test(html[end] ?? '')) end++;
      const named = NAMED_ENTITIES[html.slice(start + 1, end)];
      if (named === undefined) this.bareAmpersand(start);
      code = named;
    }
    // Like tdlib, the closing semicolon is optional.
    return { text: String.fromCodePoint(code), end: html[end] === ';' ? end + 1 : end };
  }

  private bareAmpersand(at: number): never {
    this.fail(`Character "&" at byte offset ${this.byteOffset(at)} does not start an entity; escape it as "&amp;"`);
  }

  private openTag(): void {
    const { html } = this;
    const start = this.pos;
    let i = start + 1;
    while (i < html.length && !isSpace(html[i]) && html[i] !== '>') i++;
    if (i >= html.length) this.fail(`Unclosed start tag at byte offset ${this.byteOffset(start)}`);
    const name = html.slice(start + 1, i).toLowerCase();
    if (!SUPPORTED_TAGS.has(name)) this.fail(`Unsupported start tag "${name}" at byte offset ${this.byteOffset(start)}`);

    const attributes = new Map<string, string>();
    const unclosed = (): never => this.fail(`Unclosed start tag "${name}" at byte offset ${this.byteOffset(start)}`);
    for (;;) {
      while (i < html.length && isSpace(html[i])) i++;
      if (i >= html.length) unclosed();
      if (html[i] === '>') break;
      const nameStart = i;
      while (i < html.length && !isSpace(html[i]) && html[i] !== '=' && html[i] !== '>') i++;
      const attributeName = html.slice(nameStart, i).toLowerCase();
      if (attributeName === '') {
        this.fail(`Empty attribute name in the tag "${name}" at byte offset ${this.byteOffset(start)}`);
      }
      while (i < html.length && isSpace(html[i])) i++;
      if (i >= html.length) unclosed();
      if (html[i] !== '=') {
        if (name === 'blockquote' && attributeName === 'expandable') {
          attributes.set(attributeName, '');
          continue;
        }
        this.fail(`Expected equal sign in declaration of an attribute of the tag "${name}" at byte offset ${this.byteOffset(start)}`);
      }
      i++;
      while (i < html.length && isSpace(html[i])) i++;
      if (i >= html.length) unclosed();
      const quote = html[i];
      let value = '';
      if (quote === '"' || quote === "'") {
        i++;
        while (i < html.length && html[i] !== quote) {
          if (html[i] === '&') {
            const entity = this.entityAt(i);
            value += entity.text;
            i = entity.end;
          } else {
            value += html[i];
            i++;
          }
        }
        if (i >= html.length) unclosed();
        i++;
      } else {
        // An unquoted value is an HTML name token, case-insensitive.
        const tokenStart = i;
        while (i < html.length && NAME_TOKEN_CHAR.test(html[i] ?? '')) i++;
        value = html.slice(tokenStart, i).toLowerCase();
        if (i >= html.length) unclosed();
        if (!isSpace(html[i]) && html[i] !== '>') {
          this.fail(`Unexpected end of name token at byte offset ${this.byteOffset(tokenStart)}`);
        }
      }
      attributes.set(attributeName, value);
    }
    this.checkAttributes(name, attributes, start);
    this.pos = i + 1;
    this.open.push(name);
    this.tokens.push({ kind: 'open', name, source: html.slice(start, this.pos) });
  }

  private checkAttributes(name: string, attributes: Map<string, string>, start: number): void {
    const at = `at byte offset ${this.byteOffset(start)}`;
    if (name === 'a' && !attributes.get('href')) this.fail(`Tag "a" must have a non-empty attribute "href" ${at}`);
    if (name === 'span' && attributes.get('class') !== 'tg-spoiler') this.fail(`Tag "span" must have class "tg-spoiler" ${at}`);
    if (name === 'tg-emoji' && !/^[0-9]{1,19}$/.test(attributes.get('emoji-id') ?? '')) {
      this.fail(`Invalid custom emoji identifier specified ${at}`);
    }
  }

  private closeTag(): void {
    const { html } = this;
    const start = this.pos;
    const expected = this.open.at(-1);
    if (expected === undefined) this.fail(`Unexpected end tag at byte offset ${this.byteOffset(start)}`);
    let i = start + 2;
    while (i < html.length && !isSpace(html[i]) && html[i] !== '>') i++;
    const name = html.slice(start + 2, i).toLowerCase();
    while (i < html.length && isSpace(html[i])) i++;
    if (html[i] !== '>') this.fail(`Unclosed end tag at byte offset ${this.byteOffset(start)}`);
    // Like tdlib, a nameless `</>` closes the innermost open tag.
    if (name !== '' && name !== expected) {
      this.fail(`Unmatched end tag at byte offset ${this.byteOffset(start)}, expected "</${expected}>", found "</${name}>"`);
    }
    this.open.pop();
    this.pos = i + 1;
    this.tokens.push({ kind: 'close', name: expected, source: html.slice(start, this.pos) });
  }

  /** Telegram reports positions as UTF-8 byte offsets into the message. */
  private byteOffset(index: number): number {
    return Buffer.byteLength(this.html.slice(0, index), 'utf8');
  }

  private fail(detail: string): never {
    throw new ParseError(detail);
  }
}

const NAMED_ENTITIES: Record<string, number | undefined> = { lt: 0x3c, gt: 0x3e, amp: 0x26, quot: 0x22 };
