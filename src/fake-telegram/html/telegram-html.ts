/**
 * The fake Bot API's own reading of a message text with parse_mode HTML, written from Telegram's
 * rules (tdlib's parse_html, its text cleanup, the Bot API's checks) and sharing no code with the
 * app's src/telegram/, so that a bug in either shows up as a disagreement in the conformance table.
 * It works as the Bot API does: on the UTF-8 bytes, reporting byte offsets.
 */

import { keepsLink } from './checked-link.js';

export interface ReadText {
  /** What a client shows. */
  text: string;
  /** Its length as Telegram counts it: Unicode code points. */
  length: number;
  /** The entities Telegram keeps (at most 100), in order of their start. */
  entities: Array<{ tag: string; start: number; end: number }>;
}

export type ReadResult = { ok: true; value: ReadText } | { ok: false; description: string };

const BYTE_LIMIT = 1 << 15;
const KEPT_ENTITIES = 100;
const TAGS = [
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
];

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const EQ = 0x3d;
const HASH = 0x23;
const SEMI = 0x3b;
const DQ = 0x22;
const SQ = 0x27;

const space = (b: number | undefined) => b === 0x20 || (b !== undefined && b >= 0x09 && b <= 0x0d);
const digit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;
const hexDigit = (b: number | undefined) =>
  digit(b) || (b !== undefined && ((b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66)));
const letter = (b: number | undefined) =>
  b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

class Refusal {
  constructor(readonly description: string) {}
}

function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (u >= 0xdc00 && u <= 0xdfff) return true;
  }
  return false;
}

/** Reads a plain text (no parse_mode): cleanup and trimming only. */
export function readPlainText(source: string): ReadResult {
  if (hasLoneSurrogate(source)) return { ok: false, description: 'strings must be encoded in UTF-8' };
  if (Buffer.byteLength(source) > BYTE_LIMIT) return { ok: false, description: 'text is too long' };
  return {
    ok: true,
    value: finish(
      [...source].map((c) => c.codePointAt(0)!),
      [],
    ),
  };
}

/** Reads an HTML text as the Bot API would; on refusal, the description Telegram gives. */
export function readHtmlText(source: string): ReadResult {
  if (hasLoneSurrogate(source)) return { ok: false, description: 'strings must be encoded in UTF-8' };
  const bytes = Buffer.from(source, 'utf8');
  if (bytes.length > BYTE_LIMIT) return { ok: false, description: 'text is too long' };
  try {
    const { points, spans } = parse(bytes);
    return { ok: true, value: finish(points, spans) };
  } catch (error) {
    if (error instanceof Refusal)
      return { ok: false, description: `can't parse entities: ${error.description}` };
    throw error;
  }
}

/** tg-time's format: "r" (relative) or any of t, T (time), d, D (date), w, W (weekday); empty is fine. */
const DATE_FORMAT = /^(?:[rR]|[tTdDwW]*)$/;

/**
 * tdlib's to_integer<int32>: an optional minus and the leading digits, wrapping past 32 bits; no
 * digits read as 0.
 */
function int32Prefix(value: string): number {
  const [, minus, digits = ''] = /^(-?)([0-9]*)/.exec(value)!;
  const wrapped = BigInt.asIntN(32, BigInt(digits === '' ? 0 : digits));
  return Number(minus ? BigInt.asIntN(32, -wrapped) : wrapped);
}

/**
 * Entities tdlib drops although their text stays: a link whose address (its href, else its text)
 * is no link Telegram accepts, and a tg-time without a positive unix time.
 */
function keepsEntity(
  element: { href: string | null; time: { unix: number } | null; start: number },
  points: number[],
): boolean {
  if (element.time !== null) return element.time.unix > 0;
  if (element.href === null) return true;
  const url = element.href !== '' ? element.href : String.fromCodePoint(...points.slice(element.start));
  return keepsLink(url);
}

interface Span {
  tag: string;
  start: number;
  end: number;
  /** Entities Telegram drops: a link without its address, an element left empty. */
  keep: boolean;
}

