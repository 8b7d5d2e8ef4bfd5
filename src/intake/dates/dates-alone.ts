// A line told in dates alone: when the page was put out, not a lead that tells the news.
import type { Span } from '../reading/types.js';

/** Words of two letters or more: what is left of a clause once its dates are taken out. */
const WORD = /\p{L}{2,}/gu;
/** A word that may join the dates of a dateline ("الموافق", "corresponding to"'s one word). */
const JOINING_WORDS = 1;

/**
 * "الاثنين 1 رمضان 1432 هـ الموافق 1 آب/أغسطس 2011", "Wednesday, October 25, 2006": a clause that is
 * its dates and at most a word joining them tells the day the page was put out; the first day the
 * article tells of its news is told in a clause with words of its own.
 */
export function toldInDatesAlone(matchText: string, dates: readonly Span[]): boolean {
  if (dates.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const d of [...dates].sort((a, b) => a.start - b.start)) {
    rest += ` ${matchText.slice(at, Math.max(at, d.start))}`;
    at = Math.max(at, d.end);
  }
  rest += ` ${matchText.slice(at)}`;
  return (rest.match(WORD) ?? []).length <= JOINING_WORDS;
}
