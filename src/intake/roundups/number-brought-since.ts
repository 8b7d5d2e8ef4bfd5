// "The deaths bring to at least 250 the number of civilians killed since the bombardment began on
// Sunday night": a running total over the days since an onset, no event of its own.
const RAISING =
  '(?:bring|brings|brought|bringing|raise|raises|raised|raising|push|pushes|pushed|pushing|take|takes|took|taking)';
const NUMBER_OF = '(?:the\\s+)?(?:overall\\s+|total\\s+)?(?:number|toll|tally|count)\\s+of\\s+';
const HIT = '(?:killed|dead|deaths|wounded|injured|casualties)';

/**
 * "bring to at least 250 the number of civilians killed since …", "raising the number of people killed
 * since the offensive began to 700": what the news adds to a count kept since a day before it — the
 * sum of every event since then, the day's with the rest. The clause is a running total (no incident;
 * its day is the onset's, never the day of the item told before it), whatever the words of its onset.
 */
const BROUGHT_SINCE = new RegExp(
  [
    `(?<![\\w-])${RAISING}\\s+to\\s+[^,.;]{1,30}?\\s${NUMBER_OF}[^,.;]{0,60}?(?<![\\w-])${HIT}\\s+since(?![\\w-])`,
    `(?<![\\w-])${RAISING}\\s+${NUMBER_OF}[^,.;]{0,60}?(?<![\\w-])${HIT}\\s+since(?![\\w-])[^,.;]{0,80}?\\sto\\s`,
  ].join('|'),
  'i',
);

export function numberBroughtSince(clause: string): boolean {
  return BROUGHT_SINCE.test(clause);
}
