import { Markup } from 'telegraf';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import type { Article, Language } from '../content/schema.js';
import { renderFigures } from '../briefing/figures.js';
import { renderIncidentBlocks, renderIncidentsHeader } from '../briefing/incidents.js';
import { renderSource } from '../briefing/source.js';
import { renderSummary } from '../briefing/summary.js';
import { catalogue } from '../i18n/catalogue.js';
import { splitBlocks, splitMessage } from '../telegram/split.js';
import { locatePlace } from '../pictures/locate.js';
import { encodeAction, type View } from './callback-data.js';
import { mapButton } from './map-button.js';

const VIEWS: readonly View[] = ['summary', 'incidents', 'figures', 'source'];

/** A view of an article as message-sized pages of Telegram HTML. */
export function viewPages(view: View, article: Article, lang: Language): string[] {
  switch (view) {
    case 'summary':
      return splitMessage(renderSummary(article, lang));
    case 'incidents': {
      const blocks = renderIncidentBlocks(article, lang);
      return splitBlocks([renderIncidentsHeader(article, lang, blocks.length), ...blocks]);
    }
    case 'figures':
      return splitMessage(renderFigures(article, lang));
    case 'source':
      return splitMessage(renderSource(article, lang));
  }
}

export interface ViewMessage {
  html: string;
  keyboard: Markup.Markup<InlineKeyboardMarkup>;
}

/** One page of a view with its buttons: the other views, paging, and the other language. */
export function viewMessage(
  view: View,
  article: Article,
  lang: Language,
  requestedPage: number,
  pages: string[] = viewPages(view, article, lang),
): ViewMessage {
  const page = Math.min(requestedPage, pages.length - 1);
  const t = catalogue(lang);
  const articleId = article.briefing.id;
  const button = (text: string, v: View, p: number, l: Language = lang) =>
    Markup.button.callback(text, encodeAction({ kind: 'view', view: v, lang: l, page: p, articleId }));
  const otherLang: Language = lang === 'ar' ? 'en' : 'ar';
  const rows = [VIEWS.filter((v) => v !== view).map((v) => button(t.buttons[v], v, 0))];
  if (pages.length > 1) rows.push(pagingRow(t, pages.length, page, (p, label) => button(label, view, p)));
  // The map, when at least one incident has a place precise enough to draw.
  if (view === 'incidents' && article.briefing.incidents.some((i) => locatePlace(i.place) !== undefined)) {
    rows.push([mapButton(t.pictures.mapButton, lang, articleId)]);
  }
  rows.push([button(t.buttons.otherLanguage, view, 0, otherLang)]);
  return { html: pages[page]!, keyboard: Markup.inlineKeyboard(rows) };
}

type Button = ReturnType<typeof Markup.button.callback>;

/** ‹ previous · x / y · next ›, with the arrows in reading order (the catalogue mirrors them for Arabic). */
export function pagingRow(
  t: ReturnType<typeof catalogue>,
  pages: number,
  page: number,
  button: (page: number, label: string) => Button,
): Button[] {
  const row: Button[] = [];
  if (page > 0) row.push(button(page - 1, t.buttons.previous));
  row.push(button(page, t.page(page + 1, pages)));
  if (page < pages - 1) row.push(button(page + 1, t.buttons.next));
  return row;
}
