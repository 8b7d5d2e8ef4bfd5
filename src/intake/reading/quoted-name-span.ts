// "أعلنت "قوات سوريا الديمقراطية"، اليوم الثلاثاء": a name in quotes is no quotation opened.

/** A short span closed in quotes: a name the writer quoted ("قسد", «داعش», “SDF”), up to five words. */
const QUOTED_NAME = /["«“](?:[^"«»“”\s.،,]+\s?){1,5}["»”]/gu;

/**
 * The text with the names it closes in quotes left out: a quotation opening between a reporting verb
 * and a date makes the date the reported event's ("said: "gunmen attacked on Monday"), but quotes
 * closed around a name ("أعلنت "قسد"، اليوم الثلاثاء، مقتل…", "the "SDF" said on Tuesday") leave the
 * date the day it was announced.
 */
export function withoutQuotedNames(text: string): string {
  return text.replace(QUOTED_NAME, ' ');
}
