import { normalizeForMatch } from '../../text/normalize.js';

export interface RawArticle {
  title: string;
  /** Paragraphs of the body, without a repeated title. */
  paragraphs: string[];
}

/** "اقرأ أيضاً: 3 قتلى بانفجار عبوة في طفس", "Read more: …": a link to another story, not this one's text. */
const OTHER_STORY = new RegExp(
  `^(?:${['اقرأ أيضا', 'اقرأ ايضا', 'إقرأ أيضا', 'اقرأ المزيد', 'شاهد أيضا', 'طالع أيضا'].map(normalizeForMatch).join('|')}|read also|read more|see also|related)(?![\\p{L}])`,
  'u',
);

/**
 * Input format: a title line, a blank line, the body. Agencies often repeat the title as the first
 * line of the body; that copy is dropped so that it is not read twice, and so are links to other
 * stories ("اقرأ أيضاً: …").
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
  const paragraphs = lines
    .slice(first + 1)
    .filter((l) => l.length > 0 && !OTHER_STORY.test(normalizeForMatch(l).toLowerCase()));
  if (paragraphs.length > 0 && normalizeForMatch(paragraphs[0] ?? '') === normalizeForMatch(title))
    paragraphs.shift();
  return { title, paragraphs };
}