/** One reference (`&…`) at `at`: the code point and where it ends, or null if `&` is a plain character there. */
function reference(bytes: Buffer, at: number): { point: number; next: number } | null {
  let k = at + 1;
  let point = 0;
  if (bytes[k] === HASH) {
    k++;
    const hex = bytes[k] === 0x78; // only a lower-case x
    if (hex) k++;
    while (hex ? hexDigit(bytes[k]) : digit(bytes[k])) {
      point = point * (hex ? 16 : 10) + Number.parseInt(String.fromCharCode(bytes[k]!), 16);
      if (point > 0x7fffffff) point = 0x7fffffff;
      k++;
    }
    if (point === 0 || point >= 0x10ffff || k - at >= 10) return null;
  } else {
    const nameStart = k;
    while (letter(bytes[k])) k++;
    const name = bytes.subarray(nameStart, k).toString('latin1');
    const named: Record<string, number> = { lt: LT, gt: GT, amp: AMP, quot: DQ };
    if (!Object.hasOwn(named, name)) return null;
    point = named[name]!;
  }
  return { point, next: bytes[k] === SEMI ? k + 1 : k };
}

/** The code point of the UTF-8 sequence at `at` and its byte count. */
function utf8At(bytes: Buffer, at: number): [number, number] {
  const b = bytes[at]!;
  const size = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
  return [
    bytes
      .subarray(at, at + size)
      .toString('utf8')
      .codePointAt(0)!,
    size,
  ];
}

function parse(bytes: Buffer): { points: number[]; spans: Span[] } {
  const points: number[] = [];
  const spans: Span[] = [];
  const open: Array<{
    tag: string;
    start: number;
    href: string | null;
    emoji: string | null;
    time: { unix: number; format: string } | null;
  }> = [];
  let k = 0;
  while (k < bytes.length) {
    const b = bytes[k]!;
    if (b === AMP) {
      const ref = reference(bytes, k);
      if (ref) {
        if (ref.point >= 0xd800 && ref.point <= 0xdfff) {
          throw new Refusal(
            'Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units',
          );
        }
        points.push(ref.point);
        k = ref.next;
        continue;
      }
    }
    if (b !== LT) {
      const [point, size] = utf8At(bytes, k);
      points.push(point);
      k += size;
      continue;
    }
    const tagAt = k;
    if (bytes[k + 1] !== SLASH) {
      k++;
      while (k < bytes.length && !space(bytes[k]) && bytes[k] !== GT) k++;
      if (k >= bytes.length) throw new Refusal(`Unclosed start tag at byte offset ${tagAt}`);
      const tag = bytes
        .subarray(tagAt + 1, k)
        .toString('utf8')
        .toLowerCase();
      if (!TAGS.includes(tag)) throw new Refusal(`Unsupported start tag "${tag}" at byte offset ${tagAt}`);
      const attrs = new Map<string, string>();
      for (;;) {
        while (k < bytes.length && space(bytes[k])) k++;
        if (k >= bytes.length) throw new Refusal(`Unclosed start tag "${tag}" at byte offset ${tagAt}`);
        if (bytes[k] === GT) break;
        const nameAt = k;
        while (k < bytes.length && !space(bytes[k]) && ![EQ, GT, SLASH, DQ, SQ].includes(bytes[k]!)) k++;
        if (k === nameAt)
          throw new Refusal(`Empty attribute name in the tag "${tag}" at byte offset ${tagAt}`);
        const name = bytes.subarray(nameAt, k).toString('utf8');
        while (k < bytes.length && space(bytes[k])) k++;
        if (k >= bytes.length) throw new Refusal(`Unclosed start tag "${tag}" at byte offset ${tagAt}`);
        if (bytes[k] !== EQ) continue;
        k++;
        while (k < bytes.length && space(bytes[k])) k++;
        if (k >= bytes.length) throw new Refusal(`Unclosed start tag "${tag}" at byte offset ${tagAt}`);
        let value: string;
        if (bytes[k] === DQ || bytes[k] === SQ) {
          const quote = bytes[k++];
          const chars: number[] = [];
          while (k < bytes.length && bytes[k] !== quote) {
            const ref = bytes[k] === AMP ? reference(bytes, k) : null;
            if (ref) {
              chars.push(ref.point);
              k = ref.next;
            } else {
              const [point, size] = utf8At(bytes, k);
              chars.push(point);
              k += size;
            }
          }
          if (k < bytes.length) k++;
          if (k >= bytes.length) throw new Refusal(`Unclosed start tag at byte offset ${tagAt}`);
          value = String.fromCodePoint(...chars);
        } else {
          const valueAt = k;
          while (
            k < bytes.length &&
            (letter(bytes[k]) || digit(bytes[k]) || bytes[k] === 0x2e || bytes[k] === 0x2d)
          )
            k++;
          if (!space(bytes[k]) && bytes[k] !== GT)
            throw new Refusal(`Unexpected end of name token at byte offset ${valueAt}`);
          value = bytes.subarray(valueAt, k).toString('latin1').toLowerCase();
        }
        attrs.set(name, value);
      }
      k++; // the '>'
      if (tag === 'span' && attrs.get('class') !== 'tg-spoiler')
        throw new Refusal(`Tag "span" must have class "tg-spoiler" at byte offset ${tagAt}`);
      open.push({
        tag,
        start: points.length,
        href: tag === 'a' ? (attrs.get('href') ?? '') : null,
        emoji: tag === 'tg-emoji' ? (attrs.get('emoji-id') ?? '') : null,
        time:
          tag === 'tg-time'
            ? { unix: int32Prefix(attrs.get('unix') ?? ''), format: attrs.get('format') ?? '' }
            : null,
      });
      continue;
    }
    if (open.length === 0) throw new Refusal(`Unexpected end tag at byte offset ${tagAt}`);
    k += 2;
    const nameAt = k;
    while (k < bytes.length && !space(bytes[k]) && bytes[k] !== GT) k++;
    const name = bytes.subarray(nameAt, k).toString('utf8').toLowerCase();
    while (k < bytes.length && space(bytes[k])) k++;
    if (bytes[k] !== GT) throw new Refusal(`Unclosed end tag at byte offset ${tagAt}`);
    k++;
    const element = open.at(-1)!;
    if (name !== '' && name !== element.tag) {
      throw new Refusal(
        `Unmatched end tag at byte offset ${tagAt}, expected "</${element.tag}>", found "</${name}>"`,
      );
    }
    open.pop();
    if (points.length > element.start) {
      if (element.emoji !== null) {
        const id = /^-?[0-9]+$/.test(element.emoji) ? BigInt(element.emoji) : 0n;
        if (id === 0n || id > 0x7fffffffffffffffn || id < -0x8000000000000000n)
          throw new Refusal('Invalid custom emoji identifier specified');
      }
      if (element.time !== null && !DATE_FORMAT.test(element.time.format))
        throw new Refusal('Invalid date format used');
      spans.push({
        tag: element.tag,
        start: element.start,
        end: points.length,
        keep: keepsEntity(element, points),
      });
    }
  }
  if (open.length > 0)
    throw new Refusal(`Can't find end tag corresponding to start tag "${open.at(-1)!.tag}"`);
  return { points, spans };
}

