import type { Article, Language } from '../content/schema.js';
import { catalogue } from '../i18n/catalogue.js';
import { formatDate } from '../i18n/date.js';
import { escapeHtml } from '../telegram/html.js';
import { figureLine } from './figures.js';
import { foreignTextHtml, localizedHtml, onlyAvailableNote, otherLanguage, textHtml } from './localized.js';
import { bold, field } from './markup.js';
import { sourceNameHtml } from './source.js';

const SUMMARY_FIGURES = 4;

function bulletsHtml(article: Article, lang: Language): string {
  const { summary } = article.briefing;
  const own = summary[lang];
  if (own) return own.map((b) => `• ${textHtml(lang, b)}`).join('\n');
  const other = otherLanguage(lang);
  const bullets = (summary[other] ?? []).map((b) => `• ${foreignTextHtml(other, b)}`);
  return [...bullets, onlyAvailableNote(lang, other)].join('\n');
}

/** The briefing at a glance: headline, bullets, up to four key figures, source, date, incident count. */
export function renderSummary(article: Article, lang: Language): string {
  const { briefing } = article;
  const t = catalogue(lang);
  const figures = briefing.figures.slice(0, SUMMARY_FIGURES).map((f) => figureLine(f, lang));
  const hidden = briefing.figures.length - figures.length;
  if (hidden > 0) figures.push(escapeHtml(t.moreFigures(hidden)));
  const sections = [
    bold(localizedHtml(briefing.title, lang)),
    bulletsHtml(article, lang),
    ...(figures.length ? [[bold(escapeHtml(t.labels.figures)), ...figures].join('\n')] : []),
    [
      field(t.labels.source, sourceNameHtml(article, lang)),
      field(t.labels.published, escapeHtml(formatDate(briefing.published, lang))),
      escapeHtml(t.incidentsInArticle(briefing.incidents.length)),
    ].join('\n'),
  ];
  return sections.join('\n\n');
}
