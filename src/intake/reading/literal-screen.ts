/**
 * A cheap test before a heavy pattern: the words every match of a pattern must contain, read once
 * from its source, so that a clause that holds none of them is not scanned at all. Most clauses name
 * no month, no actor and no event of a given kind, and a word-list pattern that starts with a
 * lookbehind costs a check at every position of the clause; `String.includes` costs next to nothing.
 *
 * The screen only ever says "cannot match" when no match is possible: where the source holds
 * anything it does not read (a back-reference, a flag it does not know), it lets every text through.
 */

import { escapeRegExp } from './word-pattern.js';

/** What a piece of a pattern matches: every string it can match (if few), and words one of which it always holds. */
interface Literals {
  /** All the strings the piece can match, or null when they are too many or unknown. */
  exact: ReadonlySet<string> | null;
  /** One of these is inside every match, or null when nothing is known (or the piece may match ""). */
  needs: readonly string[] | null;
}

/** More exact strings than this are not listed (a cross product of alternations grows fast). */
const MAX_EXACT = 32;
const UNKNOWN: Literals = { exact: null, needs: null };
const EMPTY: Literals = { exact: new Set(['']), needs: null };

/** Thrown where the source holds syntax the screen does not read: the pattern is then never screened. */
class Unread extends Error {}

/** Drops the words that hold another of the list: a text holding the longer holds the shorter. */
function shortest(words: Iterable<string>): string[] | null {
  const list = [...new Set(words)];
  if (list.length === 0 || list.includes('')) return null;
  return list.filter((w) => !list.some((o) => o !== w && w.includes(o)));
}

function needsOf(x: Literals): readonly string[] | null {
  return x.exact ? shortest(x.exact) : x.needs;
}

/** The more telling of two lists: the one whose shortest word is longer, then the shorter list. */
function better(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  if (!a) return b;
  if (!b) return a;
  const minA = Math.min(...a.map((w) => w.length));
  const minB = Math.min(...b.map((w) => w.length));
  return minA !== minB ? (minA > minB ? a : b) : a.length <= b.length ? a : b;
}

function product(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const joined = new Set<string>();
  for (const x of a) for (const y of b) joined.add(x + y);
  return joined;
}

function union(alternatives: readonly Literals[]): Literals {
  const exact = new Set<string>();
  for (const alt of alternatives) for (const s of alt.exact ?? []) exact.add(s);
  if (alternatives.every((alt) => alt.exact) && exact.size <= MAX_EXACT) return { exact, needs: null };
  const needs: string[] = [];
  for (const alt of alternatives) {
    const own = needsOf(alt);
    if (!own) return UNKNOWN;
    needs.push(...own);
  }
  return { exact: null, needs: shortest(needs) };
}

