/**
 * Texts of the pictures (/map, /chart) and their captions, in one language. Plain text: the
 * caller escapes it for HTML captions and for SVG. Names come in plain, already in this language.
 */
export interface PictureMessages {
  /** The /incidents view's button that sends the map. */
  mapButton: string;
  legend: {
    killed: string;
    wounded: string;
    /** A marker for incidents whose casualties the article does not state (or which had none). */
    noCasualties: string;
    /** How marker size reads. */
    size: string;
  };
  /** "Source: …" on the picture and in the caption. */
  source: (name: string) => string;
  /** "Published 1 November 2020". */
  published: (date: string) => string;
  /** Caption heading of the incidents listed but not drawn. */
  notOnMap: string;
  /** Why an incident is not drawn: its place is only the country / not a place the gazetteer knows. */
  onlyCountry: string;
  unknownPlace: string;
  /** Caption: "and N more" when the list does not fit. */
  more: (n: number) => string;
  /** /map for an article none of whose incidents can be placed. */
  nothingToMap: string;
  /** The map button of an article that is no longer served. */
  mapGone: string;
  chart: {
    /** The chart's title, for all governorates (null) or one. */
    title: (governorate: string | null) => string;
    byWeek: string;
    byMonth: string;
    /** Axis label of a week bucket from its first day. */
    weekOf: (date: string) => string;
    busiest: string;
    /** Under the chart: what was counted. */
    basis: (briefings: number) => string;
    /** Ranges ("3 to 5 killed") are counted at their low end, and unstated counts not at all. */
    rangesNote: string;
    /** An incident dated only to a month or a span of days counts at the middle of it. */
    spanNote: string;
    /** No briefing states any casualty (in the governorate). */
    nothingToChart: (governorate: string | null) => string;
    /** `/chart <name>` that is not a governorate. */
    unknownGovernorate: (input: string, examples: readonly string[]) => string;
  };
}
