/**
 * A model of the Bot API's `parse_mode: "HTML"` (tdlib's parse_html, then its text cleanup), used to
 * validate outgoing messages and to measure them as Telegram does:
 * - a raw text over 32,768 bytes is refused before parsing ("text is too long");
 * - `&` starts an entity only when it is one of &lt; &gt; &amp; &quot; or a numeric reference
 *   (the `;` optional); any other `&` is shown as written;
 * - attribute names are case-sensitive (`HREF` is not `href`); unknown attributes are ignored;
 * - after parsing, control characters become spaces, \r, U+2028..U+202E and three combining
 *   vertical lines are removed; trailing spaces and newlines are trimmed, leading ones only up to
 *   the first entity (formatting that has content);
 * - the length is counted in Unicode code points; only the first 100 entities are kept.
 */

export type ParsedHtml =
  { ok: true; text: string; length: number; entities: number } | { ok: false; error: string };

/** One unit of parsed HTML: a tag, or one character (a code point, or an entity standing for one). */
export type HtmlToken =
  | { kind: 'text'; source: string; text: string }
  | { kind: 'open'; name: string; source: string; /** `a` only: its href. */ href?: string }
  | { kind: 'close'; name: string; source: string };

export type TokenizedHtml = { ok: true; tokens: HtmlToken[] } | { ok: false; error: string };

/** The Bot API refuses a raw text longer than this many UTF-8 bytes, whatever it parses to. */
export const RAW_TEXT_LIMIT_BYTES = 32_768;
/** Telegram keeps the first 100 entities of a message and drops the rest. */
export const MAX_ENTITIES = 100;

const ERROR_PREFIX = "Bad Request: can't parse entities: ";

const SUPPORTED_TAGS = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'span',
  'tg-spoiler',
  'tg-emoji',
  'tg-time',
  'code',
  'pre',
  'blockquote',
]);

/** One character after Telegram's cleanup: '' when it is removed, ' ' for a control character. */
export function cleanCharacter(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  if (code === 0x0a) return '\n';
  if (code === 0x0d) return '';
  if (code <= 0x20) return ' ';
  if (code >= 0x2028 && code <= 0x202e) return '';
  // Combining vertical lines, which Telegram removes.
  if (code === 0x30a || code === 0x333 || code === 0x33f) return '';
  return c;
}

const isBlank = (c: string) => c === '' || c === ' ' || c === '\n';

/** True if Telegram would trim all of `text` away (only spaces, newlines, controls and removed characters). */
export function isTelegramWhitespace(text: string): boolean {
  for (const c of text) if (!isBlank(cleanCharacter(c))) return false;
  return true;
}

/** Parses `html` as Telegram does; on success returns the visible text, its length and its entity count. */
export function parseTelegramHtml(html: string): ParsedHtml {
  if (Buffer.byteLength(html, 'utf8') > RAW_TEXT_LIMIT_BYTES)
    return { ok: false, error: 'Bad Request: text is too long' };
  const tokenized = tokenizeTelegramHtml(html);
  if (!tokenized.ok) return tokenized;
  const text = visibleText(tokenized.tokens);
  return { ok: true, text, length: codePoints(text), entities: entityCount(tokenized.tokens) };
}

export function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff) n++;
  }
  return n;
}

/**
 * Which open tags become entities: those with content left after cleanup (a link also needs its
 * href). Telegram drops empty ones; the first entity bounds the trimming of leading whitespace.
 */
export function entityOpenings(tokens: readonly HtmlToken[]): boolean[] {
  const flags = tokens.map(() => false);
  const stack: Array<{ index: number; content: boolean }> = [];
  tokens.forEach((token, index) => {
    if (token.kind === 'open') stack.push({ index, content: false });
    else if (token.kind === 'text') {
      const top = stack.at(-1);
      if (top && cleanCharacter(token.text) !== '') top.content = true;
    } else {
      const element = stack.pop();
      if (!element) return;
      const open = tokens[element.index] as Extract<HtmlToken, { kind: 'open' }>;
      flags[element.index] = element.content && (open.name !== 'a' || Boolean(open.href));
      const parent = stack.at(-1);
      if (parent && element.content) parent.content = true;
    }
  });
  return flags;
}

