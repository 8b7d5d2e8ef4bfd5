import {
  cleanCharacter,
  codePoints,
  entityCount,
  isTelegramWhitespace,
  MAX_ENTITIES,
  RAW_TEXT_LIMIT_BYTES,
  tokenizeTelegramHtml,
  visibleText,
  type HtmlToken,
} from './html-parse.js';

/** Telegram's limit on a message's text, in Unicode code points after parsing and cleanup. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

type OpenToken = Extract<HtmlToken, { kind: 'open' }>;

/** The tags open at a boundary, innermost first, shared between boundaries as a linked list. */
type OpenStack = { tag: OpenToken; outer: OpenStack } | null;

/**
 * Splits valid Telegram HTML into messages whose parsed length is at most `limit`, whose raw text
 * stays within the Bot API's 32,768 bytes (tags reopened across a cut included) and which carry at
 * most 100 entities (Telegram drops the rest), cutting at the
 * last blank line, else newline, else whitespace, else anywhere that fits. Cuts fall only between
 * tags, entities and whole code points; tags open across a cut are closed and reopened. Whitespace
 * at a cut is dropped (Telegram would trim it) and whitespace-only parts are left out.
 * Throws if `html` is not valid Telegram HTML.
 */
export function splitMessage(html: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  // Two units: an astral character (or an entity for one) cannot be cut.
  if (!Number.isInteger(limit) || limit < 2)
    throw new RangeError(`limit must be an integer of at least 2, got ${limit}`);
  const tokenized = tokenizeTelegramHtml(html);
  if (!tokenized.ok) throw new Error(`splitMessage needs valid Telegram HTML: ${tokenized.error}`);
  const tokens = tokenized.tokens;
  const length = codePoints(visibleText(tokens));
  if (length === 0) return [];
  if (
    length <= limit &&
    Buffer.byteLength(html, 'utf8') <= RAW_TEXT_LIMIT_BYTES &&
    entityCount(tokens) <= MAX_ENTITIES
  )
    return [html];
  const offsets = visibleOffsets(tokens);
  const stacks = openStacks(tokens);
  const bytes = prefixSums(tokens, (t) => Buffer.byteLength(t.source, 'utf8'));
  const opens = prefixSums(tokens, (t) => (t.kind === 'open' ? 1 : 0));
  // Whether tokens [start, end) make a message within every limit, counting the tags reopened
  // before it and closed after it (every open tag counted as an entity: a bound, never short).
  const fits = (start: number, from: number, end: number): boolean => {
    if (visibleBetween(offsets, from, end) > limit) return false;
    const reopened = stackOf(stacks[start] ?? null);
    const closing = stackOf(stacks[end] ?? null);
    const rawBytes =
      bytes[end]! -
      bytes[start]! +
      reopened.reduce((n, t) => n + Buffer.byteLength(t.source, 'utf8'), 0) +
      closing.reduce((n, t) => n + t.name.length + 3, 0);
    return rawBytes <= RAW_TEXT_LIMIT_BYTES && opens[end]! - opens[start]! + reopened.length <= MAX_ENTITIES;
  };

  const parts: string[] = [];
  let start = 0;
  for (;;) {
    const first = nextVisible(tokens, start);
    if (first === tokens.length) break;
    if (fits(start, first, tokens.length)) {
      pushPart(parts, tokens, stacks, start, tokens.length);
      break;
    }
    let end = first + 1;
    while (end < tokens.length && fits(start, first, end + 1)) end++;
    const cut = chooseCut(tokens, stacks, first, end);
    pushPart(parts, tokens, stacks, start, cut);
    start = cut;
  }
  return parts;
}

/**
 * Packs whole blocks (each valid Telegram HTML) into as few messages as possible, in order, joined
 * by a blank line. A block too long for one message is split with splitMessage; its last piece
 * is packed with the blocks after it.
 */
export function splitBlocks(blocks: readonly string[], limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = '';
  for (const block of blocks) {
    const length = measure(block);
    if (length === 0) continue;
    if (!withinLimits(block, limit)) {
      if (current !== '') messages.push(current);
      const pieces = splitMessage(block, limit);
      // The last piece may still share a message with the blocks that follow.
      current = pieces.pop() ?? '';
      messages.push(...pieces);
      continue;
    }
    const joined = current === '' ? block : `${current}\n\n${block}`;
    if (withinLimits(joined, limit)) {
      current = joined;
    } else {
      messages.push(current);
      current = block;
    }
  }
  if (current !== '') messages.push(current);
  return messages;
}

function tokensOf(html: string): HtmlToken[] {
  const tokenized = tokenizeTelegramHtml(html);
  if (!tokenized.ok) throw new Error(`splitBlocks needs valid Telegram HTML: ${tokenized.error}`);
  return tokenized.tokens;
}

function measure(html: string): number {
  return codePoints(visibleText(tokensOf(html)));
}

/** Within the length limit, the Bot API's raw byte limit and Telegram's entity limit. */
function withinLimits(html: string, limit: number): boolean {
  const tokens = tokensOf(html);
  return (
    codePoints(visibleText(tokens)) <= limit &&
    Buffer.byteLength(html, 'utf8') <= RAW_TEXT_LIMIT_BYTES &&
    entityCount(tokens) <= MAX_ENTITIES
  );
}

