import type { Article, Language } from '../content/schema.js';
import { catalogue } from '../i18n/catalogue.js';
import { formatDate } from '../i18n/date.js';
import { escapeHtml } from '../telegram/html.js';
import { localizedHtml } from './localized.js';
import { bold, code } from './markup.js';

export interface ArticleListPage {
  html: string;
  /** 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
}

function entryHtml(article: Article, number: number, lang: Language): string {
  const { briefing } = article;
  const t = catalogue(lang);
  const details = [
    code(lang, briefing.id),
    escapeHtml(formatDate(briefing.published, lang)),
    escapeHtml(t.incidentsCount(briefing.incidents.length)),
  ];
  return `${bold(`${number}.`)} ${localizedHtml(briefing.title, lang)}\n${details.join(' · ')}`;
}

/**
 * One page (0-based) of the article list, in the order given (newest first): number, headline,
 * then the id to use with /summary, the publication date and the incident count.
 */
export function renderArticleList(
  articles: Article[],
  lang: Language,
  page: number,
  pageSize: number,
): ArticleListPage {
  const t = catalogue(lang);
  const size = Math.max(1, Math.floor(pageSize));
  const pages = Math.max(1, Math.ceil(articles.length / size));
  const current = Math.min(Math.max(0, Math.floor(page) || 0), pages - 1);
  if (articles.length === 0) return { html: escapeHtml(t.noArticles), page: 0, pages: 1 };
  const first = current * size;
  const entries = articles.slice(first, first + size).map((a, i) => entryHtml(a, first + i + 1, lang));
  const heading = `${bold(escapeHtml(t.labels.articles))} — ${escapeHtml(t.articlesCount(articles.length))}`;
  return { html: [heading, ...entries].join('\n\n'), page: current, pages };
}