/** Reads a pattern's source left to right (the syntax of a `u`-flag pattern). */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  all(): Literals {
    const read = this.alternation();
    if (this.at < this.source.length) throw new Unread();
    return read;
  }

  private alternation(): Literals {
    const alternatives = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    return alternatives.length === 1 ? alternatives[0]! : union(alternatives);
  }

  /**
   * Pieces one after another: the strings of a run of exactly known pieces are joined (so "\\d+
   * killed" needs " killed", not "k"); a piece not known exactly ends the run.
   */
  private sequence(): Literals {
    let run: ReadonlySet<string> = EMPTY.exact!;
    let needs: readonly string[] | null = null;
    let exact = true;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const piece = this.quantified(this.atom());
      if (piece.exact && run.size * piece.exact.size <= MAX_EXACT) {
        run = product(run, piece.exact);
        continue;
      }
      exact = false;
      needs = better(needs, shortest(run));
      run = piece.exact ?? EMPTY.exact!;
      needs = better(needs, piece.needs);
    }
    return exact ? { exact: run, needs: null } : { exact: null, needs: better(needs, shortest(run)) };
  }

  private quantified(atom: Literals): Literals {
    const q = /^(?:[?*+]|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.source.slice(this.at));
    if (!q) return atom;
    this.at += q[0].length;
    const min = q[0][0] === '+' ? 1 : q[1] !== undefined ? Number(q[1]) : 0;
    if (min === 0) return q[0].startsWith('?') && atom.exact ? union([EMPTY, atom]) : UNKNOWN;
    const once = min === 1 && (q[0][0] === '{' ? q[2] === undefined : false);
    return once ? atom : { exact: null, needs: needsOf(atom) };
  }

  private atom(): Literals {
    const c = String.fromCodePoint(this.source.codePointAt(this.at)!);
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    // (an astral character is two units)
    this.at += c.length;
    if (c === '.') return UNKNOWN;
    if (c === '^' || c === '$') return EMPTY;
    if ('*+?{}]'.includes(c)) throw new Unread();
    return { exact: new Set([c]), needs: null };
  }

  private group(): Literals {
    const head = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/.exec(this.source.slice(this.at))!;
    if (this.source[this.at + 1] === '?' && !head[1]) throw new Unread();
    this.at += head[0].length;
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Unread();
    this.at++;
    // a lookaround matches no text of its own
    return ['?=', '?!', '?<=', '?<!'].includes(head[1] ?? '') ? EMPTY : inner;
  }

  private charClass(): Literals {
    const end = this.classEnd();
    const body = this.source.slice(this.at + 1, end);
    this.at = end + 1;
    // a negated class, a range or a class escape ("\p{L}", "\s") stands for too many characters
    if (body.startsWith('^') || /\\[^-\\/.\]^[(){}|*+?$]/u.test(body) || /[^\\]-./u.test(body))
      return UNKNOWN;
    const chars = [...body.replace(/\\(.)/gu, '$1')];
    return chars.length === 0 || chars.length > MAX_EXACT ? UNKNOWN : { exact: new Set(chars), needs: null };
  }

  private classEnd(): number {
    for (let i = this.at + 1; i < this.source.length; i++) {
      if (this.source[i] === '\\') i++;
      else if (this.source[i] === ']') return i;
    }
    throw new Unread();
  }

  private escape(): Literals {
    const next = this.source[this.at + 1] ?? '';
    if (next === 'p' || next === 'P') {
      const close = this.source.indexOf('}', this.at);
      if (close < 0) throw new Unread();
      this.at = close + 1;
      return UNKNOWN;
    }
    this.at += 2;
    if (next === 'b' || next === 'B') return EMPTY;
    if ('dDwWsS'.includes(next)) return UNKNOWN;
    const plain: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (plain[next]) return { exact: new Set([plain[next]]), needs: null };
    // back-references, \k<name>, \c, \x, \u and \0 are not read: a pattern holding one is not screened
    if (/[\w]/.test(next)) throw new Unread();
    return { exact: new Set([next]), needs: null };
  }
}

/** The words one of which every match of `pattern` contains; null where none can be told. */
export function neededWords(pattern: RegExp): readonly string[] | null {
  // case-insensitive and set-notation patterns are not read
  if (/[iv]/.test(pattern.flags)) return null;
  try {
    return needsOf(new Reader(pattern.source).all());
  } catch (e) {
    if (e instanceof Unread) return null;
    throw e;
  }
}

// a pattern's words are read once: the patterns are module constants, so the table stays small
const SCREENS = new WeakMap<RegExp, RegExp | null>();

/**
 * The words as one plain alternation: a regex of literals is scanned faster than a `String.includes`
 * per word, and holds the same answer.
 */
function screenOf(pattern: RegExp): RegExp | null {
  const words = neededWords(pattern);
  return words && new RegExp(words.map(escapeRegExp).join('|'));
}

/** False only when `text` holds none of the words every match of `pattern` contains. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  let screen = SCREENS.get(pattern);
  if (screen === undefined) {
    screen = screenOf(pattern);
    SCREENS.set(pattern, screen);
  }
  return screen === null || screen.test(text);
}

/** Every match of a global `pattern` in `text`; the scan is skipped where the screen says there is none. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  return mayMatch(pattern, text) ? [...text.matchAll(pattern)] : [];
}
