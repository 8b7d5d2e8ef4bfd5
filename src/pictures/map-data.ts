import type { Article, Count, Language, LocalizedText } from '../content/schema.js';
import { countryName } from '../briefing/place.js';
import { formatDate } from '../i18n/date.js';
import { countAtLeast } from './counts.js';
import { locatePlace } from './locate.js';

/** Text in `lang`, else in the other language. */
export function textIn(text: LocalizedText, lang: Language): string {
  return text[lang] ?? text[lang === 'ar' ? 'en' : 'ar'] ?? '';
}

/** One incident as the map's caption lists it, numbered as in /incidents. */
export interface MapIncident {
  number: number;
  /** Place name in the reader's language (most precise known part). */
  place: string;
  killed: Count | null;
  wounded: Count | null;
}

/** One circle on the map: every incident at the same gazetteer place. */
export interface MapMarker {
  placeId: string;
  name: string;
  lat: number;
  lon: number;
  /** Incident numbers, ascending. */
  numbers: number[];
  /** Summed at their low ends. */
  killed: number;
  wounded: number;
}

export interface UnplacedIncident extends MapIncident {
  reason: 'country' | 'unknown';
}

/** Everything a map of one article shows, already in the reader's language. */
export interface MapData {
  lang: Language;
  title: string;
  /** The publication date, formatted. */
  date: string;
  /** The outlet's name, or null when the article names none. */
  source: string | null;
  markers: MapMarker[];
  /** Every incident in order, placed or not (the caption's list). */
  incidents: MapIncident[];
  unplaced: UnplacedIncident[];
}

/** The map of an article's incidents: placed ones grouped by place, the rest set aside for the caption. */
export function mapData(article: Article, lang: Language): MapData {
  const { briefing } = article;
  const markers = new Map<string, MapMarker>();
  const incidents: MapIncident[] = [];
  const unplaced: UnplacedIncident[] = [];
  briefing.incidents.forEach((incident, i) => {
    const number = i + 1;
    const located = locatePlace(incident.place);
    const { place } = incident;
    const named = place.locality ?? place.district ?? place.governorate;
    const listed: MapIncident = {
      number,
      place: located
        ? textIn({ ar: located.entry.names.ar[0], en: located.entry.names.en[0] }, lang)
        : named
          ? textIn(named, lang)
          : countryName(place.country, lang),
      killed: incident.killed,
      wounded: incident.wounded,
    };
    incidents.push(listed);
    if (!located) {
      unplaced.push({ ...listed, reason: place.precision === 'country' ? 'country' : 'unknown' });
      return;
    }
    const { entry } = located;
    const marker = markers.get(entry.id) ?? {
      placeId: entry.id,
      name: listed.place,
      lat: entry.lat,
      lon: entry.lon,
      numbers: [],
      killed: 0,
      wounded: 0,
    };
    marker.numbers.push(number);
    marker.killed += countAtLeast(incident.killed);
    marker.wounded += countAtLeast(incident.wounded);
    markers.set(entry.id, marker);
  });
  const sourceName = briefing.source.name;
  return {
    lang,
    title: textIn(briefing.title, lang),
    date: formatDate(briefing.published, lang),
    source: sourceName ? textIn(sourceName, lang) : null,
    markers: [...markers.values()],
    incidents,
    unplaced,
  };
}
