/**
 * Datelines and bylines say where the news was written, not where it happened: "ERBIL, Kurdistan
 * Region - …", "BAGHDAD, July 6 (Xinhua) -- …", "BAGHDAD: …", "BAGHDAD // …", "شفق نيوز - بغداد",
 * "بغداد – …". They are taken off the start of the body so that their place is not read as the place
 * of the event.
 */
const MAX_WORDS = 6;
const ARABIC_WORDS = 3;
/** What closes a dateline's head: a dash or two, or the double slash some outlets set ("BAGHDAD // …"). */
const DASH = /\s[-–—]{1,2}\s|\s?[-–—]{2}\s?|\s\/\/\s/u;

/** "BAGHDAD: Daesh militants stormed…": a name in capitals closed by a colon, as some outlets set theirs. */
const CAPITALS_COLON = /^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}:\s+(?=\S)/u;

/** The full stop of a month's abbreviation: "Feb. 14", "Sept. 3". */
const MONTH_DOT = /(?<=\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))\./gu;

/** The day as AFP's Arabic wire sets it in its dateline: "18-1", day and month. */
const WIRE_DAY = /(?<!\S)\d{1,2}-\d{1,2}(?!\S)/u;

/** The agency closing a dateline's head, in brackets: "دمشق (أ ف ب)", "بغداد (رويترز)". */
const AGENCY_LAST = /\([^()]*\)\s*$/u;

/**
 * The words of an Arabic dateline's head; in AFP's ("كركوك (العراق) 18-1 (اف ب)", "دمشق (أ ف ب)"),
 * told by its day or by the agency closing a bare name, less that day and the country and agency
 * in brackets: the name of the town is what counts. (A head with a date of its own, "البصرة 12 آذار
 * (أصوات العراق)", stays whole: the sentence's day is read from it.)
 */
const arabicNameWords = (head: string): number =>
  (WIRE_DAY.test(head) || (AGENCY_LAST.test(head) && !/\p{N}/u.test(head))
    ? head.replace(/\([^()]*\)/gu, ' ').replace(WIRE_DAY, ' ')
    : head
  )
    .split(/\s+/)
    .filter(Boolean).length;

/** The paragraph without a leading dateline; a paragraph that is only a dateline or byline becomes empty. */
export function stripDateline(paragraph: string): string {
  const colon = CAPITALS_COLON.exec(paragraph);
  if (colon) return paragraph.slice(colon[0].length);
  const dash = DASH.exec(paragraph);
  if (!dash) return paragraph;
  const head = paragraph.slice(0, dash.index);
  const words = head.split(/\s+/).filter(Boolean);
  // a dateline ends before any sentence starts: no full stop (but a month's, "BAGHDAD, Feb. 14
  // (Xinhua)"), no verb-long run of words
  if (words.length === 0 || words.length > MAX_WORDS || /[.!?؟"«“]/u.test(head.replace(MONTH_DOT, '')))
    return paragraph;
  // Latin datelines are names and dates ("BAGHDAD, July 6 (Xinhua)"); an Arabic one is a name or two
  const latin = /[A-Za-z]/.test(head);
  if (
    latin
      ? !words.every((w) => /^[A-Z0-9(]/.test(w) || /^(?:of|al|el|de)$/.test(w))
      : arabicNameWords(head) > ARABIC_WORDS
  )
    return paragraph;
  const rest = paragraph.slice(dash.index + dash[0].length);
  const restWords = rest.split(/\s+/).filter(Boolean);
  // "شفق نيوز - بغداد": a line of its own, both sides short
  if (restWords.length <= MAX_WORDS && !/[.!?؟]/u.test(rest)) return '';
  return rest;
}

/**
 * Datelines are looked for in the first paragraphs only, where agencies put them: the first two, or
 * up to the first that runs longer than a line when the outlet's name and the time of posting stand
 * on lines of their own above it ("Kurdistan24", "25/11/2018 - 14:32", then "ERBIL, … –").
 */
function lastDatelineParagraph(paragraphs: readonly string[]): number {
  const body = paragraphs.findIndex((p) => p.split(/\s+/).filter(Boolean).length > MAX_WORDS);
  return Math.max(1, body);
}

/** The paragraphs with their datelines and bylines taken off (lastDatelineParagraph says where). */
export function stripDatelines(paragraphs: readonly string[]): string[] {
  const last = lastDatelineParagraph(paragraphs);
  return paragraphs.map((p, i) => (i <= last ? stripDateline(p) : p)).filter((p) => p.trim().length > 0);
}

/**
 * The first dateline `stripDatelines` takes off ("TUZ KHURMATU, Iraq (AP)"): where the story was
 * filed from, the town wire copy then calls "this town" (this-town.ts); null: none.
 */
export function firstDateline(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs.slice(0, lastDatelineParagraph(paragraphs) + 1)) {
    const rest = stripDateline(p);
    if (rest !== p) return p.slice(0, p.length - rest.length);
  }
  return null;
}
