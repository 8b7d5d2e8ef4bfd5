// A source telling where or when the event just told took place: that event, not one of its own.
import { DEFINITE_EVENTS_AR, DEFINITE_EVENTS_EN } from '../incidents/clause-links.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** What a source does with its words: "said", "added", "told reporters". */
const SAYS_EN = 'said|says|added|reported|stated|confirmed|told [^.;,]{1,40}?';
/** The event happening, told of it as its subject. */
const TOOK_PLACE_EN = 'took place|happened|occurred|began|started|erupted|broke out';
const TOOK_PLACE_AR = anyOf(['وقع', 'وقعت', 'حصل', 'حصلت', 'جرى', 'جرت', 'حدث', 'حدثت', 'اندلع', 'اندلعت']);
/** The device of a blast told before, by its definite name, and it going off. */
const DEVICE_EN =
  '(?:roadside |car |improvised explosive )?(?:bomb|ied|device|explosive device|landmine|mine)';
const WENT_OFF_EN = 'exploded|went off|detonated|blew up';
const DEVICE_AR = anyOf(['العبوة', 'العبوة الناسفة', 'السيارة المفخخة', 'اللغم', 'الدراجة المفخخة']);
const WENT_OFF_AR = anyOf(['انفجرت', 'انفجر']);

/**
 * "SANA said the attack took place near the town of X and that ten were wounded", "وقال المصدر إن
 * الهجوم وقع قرب بلدة X": the event told before, by its definite name, as the subject of a source's
 * words about where or when it happened. (A clause that opens with it, "The attack took place…", is
 * read as such by REFERS_BACK; here the source's words come first.) So is the device of the blast
 * told, going off: "the source said the IED exploded on the evening of…", "وقال المصدر إن العبوة
 * انفجرت مساء…" (the day the source gives is the blast's, explicit-day.ts).
 */
const SAID_TOOK_PLACE = new RegExp(
  `(?<!${L})(?:${SAYS_EN}) (?:that )?the (?:${DEFINITE_EVENTS_EN})(?: (?:on|in|at|against|near) [^.;]{1,60}?)? (?:${TOOK_PLACE_EN})(?!${L})|(?<!${L})(?:${anyOf(['إن', 'أن'])})\\s+(?:${anyOf(DEFINITE_EVENTS_AR)})\\s+(?:${TOOK_PLACE_AR})(?!${L})|(?<!${L})(?:${SAYS_EN}) (?:that )?the ${DEVICE_EN} (?:${WENT_OFF_EN})(?!${L})|(?<!${L})(?:${anyOf(['إن', 'أن'])})\\s+(?:${DEVICE_AR})\\s+(?:${WENT_OFF_AR})(?!${L})`,
  'u',
);

/** The clause (in matching form) has a source tell where or when the event just told happened. */
export const saidToTakePlace = (matchText: string): boolean => SAID_TOOK_PLACE.test(matchText);
