// "The clashes ended around midday Tuesday": when the event just told ended, no event of its own.
import { DEFINITE_EVENTS_AR, DEFINITE_EVENTS_EN } from '../incidents/clause-links.js';
import { L, anyOf } from '../reading/word-pattern.js';

const ENDED_AR = anyOf([
  'انتهت',
  'وانتهت',
  'انتهى',
  'وانتهى',
  'توقفت',
  'وتوقفت',
  'توقف',
  'وتوقف',
  'هدأت',
  'وهدأت',
]);
const WENT_ON_AR = anyOf(['استمرت', 'واستمرت', 'استمر', 'واستمر']);

/**
 * "The clashes ended around midday Tuesday", "The fighting subsided by evening", "The shelling went
 * on until dawn", "وانتهت الاشتباكات ظهر الثلاثاء", "واستمرت المواجهات حتى الفجر": the event told, by
 * its definite name, as the subject of ending or going on until a time.
 */
const TOLD_ENDED = new RegExp(
  `^\\W*the (?:${DEFINITE_EVENTS_EN}|violence|shooting|unrest)(?: (?:in|at|near) [^.;]{1,40}?)? (?:ended|subsided|stopped|eased|died down|(?:went on|continued|lasted) (?:until|till|into))(?!${L})|^\\W*(?:(?:${ENDED_AR})|(?:${WENT_ON_AR}))\\s+(?:${anyOf(DEFINITE_EVENTS_AR)})(?!${L})`,
  'u',
);

/**
 * An end told by its result ("انتهى بمقتل اثنين من المهاجمين") is a toll of the event, not its end alone:
 * the attackers' dead it gives must reach the event.
 */
const BY_ITS_RESULT_AR = `\\s+(?:${anyOf(['بمقتل', 'بمصرع', 'بسقوط', 'بإصابة', 'بجرح'])})(?!${L})`;

/**
 * "وأفادت مصادر أن الاشتباكات توقفت صباح اليوم", "sources said the fighting ended on Monday": the same
 * end, reported — the event named as the subject after the reporting "that", then its ending verb.
 */
const REPORTED_ENDED = new RegExp(
  `^\\W*[^.;؛]{0,80}?(?:(?<!${L})(?:said|says|reported|added)(?: that)?|(?<!${L})that) the (?:${DEFINITE_EVENTS_EN}|violence|shooting) (?:ended|subsided|stopped|eased|died down)(?!${L})|^\\W*[^.؛]{0,80}?(?<!${L})(?:${anyOf(['أن', 'إن', 'بأن'])})\\s+(?:${anyOf(DEFINITE_EVENTS_AR)})\\s+(?:${anyOf(['انتهت', 'انتهى', 'توقفت', 'توقف', 'هدأت'])})(?!${L})(?!${BY_ITS_RESULT_AR})`,
  'u',
);

/**
 * The clause (in matching form) tells when the event just told ended: where it gives no casualties
 * (the caller checks), its day is that event's last, not the day of another event.
 */
export const endOfTold = (matchText: string): boolean =>
  TOLD_ENDED.test(matchText) || REPORTED_ENDED.test(matchText);
