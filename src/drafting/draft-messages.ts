import type { InlineKeyboardMarkup } from 'telegraf/types';
import { botButtons } from '../bot/callback-data.js';
import { renderFigures } from '../briefing/figures.js';
import { renderIncidentBlocks, renderIncidentsHeader } from '../briefing/incidents.js';
import { bold, italic } from '../briefing/markup.js';
import { renderSummary } from '../briefing/summary.js';
import type { Article, Language } from '../content/schema.js';
import { catalogue } from '../i18n/catalogue.js';
import { draftCheckLines } from '../intake/drafts/draft-checks.js';
import { escapeHtml } from '../telegram/html.js';
import { splitBlocks } from '../telegram/split.js';

/** The draft as the editor sees it: summary, incidents and figures, marked where to look. */
export function draftMessages(article: Article, lang: Language): string[] {
  const t = catalogue(lang);
  const incidents = renderIncidentBlocks(article, lang);
  const checks = draftCheckLines(article.briefing, t);
  return splitBlocks([
    `${bold(escapeHtml(t.intake.draftHeading))}\n${italic(escapeHtml(t.intake.checkNote))}`,
    renderSummary(article, lang),
    renderIncidentsHeader(article, lang, incidents.length),
    ...incidents,
    renderFigures(article, lang),
    ...(checks.length > 0
      ? [
          [bold(escapeHtml(t.intake.checksHeading)), ...checks.map((line) => `• ${escapeHtml(line)}`)].join(
            '\n',
          ),
        ]
      : []),
  ]);
}

/** Publish / Discard under the draft's last message (answered by the intake feature's `dr:` action). */
export function draftKeyboard(id: string, lang: Language): InlineKeyboardMarkup {
  const { intake } = catalogue(lang);
  const button = (text: string, action: 'publish' | 'discard') => ({
    text,
    callback_data: botButtons.encode({ kind: 'draft', action, draftId: id }),
  });
  return { inline_keyboard: [[button(intake.publish, 'publish'), button(intake.discard, 'discard')]] };
}
