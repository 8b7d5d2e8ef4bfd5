import type { Article, Figure, Language } from '../content/schema.js';
import { catalogue } from '../i18n/catalogue.js';
import { formatNumber } from '../i18n/number.js';
import { escapeHtml } from '../telegram/html.js';
import { localizedHtml, textHtml } from './localized.js';
import { bold } from './markup.js';

/** A bare whole number that could be a year: "2014" must never read "2,014". */
const looksLikeYear = (figure: Figure) =>
  !figure.unit && Number.isInteger(figure.value) && figure.value >= 1000 && figure.value <= 2100;

/** "about 110,000 km²", "50%", "2014": plain text. */
export function figureValueText(figure: Figure, lang: Language): string {
  const number = looksLikeYear(figure) ? String(figure.value) : formatNumber(figure.value);
  const unit = figure.unit?.trim();
  const withUnit = !unit ? number : /^[%‰°]/.test(unit) ? `${number}${unit}` : `${number} ${unit}`;
  return figure.approximate ? catalogue(lang).approximately(withUnit) : withUnit;
}

/** "• <b>about 110,000 km²</b> — Area ISIS controlled". */
export function figureLine(figure: Figure, lang: Language): string {
  return `• ${bold(textHtml(lang, figureValueText(figure, lang)))} — ${localizedHtml(figure.label, lang)}`;
}

/** The article's headline and all its key figures. */
export function renderFigures(article: Article, lang: Language): string {
  const { briefing } = article;
  const t = catalogue(lang);
  const lines = briefing.figures.length
    ? briefing.figures.map((f) => figureLine(f, lang))
    : [escapeHtml(t.noFigures)];
  return `${bold(localizedHtml(briefing.title, lang))}\n\n${[bold(escapeHtml(t.labels.figures)), ...lines].join('\n')}`;
}
