import type { IncidentDate } from '../../content/schema.js';

/**
 * A span with its position: UTF-16 offsets into the text it was found in (for numbers and dates,
 * the matched form of a sentence, see view.ts); `text` always quotes the article.
 */
export interface Span {
  start: number;
  end: number;
  /** The article's own words. */
  text: string;
}

export interface Sentence extends Span {
  /** Paragraph number, 0-based; the lead paragraph is 0. */
  paragraph: number;
  /** Position of the sentence in the body, 0-based. */
  index: number;
}

export interface NumberMention extends Span {
  value: number;
  /** "about", "نحو", "قرابة", "more than": the article gives it as approximate. */
  approximate: boolean;
  /** Where the words that make it approximate begin (an offset like `start`); null: it is given as exact. */
  qualifierStart: number | null;
  /** Spelled as digits (possibly with a multiplier word) rather than only in words. */
  digits: boolean;
}

/** How a date relates to the events: when the event happened, or when it was reported. */
export type DateRole = 'event' | 'reporting';

export interface DateMention extends Span {
  date: Omit<IncidentDate, 'text'> & { text: string };
  role: DateRole;
  /** Dates that frame an aggregate ("since 2011", "منذ مطلع العام"): never an incident's date. */
  aggregate: boolean;
}