function prefixSums(tokens: readonly HtmlToken[], size: (token: HtmlToken) => number): number[] {
  const sums = [0];
  for (const token of tokens) sums.push(sums.at(-1)! + size(token));
  return sums;
}

function stackOf(stack: OpenStack): OpenToken[] {
  const tags: OpenToken[] = [];
  for (let s = stack; s !== null; s = s.outer) tags.push(s.tag);
  return tags;
}

/** offsets[i]: visible code points (after Telegram's cleanup) before token i. */
function visibleOffsets(tokens: readonly HtmlToken[]): number[] {
  return prefixSums(tokens, (token) => (token.kind === 'text' ? codePoints(cleanCharacter(token.text)) : 0));
}

const visibleBetween = (offsets: readonly number[], from: number, to: number): number =>
  (offsets[to] ?? Number.POSITIVE_INFINITY) - (offsets[from] ?? 0);

/** stacks[i]: the tags open at the boundary before token i. */
function openStacks(tokens: readonly HtmlToken[]): OpenStack[] {
  const stacks: OpenStack[] = [null];
  let stack = null as OpenStack;
  for (const token of tokens) {
    if (token.kind === 'open') stack = { tag: token, outer: stack };
    else if (token.kind === 'close') stack = stack?.outer ?? null;
    stacks.push(stack);
  }
  return stacks;
}

function isVisible(token: HtmlToken | undefined): boolean {
  return token?.kind === 'text' && !isTelegramWhitespace(token.text);
}

function nextVisible(tokens: readonly HtmlToken[], from: number): number {
  let i = from;
  while (i < tokens.length && !isVisible(tokens[i])) i++;
  return i;
}

const textOf = (token: HtmlToken | undefined): string | null => (token?.kind === 'text' ? token.text : null);

/** The text token after `index`, skipping tags. */
function nextText(tokens: readonly HtmlToken[], index: number): string | null {
  for (let i = index + 1; i < tokens.length; i++) {
    const text = textOf(tokens[i]);
    if (text !== null) return text;
  }
  return null;
}

/** A custom emoji is one picture: never cut inside <tg-emoji>. */
function cuttable(stacks: readonly OpenStack[], boundary: number): boolean {
  for (let s = stacks[boundary] ?? null; s !== null; s = s.outer) if (s.tag.name === 'tg-emoji') return false;
  return true;
}

/**
 * Picks the boundary to cut before, in (first, end]: tokens [first, end) fit the limit and
 * token `first` is visible, so every candidate leaves a non-empty part.
 */
function chooseCut(
  tokens: readonly HtmlToken[],
  stacks: readonly OpenStack[],
  first: number,
  end: number,
): number {
  const preferences: ((i: number) => boolean)[] = [
    (i) => textOf(tokens[i]) === '\n' && nextText(tokens, i) === '\n',
    (i) => textOf(tokens[i]) === '\n',
    (i) => {
      const text = textOf(tokens[i]);
      return text !== null && isTelegramWhitespace(text);
    },
    () => true,
  ];
  for (const preferred of preferences) {
    for (let i = end; i > first; i--)
      if (preferred(i) && cuttable(stacks, i)) return tidyHardCut(tokens, first, i);
  }
  return end;
}

/** Keeps a tag with its content: cut before tags that open and after tags that close. */
function tidyHardCut(tokens: readonly HtmlToken[], first: number, cut: number): number {
  let i = cut;
  while (i - 1 > first && tokens[i - 1]?.kind === 'open') i--;
  while (i < tokens.length && tokens[i]?.kind === 'close') i++;
  return i;
}

/** Appends tokens [from, to) as a message: open tags reopened and closed, whitespace trimmed. */
function pushPart(
  parts: string[],
  tokens: readonly HtmlToken[],
  stacks: readonly OpenStack[],
  from: number,
  to: number,
): void {
  const piece: HtmlToken[] = [
    ...reopen(stacks[from] ?? null),
    ...tokens.slice(from, to),
    ...closeAll(stacks[to] ?? null),
  ];
  const firstVisible = piece.findIndex(isVisible);
  if (firstVisible === -1) return;
  const lastVisible = piece.findLastIndex(isVisible);
  const kept = piece.filter((token, i) => token.kind !== 'text' || (i >= firstVisible && i <= lastVisible));
  parts.push(
    withoutEmptyElements(kept)
      .map((token) => token.source)
      .join(''),
  );
}

function reopen(stack: OpenStack): OpenToken[] {
  const tags: OpenToken[] = [];
  for (let s = stack; s !== null; s = s.outer) tags.unshift(s.tag);
  return tags;
}

function closeAll(stack: OpenStack): HtmlToken[] {
  const tags: HtmlToken[] = [];
  for (let s = stack; s !== null; s = s.outer)
    tags.push({ kind: 'close', name: s.tag.name, source: `</${s.tag.name}>` });
  return tags;
}

/** Drops elements left with no content by trimming (Telegram ignores empty entities anyway). */
function withoutEmptyElements(tokens: readonly HtmlToken[]): HtmlToken[] {
  const out: HtmlToken[] = [];
  for (const token of tokens) {
    if (token.kind === 'close' && out.at(-1)?.kind === 'open') out.pop();
    else out.push(token);
  }
  return out;
}
