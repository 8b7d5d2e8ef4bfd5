import type { Count, DATE_PRECISIONS, EventSubType, EventType, Language, PLACE_PRECISIONS } from '../content/schema.js';
import { ar } from './ar.js';
import { en } from './en.js';

export const PUBLIC_COMMANDS = ['start', 'help', 'summary', 'incidents', 'figures', 'source', 'articles', 'lang'] as const;
export type PublicCommand = (typeof PUBLIC_COMMANDS)[number];

export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

/**
 * Every text a user sees, in one language. Texts are plain (the caller escapes them for HTML) and
 * already bidi-safe: Latin runs inside Arabic texts (commands, ids) are isolated.
 */
export interface Messages {
  /** This language's name in itself: "العربية", "English". */
  languageName: string;
  start: string;
  help: string;
  commandDescriptions: Record<PublicCommand, string>;
  unknownCommand: string;
  /** Answer to plain text in a private chat. */
  privateHint: string;
  langUsage: string;
  /** Confirmation after /lang, in the language just chosen. */
  langSet: string;
  articleNotFound: (id: string) => string;
  noArticles: string;
  notStated: string;
  somethingWentWrong: string;
  buttonExpired: string;
  buttons: {
    summary: string;
    incidents: string;
    figures: string;
    source: string;
    /** The other language's name, written in that language. */
    otherLanguage: string;
    previous: string;
    next: string;
  };
  /** Pager label, 1-based. */
  page: (page: number, pages: number) => string;
  noIncidents: string;
  noFigures: string;
  /** Note after a text shown in the other language: "(only available in Arabic)". */
  onlyAvailableIn: (available: Language) => string;
  datePrecision: Record<DatePrecision, string>;
  placePrecision: Record<PlacePrecision, string>;
  /** The place line's precision note: "(precision: locality)". */
  placePrecisionNote: (precision: PlacePrecision) => string;
  /** The date line's precision note: "(precision: month)". */
  datePrecisionNote: (precision: DatePrecision) => string;
  eventTypes: Record<EventType, string>;
  eventSubTypes: Record<EventSubType, string>;
  labels: {
    date: string;
    place: string;
    who: string;
    what: string;
    target: string;
    killed: string;
    wounded: string;
    /** Killed and wounded together. */
    casualties: string;
    source: string;
    link: string;
    published: string;
    articleId: string;
    figures: string;
    incidents: string;
    articles: string;
  };
  killed: (count: Count) => string;
  wounded: (count: Count) => string;
  /** Killed and wounded in one phrase, saying which is not stated. */
  casualties: (killed: Count | null, wounded: Count | null) => string;
  incidentsCount: (n: number) => string;
  articlesCount: (n: number) => string;
  /** The summary's closing line: how many incidents the article records, and where to see them. */
  incidentsInArticle: (n: number) => string;
  /** "about 110,000 km²" for an approximate figure. */
  approximately: (value: string) => string;
  /** Separator between list items in running text: "، " / ", ". */
  listSeparator: string;
  dates: {
    /** January first. */
    months: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
    /** Joins two dates (or a date and its shortened start) into a range. */
    range: (from: string, to: string) => string;
    week: (from: string, to: string) => string;
    approximate: (date: string) => string;
  };
}

export function catalogue(lang: Language): Messages {
  return lang === 'ar' ? ar : en;
}
