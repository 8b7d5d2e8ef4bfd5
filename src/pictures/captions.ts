import { textHtml } from '../briefing/localized.js';
import { bold } from '../briefing/markup.js';
import type { Language } from '../content/schema.js';
import { catalogue } from '../i18n/catalogue.js';
import { escapeHtml } from '../telegram/html.js';
import { parseTelegramHtml } from '../telegram/html-parse.js';
import type { ChartData } from './chart-data.js';
import type { MapData, MapIncident } from './map-data.js';

/** Telegram's limit on a caption's visible text. */
export const CAPTION_LIMIT = 1024;

function visibleLength(html: string): number {
  const parsed = parseTelegramHtml(html);
  return parsed.ok ? parsed.text.length : Number.POSITIVE_INFINITY;
}

function clipText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** "killed and wounded" of one incident; "Casualties: not stated" rather than a bare "not stated". */
function casualtiesText(incident: MapIncident, lang: Language): string {
  const t = catalogue(lang);
  if (incident.killed === null && incident.wounded === null) return `${t.labels.casualties}: ${t.notStated}`;
  return t.casualties(incident.killed, incident.wounded);
}

function incidentLine(incident: MapIncident, lang: Language, note?: string): string {
  const place = incident.place ? `${incident.place} — ` : '';
  const casualties = casualtiesText(incident, lang);
  return textHtml(
    lang,
    `${incident.number}. ${place}${note === undefined ? casualties : `${casualties} (${note})`}`,
  );
}

/**
 * Fits lines under the caption limit: the head always, then as many listed lines as fit, and
 * "and N more" for the rest.
 */
function fit(head: string[], lines: string[], lang: Language): string {
  for (let kept = lines.length; kept >= 0; kept--) {
    const dropped = lines.length - kept;
    const more = dropped > 0 ? [escapeHtml(catalogue(lang).pictures.more(dropped))] : [];
    const html = [...head, ...lines.slice(0, kept), ...more].join('\n');
    if (visibleLength(html) <= CAPTION_LIMIT) return html;
  }
  return head.join('\n');
}

/**
 * The map's caption (Telegram HTML, ≤ 1,024 characters): title, date and source, then every
 * incident by its number with its casualties, and those not on the map with the reason.
 */
export function mapCaption(data: MapData): string {
  const { lang } = data;
  const t = catalogue(lang);
  const head = [
    bold(textHtml(lang, clipText(data.title, 300))),
    textHtml(lang, `${t.pictures.published(data.date)} · ${t.pictures.source(data.source ?? t.notStated)}`),
  ];
  const unplaced = new Set(data.unplaced.map((u) => u.number));
  const lines = data.incidents.filter((i) => !unplaced.has(i.number)).map((i) => incidentLine(i, lang));
  if (data.unplaced.length > 0) {
    lines.push(bold(escapeHtml(t.pictures.notOnMap)));
    for (const u of data.unplaced) {
      const reason = u.reason === 'country' ? t.pictures.onlyCountry : t.pictures.unknownPlace;
      lines.push(incidentLine(u, lang, reason));
    }
  }
  return fit(head, lines, lang);
}

/** The chart's caption: what it shows, the totals, the busiest governorates, and how counts were read. */
export function chartCaption(data: ChartData): string {
  const { lang } = data;
  const t = catalogue(lang);
  const tc = t.pictures.chart;
  const head = [
    bold(textHtml(lang, `${tc.title(data.governorate)} (${data.unit === 'week' ? tc.byWeek : tc.byMonth})`)),
    textHtml(lang, `${t.casualties(data.killed, data.wounded)} · ${tc.basis(data.briefings)}`),
  ];
  const lines = data.governorates.map((g) =>
    textHtml(lang, `${g.name}: ${t.casualties(g.killed, g.wounded)}`),
  );
  lines.push(escapeHtml(`${tc.rangesNote} ${tc.spanNote}`));
  return fit(head, lines, lang);
}