export function entityCount(tokens: readonly HtmlToken[]): number {
  return entityOpenings(tokens).filter(Boolean).length;
}

/** The text Telegram shows for these tokens: tags removed, entities decoded, cleaned up and trimmed. */
export function visibleText(tokens: readonly HtmlToken[]): string {
  const firstEntity = entityOpenings(tokens).indexOf(true);
  let text = '';
  let leading = true;
  tokens.forEach((token, index) => {
    if (token.kind !== 'text') return;
    const c = cleanCharacter(token.text);
    if (c === '') return;
    if (leading && (firstEntity === -1 || index < firstEntity) && isBlank(c)) return;
    leading = false;
    text += c;
  });
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\n')) end--;
  return text.slice(0, end);
}

/** Splits Telegram HTML into tags and single characters, or reports the first error as the Bot API words it. */
export function tokenizeTelegramHtml(html: string): TokenizedHtml {
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(html)) {
    return { ok: false, error: 'Bad Request: strings must be encoded in UTF-8' };
  }
  return new Tokenizer(html).run();
}

class ParseError extends Error {}

const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';

const NAME_TOKEN_CHAR = /[A-Za-z0-9.-]/;
const ATTRIBUTE_NAME_END = new Set(['=', '>', '/', '"', "'"]);
const INT64_MAX = 9223372036854775807n;

class Tokenizer {
  private pos = 0;
  private readonly tokens: HtmlToken[] = [];
  private readonly open: Array<{ name: string; emojiId?: string; token: number }> = [];

  constructor(private readonly html: string) {}

