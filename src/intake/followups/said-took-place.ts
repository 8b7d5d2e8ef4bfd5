// A source telling where or when the event just told took place: that event, not one of its own.
import { DEFINITE_EVENTS_AR, DEFINITE_EVENTS_EN } from '../incidents/clause-links.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** What a source does with its words: "said", "added", "told reporters". */
const SAYS_EN = 'said|says|added|reported|stated|confirmed|told [^.;,]{1,40}?';
/** The event happening, told of it as its subject. */
const TOOK_PLACE_EN = 'took place|happened|occurred|began|started|erupted|broke out';
const TOOK_PLACE_AR = anyOf(['وقع', 'وقعت', 'حصل', 'حصلت', 'جرى', 'جرت', 'حدث', 'حدثت', 'اندلع', 'اندلعت']);

/**
 * "SANA said the attack took place near the town of X and that ten were wounded", "وقال المصدر إن
 * الهجوم وقع قرب بلدة X": the event told before, by its definite name, as the subject of a source's
 * words about where or when it happened. (A clause that opens with it, "The attack took place…", is
 * read as such by REFERS_BACK; here the source's words come first.)
 */
const SAID_TOOK_PLACE = new RegExp(
  `(?<!${L})(?:${SAYS_EN}) (?:that )?the (?:${DEFINITE_EVENTS_EN})(?: (?:on|in|at|against|near) [^.;]{1,60}?)? (?:${TOOK_PLACE_EN})(?!${L})|(?<!${L})(?:${anyOf(['إن', 'أن'])})\\s+(?:${anyOf(DEFINITE_EVENTS_AR)})\\s+(?:${TOOK_PLACE_AR})(?!${L})`,
  'u',
);

/** The clause (in matching form) has a source tell where or when the event just told happened. */
export const saidToTakePlace = (matchText: string): boolean => SAID_TOOK_PLACE.test(matchText);
