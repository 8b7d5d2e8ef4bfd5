import { createHash } from 'node:crypto';
import type { Article, Language } from '../content/schema.js';

/** Bumped when the drawing changes, so pictures drawn the old way are uploaded anew. */
export const DRAWING_VERSION = 1;

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 16);
}

/**
 * file_id keys: `<kind>:<subject>:<language>:<version hash>`. The prefix up to the language names
 * what a new version replaces (forgotten when it is uploaded); the hash changes with the briefing
 * (a changed article) or, for charts, with any published briefing (a new one changes the chart).
 */
export interface PictureKey {
  key: string;
  /** Everything this picture's older versions were stored under. */
  prefix: string;
}

export function mapKey(article: Article, lang: Language): PictureKey {
  const prefix = `map:${article.briefing.id}:${lang}:`;
  return { prefix, key: `${prefix}${digest([DRAWING_VERSION, article.briefing])}` };
}

export function chartKey(
  articles: readonly Article[],
  governorateId: string | null,
  lang: Language,
): PictureKey {
  const prefix = `chart:${governorateId ?? 'all'}:${lang}:`;
  return { prefix, key: `${prefix}${digest([DRAWING_VERSION, articles.map((a) => a.briefing)])}` };
}
