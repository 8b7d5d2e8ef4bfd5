import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import { Briefing, type Article } from './schema.js';

/** One reason a content file cannot be served. `field` is a dotted path (`incidents.2.killed`) or `front matter`. */
export type ContentProblem = { path: string; field: string; problem: string };

export type ParseResult = { ok: true; article: Article } | { ok: false; problems: ContentProblem[] };

const FRONT_MATTER = 'front matter';
const DELIMITER = /^---[ \t]*$/;

/**
 * Renders a problem as one line: `path: field: problem`. List items are numbered from 1, as the bot
 * shows them ("Incident 1"): the first incident's killed count is `incidents.1.killed`.
 */
export function formatProblem(p: ContentProblem): string {
  const field = p.field.split('.').map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part)).join('.');
  return `${p.path}: ${field}: ${p.problem}`;
}

/**
 * The text of a content file: a string, or the file's bytes as read. Bytes are decoded in two
 * parts, the front matter and the body, so the body held by a served article is a string of its
 * own rather than a slice that keeps the whole file's text alive (less for the garbage collector
 * to copy when thousands of files load at once).
 */
export type ContentSource = string | Buffer;

/** Parses one `content/*.md` file: YAML front matter (the briefing) between `---` lines, then the article body. */
export function parseArticle(path: string, source: ContentSource): ParseResult {
  const fail = (field: string, problem: string): ParseResult => ({ ok: false, problems: [{ path, field, problem }] });

  const text = normalized(source);
  // Found by index rather than by splitting the whole file into lines: a load reads thousands of files.
  const firstLineEnd = lineEnd(text, 0);
  if (!isDelimiter(text, 0, firstLineEnd)) return fail(FRONT_MATTER, 'the file must start with a --- line');
  const closing = closingDelimiter(text, firstLineEnd);
  if (closing === -1) return fail(FRONT_MATTER, 'no closing --- line after the front matter');

  const yamlText = decode(text, firstLineEnd + 1, Math.max(firstLineEnd + 1, closing - 1));
  let data: unknown;
  try {
    // js-yaml (a full YAML 1.2 parser, several times faster than building `yaml`'s document model,
    // which was most of a load's time). The core schema keeps `published: 2020-11-01` a string, not
    // a Date; duplicate keys are an error, as before.
    data = load(yamlText, { schema: CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // An error at the end of the stream (an unclosed bracket) is marked past the last line: name
    // the last line instead. +2: the mark counts from 0 and the YAML starts on the file's second line.
    const line = Math.min(error.mark.line, yamlText.split('\n').length - 1) + 2;
    return fail(FRONT_MATTER, `YAML syntax error at line ${line}: ${error.reason}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(FRONT_MATTER, 'the front matter must be a YAML mapping of briefing fields');
  }

  const body = decode(text, lineEnd(text, closing) + 1, text.length).replace(/^\s*\n/, '').trimEnd();
  const problems: ContentProblem[] = [];
  const parsed = Briefing.safeParse(data, { reportInput: true });
  if (!parsed.success) problems.push(...firstPerField(parsed.error.issues.flatMap((issue) => issueProblems(path, issue))));
  if (body.trim() === '') problems.push({ path, field: 'body', problem: 'the article text below the front matter is empty' });
  if (!parsed.success || problems.length > 0) return { ok: false, problems };

  return { ok: true, article: { briefing: parsed.data as Briefing, body, path } };
}

const BOM = Buffer.from('\uFEFF');
const CR = 0x0d;

/**
 * Editors on Windows add a BOM and CRLF line ends; neither should make a file invalid. Bytes with
 * neither (nearly every file) stay bytes: `\n` and `---` are ASCII, and a UTF-8 sequence never holds
 * an ASCII byte, so the lines are found at the same places as in the decoded text.
 */
function normalized(source: ContentSource): ContentSource {
  if (typeof source !== 'string') {
    if (!source.subarray(0, BOM.length).equals(BOM) && !source.includes(CR)) return source;
    source = source.toString('utf8');
  }
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The text from `start` to `end` (indexes of `text`, so bytes for bytes) as a string. */
function decode(text: ContentSource, start: number, end: number): string {
  return typeof text === 'string' ? text.slice(start, end) : text.toString('utf8', start, end);
}

/** Whether the line from `start` to `end` is a `---` delimiter; latin1 keeps a byte an index, and the delimiter is ASCII. */
function isDelimiter(text: ContentSource, start: number, end: number): boolean {
  return DELIMITER.test(typeof text === 'string' ? text.slice(start, end) : text.toString('latin1', start, end));
}

/** Where the line starting at `start` ends: the index of its `\n`, or the text's length. */
function lineEnd(text: ContentSource, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end;
}

/** Where the first `---` line after the line break at `from` begins, or -1. */
function closingDelimiter(text: ContentSource, from: number): number {
  for (let at = text.indexOf('\n---', from); at !== -1; at = text.indexOf('\n---', at + 1)) {
    if (isDelimiter(text, at + 1, lineEnd(text, at + 1))) return at + 1;
  }
  return -1;
}

function issueProblems(path: string, issue: z.core.$ZodIssue): ContentProblem[] {
  const field = issue.path.map(String);
  // One problem per unknown key, on the key itself: `title.fr: unknown field` points at the typo.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path, field: [...field, key].join('.'), problem: 'unknown field' }));
  }
  return [{ path, field: field.length > 0 ? field.join('.') : FRONT_MATTER, problem: describe(issue) }];
}

/** A malformed date also fails the calendar check; the first problem on a field is the one worth reading. */
function firstPerField(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.field) && seen.add(p.field));
}

/** Says "required" for a missing field; relies on parsing with `reportInput`, so `input` is the value given. */
function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union' && issue.input !== undefined) {
    // zod's own message is a bare "Invalid input"; the branches say what would have been accepted.
    const expected = issue.errors.flatMap((branch) => branch.flatMap((i) => (i.code === 'invalid_type' && i.path.length === 0 ? [i.expected] : [])));
    if (expected.length > 0) return `expected ${[...new Set(expected)].join(' or ')}`;
  }
  if (issue.input !== undefined) return issue.message;
  if (issue.code === 'invalid_type') return `required: expected ${issue.expected}`;
  if (issue.code === 'invalid_value') return `required: expected one of ${issue.values.map(String).join(', ')}`;
  return issue.message;
}