const LRM = 0x200e;
const RLM = 0x200f;
const ZWNJ = 0x200c;

/**
 * tdlib's replace_offending_characters: in a run of left-to-right and right-to-left marks every
 * mark but the last becomes a zero-width non-joiner (so a run cannot flip a line's direction), one
 * code point for one: the length stays, what is shown changes.
 */
function replaceOffendingCharacters(points: number[]): void {
  const mark = (p: number | undefined) => p === LRM || p === RLM;
  for (let i = 0; i + 1 < points.length; i++) if (mark(points[i]) && mark(points[i + 1])) points[i] = ZWNJ;
}

/**
 * Telegram's cleanup of the parsed text: control characters become spaces, \r, U+2028..U+202E and
 * the combining vertical lines U+030A, U+0333, U+033F go, runs of direction marks are defused;
 * entities left empty go; trailing spaces and newlines are cut, leading ones only before the first
 * entity.
 */
function finish(points: number[], spans: Span[]): ReadText {
  const removed = (p: number) =>
    p === 0x0d || (p >= 0x2028 && p <= 0x202e) || p === 0x30a || p === 0x333 || p === 0x33f;
  const newIndex: number[] = [];
  const cleaned: number[] = [];
  points.forEach((p) => {
    newIndex.push(cleaned.length);
    if (removed(p)) return;
    cleaned.push(p !== 0x0a && p < 0x20 ? 0x20 : p);
  });
  newIndex.push(cleaned.length);
  replaceOffendingCharacters(cleaned);
  let kept = spans
    .filter((s) => s.keep)
    .map((s) => ({ tag: s.tag, start: newIndex[s.start]!, end: newIndex[s.end]! }))
    .filter((s) => s.end > s.start)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const blank = (p: number) => p === 0x20 || p === 0x0a;
  let last = cleaned.length;
  while (last > 0 && blank(cleaned[last - 1]!)) last--;
  kept = kept.filter((s) => s.start < last).map((s) => ({ ...s, end: Math.min(s.end, last) }));
  let first = 0;
  const firstEntity = kept[0]?.start ?? last;
  while (first < firstEntity && first < last && blank(cleaned[first]!)) first++;
  const shown = cleaned.slice(first, last);
  return {
    text: String.fromCodePoint(...shown),
    length: shown.length,
    entities: kept
      .slice(0, KEPT_ENTITIES)
      .map((s) => ({ tag: s.tag, start: s.start - first, end: s.end - first })),
  };
}
