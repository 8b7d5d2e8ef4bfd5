import type { Article, Incident, Language } from '../content/schema.js';
import { catalogue } from '../i18n/catalogue.js';
import { formatDateRange } from '../i18n/date.js';
import { escapeHtml } from '../telegram/html.js';
import { localizedHtml, localizedListHtml } from './localized.js';
import { bold, field, italic } from './markup.js';
import { placeHtml } from './place.js';

/**
 * The killed and wounded, then the attackers killed: apart from the victims where the article counts
 * them so, or among the dead where a fight's two sides were summed.
 */
export function incidentCasualtiesText(
  incident: Pick<Incident, 'killed' | 'wounded' | 'attackersKilled' | 'killedIncludesAttackers'>,
  lang: Language,
): string {
  const t = catalogue(lang);
  const victims = t.casualties(incident.killed, incident.wounded);
  if (incident.attackersKilled === undefined) return victims;
  return incident.killedIncludesAttackers && incident.killed !== null
    ? t.withAttackersAmong(victims, t.attackersAmong(incident.attackersKilled))
    : t.withAttackers(victims, t.attackersKilled(incident.attackersKilled));
}

/** One incident: what kind, when, where, who, against whom, casualties, and what happened. */
export function renderIncident(incident: Incident, index: number, lang: Language): string {
  const t = catalogue(lang);
  const notStated = escapeHtml(t.notStated);
  const kind = `${bold(escapeHtml(`${index}. ${t.eventSubTypes[incident.event.subType]}`))} ${italic(escapeHtml(`(${t.eventTypes[incident.event.type]})`))}`;
  return [
    kind,
    field(
      t.labels.date,
      escapeHtml(`${formatDateRange(incident.date, lang)} ${t.datePrecisionNote(incident.date.precision)}`),
    ),
    field(t.labels.place, placeHtml(incident.place, lang)),
    field(t.labels.who, incident.actors.length ? localizedListHtml(incident.actors, lang) : notStated),
    field(t.labels.target, incident.target ? localizedHtml(incident.target, lang) : notStated),
    field(t.labels.casualties, escapeHtml(incidentCasualtiesText(incident, lang))),
    field(t.labels.what, localizedHtml(incident.description, lang)),
  ].join('\n');
}

/** One block per incident, numbered from 1, each whole so that messages can be cut between them. */
export function renderIncidentBlocks(article: Article, lang: Language): string[] {
  return article.briefing.incidents.map((incident, i) => renderIncident(incident, i + 1, lang));
}

/** Heads the incident messages: the headline and how many incidents follow. */
export function renderIncidentsHeader(article: Article, lang: Language, count: number): string {
  return `${bold(localizedHtml(article.briefing.title, lang))}\n${escapeHtml(catalogue(lang).incidentsInArticle(count))}`;
}