  run(): TokenizedHtml {
    try {
      while (this.pos < this.html.length) this.step();
      const unclosed = this.open.at(-1);
      if (unclosed !== undefined)
        this.fail(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
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
      return;
    }
    const entity = c === '&' ? this.entityAt(this.pos) : undefined;
    if (entity) {
      this.tokens.push({ kind: 'text', source: this.html.slice(this.pos, entity.end), text: entity.text });
      this.pos = entity.end;
      return;
    }
    // A surrogate pair is one character.
    const width = (this.html.codePointAt(this.pos) ?? 0) > 0xffff ? 2 : 1;
    const unit = this.html.slice(this.pos, this.pos + width);
    this.tokens.push({ kind: 'text', source: unit, text: unit });
    this.pos += width;
  }

  /** The entity starting with the `&` at `start`, or undefined when it starts none (the `&` is then text). */
  private entityAt(start: number): { text: string; end: number } | undefined {
    const { html } = this;
    let end = start + 1;
    let code: number | undefined;
    if (html[end] === '#') {
      end++;
      // Only a lower-case x marks a hexadecimal reference.
      const hex = html[end] === 'x';
      if (hex) end++;
      const digits = hex ? /[0-9A-Fa-f]/ : /[0-9]/;
      const digitsStart = end;
      while (end < html.length && digits.test(html[end] ?? '')) end++;
      const value = html.slice(digitsStart, end);
      const parsed = value === '' ? 0 : Number.parseInt(value, hex ? 16 : 10);
      // No NUL, below U+10FFFF, fewer than 10 characters from the `&`.
      if (parsed === 0 || parsed >= 0x10ffff || end - start >= 10) return undefined;
      if (parsed >= 0xd800 && parsed <= 0xdfff) {
        this.fail(
          'Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units',
        );
      }
      code = parsed;
    } else {
      while (end < html.length && /[A-Za-z]/.test(html[end] ?? '')) end++;
      code = NAMED_ENTITIES.get(html.slice(start + 1, end));
      if (code === undefined) return undefined;
    }
    return { text: String.fromCodePoint(code), end: html[end] === ';' ? end + 1 : end };
  }

  private openTag(): void {
    const { html } = this;
    const start = this.pos;
    let i = start + 1;
    while (i < html.length && !isSpace(html[i]) && html[i] !== '>') i++;
    if (i >= html.length) this.fail(`Unclosed start tag at byte offset ${this.byteOffset(start)}`);
    const name = html.slice(start + 1, i).toLowerCase();
    if (!SUPPORTED_TAGS.has(name))
      this.fail(`Unsupported start tag "${name}" at byte offset ${this.byteOffset(start)}`);

    const attributes = new Map<string, string>();
    const unclosed = (): never =>
      this.fail(`Unclosed start tag "${name}" at byte offset ${this.byteOffset(start)}`);
    while (html[i] !== '>') {
      while (i < html.length && isSpace(html[i])) i++;
      if (i >= html.length) unclosed();
      if (html[i] === '>') break;
      const nameStart = i;
      while (i < html.length && !isSpace(html[i]) && !ATTRIBUTE_NAME_END.has(html[i]!)) i++;
      // Attribute names are matched as written: `HREF` is not `href`.
      const attributeName = html.slice(nameStart, i);
      if (attributeName === '')
        this.fail(`Empty attribute name in the tag "${name}" at byte offset ${this.byteOffset(start)}`);
      while (i < html.length && isSpace(html[i])) i++;
      if (html[i] !== '=') {
        if (i >= html.length) unclosed();
        // An attribute without a value is ignored (blockquote's `expandable` is a flag).
        continue;
      }
      i++;
      while (i < html.length && isSpace(html[i])) i++;
      if (i >= html.length) unclosed();
      const quote = html[i];
      let value = '';
      if (quote === '"' || quote === "'") {
        i++;
        while (i < html.length && html[i] !== quote) {
          const entity = html[i] === '&' ? this.entityAt(i) : undefined;
          if (entity) {
            value += entity.text;
            i = entity.end;
          } else {
            value += html[i];
            i++;
          }
        }
        if (i < html.length) i++;
        if (i >= html.length) this.fail(`Unclosed start tag at byte offset ${this.byteOffset(start)}`);
      } else {
        // An unquoted value is an HTML name token, case-insensitive.
        const tokenStart = i;
        while (i < html.length && NAME_TOKEN_CHAR.test(html[i] ?? '')) i++;
        value = html.slice(tokenStart, i).toLowerCase();
        if (!isSpace(html[i]) && html[i] !== '>')
          this.fail(`Unexpected end of name token at byte offset ${this.byteOffset(tokenStart)}`);
      }
      attributes.set(attributeName, value);
    }
    if (name === 'span' && attributes.get('class') !== 'tg-spoiler') {
      this.fail(`Tag "span" must have class "tg-spoiler" at byte offset ${this.byteOffset(start)}`);
    }
    this.pos = i + 1;
    const href = name === 'a' ? (attributes.get('href') ?? '') : undefined;
    this.open.push({
      name,
      token: this.tokens.length,
      ...(name === 'tg-emoji' && { emojiId: attributes.get('emoji-id') ?? '' }),
    });
    this.tokens.push({
      kind: 'open',
      name,
      source: html.slice(start, this.pos),
      ...(href !== undefined && { href }),
    });
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
    // A nameless `</>` closes the innermost open tag.
    if (name !== '' && name !== expected.name) {
      this.fail(
        `Unmatched end tag at byte offset ${this.byteOffset(start)}, expected "</${expected.name}>", found "</${name}>"`,
      );
    }
    // A custom emoji's id is checked when it closes, and only when it has content: a non-zero 64-bit integer.
    if (
      expected.emojiId !== undefined &&
      this.tokens.length > expected.token + 1 &&
      !validEmojiId(expected.emojiId)
    ) {
      this.fail('Invalid custom emoji identifier specified');
    }
    this.open.pop();
    this.pos = i + 1;
    this.tokens.push({ kind: 'close', name: expected.name, source: html.slice(start, this.pos) });
  }

  /** Telegram reports positions as UTF-8 byte offsets into the message. */
  private byteOffset(index: number): number {
    return Buffer.byteLength(this.html.slice(0, index), 'utf8');
  }

  private fail(detail: string): never {
    throw new ParseError(detail);
  }
}

function validEmojiId(id: string): boolean {
  if (!/^-?\d{1,20}$/.test(id)) return false;
  const value = BigInt(id);
  return value !== 0n && value <= INT64_MAX && value >= -INT64_MAX - 1n;
}

const NAMED_ENTITIES = new Map([
  ['lt', 0x3c],
  ['gt', 0x3e],
  ['amp', 0x26],
  ['quot', 0x22],
]);
