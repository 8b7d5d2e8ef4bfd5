import type { Article, Language } from '../content/schema.js';
import { catalogue } from '../i18n/catalogue.js';
import { formatDate } from '../i18n/date.js';
import { escapeHtml } from '../telegram/html.js';
import { localizedHtml, textHtml } from './localized.js';
import { bold, code, field, link } from './markup.js';

/** The outlet's name, linked when the article gives a URL; its host when it gives only the URL. */
export function sourceNameHtml(article: Article, lang: Language): string {
  const { name, url } = article.briefing.source;
  if (name) return url ? link(url, localizedHtml(name, lang)) : localizedHtml(name, lang);
  if (url) return link(url, textHtml(lang, hostOf(url)));
  return escapeHtml(catalogue(lang).notStated);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** Where the article comes from: outlet, URL, publication date and its id. */
export function renderSource(article: Article, lang: Language): string {
  const { briefing } = article;
  const t = catalogue(lang);
  const url = briefing.source.url;
  return [
    bold(localizedHtml(briefing.title, lang)),
    field(
      t.labels.source,
      briefing.source.name ? localizedHtml(briefing.source.name, lang) : escapeHtml(t.notStated),
    ),
    field(t.labels.link, url ? link(url, textHtml(lang, url)) : escapeHtml(t.notStated)),
    field(t.labels.published, escapeHtml(formatDate(briefing.published, lang))),
    field(t.labels.articleId, code(lang, briefing.id)),
  ].join('\n');
}
