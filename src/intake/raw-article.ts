import { normalizeForMatch } from '../text/normalize.js';

export interface RawArticle {
  title: string;
  /** Paragraphs of the body, without a repeated title. */
  paragraphs: string[];
}

/**
 * Input format: a title line, a blank line, the body. Agencies often repeat the title as the first
 * line of the body; that copy is dropped so that it is not read twice.
 */
export function splitRawArticle(raw: string): RawArticle {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim());
  const first = lines.findIndex((l) => l.length > 0);
  if (first < 0) return { title: '', paragraphs: [] };
  const title = lines[first] ?? '';
  const paragraphs = lines.slice(first + 1).filter((l) => l.length > 0);
  if (paragraphs.length > 0 && normalizeForMatch(paragraphs[0] ?? '') === normalizeForMatch(title))
    paragraphs.shift();
  return { title, paragraphs };
}
