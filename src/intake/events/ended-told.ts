// "The clashes ended around midday Tuesday": when the event just told ended, no event of its own.
import { DEFINITE_EVENTS_AR, DEFINITE_EVENTS_EN } from '../incidents/clause-links.js';
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';
import { normalizeForMatch } from '../../text/normalize.js';

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
  `${CLAUSE_HEAD}the (?:${DEFINITE_EVENTS_EN}|violence|shooting|unrest)(?: (?:in|at|near) [^.;]{1,40}?)? (?:ended|subsided|stopped|eased|died down|(?:went on|continued|lasted) (?:until|till|into))(?!${L})|${CLAUSE_HEAD}(?:(?:${ENDED_AR})|(?:${WENT_ON_AR}))\\s+(?:${anyOf(DEFINITE_EVENTS_AR)})(?!${L})`,
  'u',
);

const REPORTED_ENDED_EN = ['ended', 'subsided', 'stopped', 'eased', 'died down'];
const REPORTED_ENDED_AR = ['انتهت', 'انتهى', 'توقفت', 'توقف', 'هدأت'];
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
  `${CLAUSE_HEAD}[^.;؛]{0,80}?(?:(?<!${L})(?:said|says|reported|added)(?: that)?|(?<!${L})that) the (?:${DEFINITE_EVENTS_EN}|violence|shooting) (?:${REPORTED_ENDED_EN.join('|')})(?!${L})|${CLAUSE_HEAD}[^.؛]{0,80}?(?<!${L})(?:${anyOf(['أن', 'إن', 'بأن'])})\\s+(?:${anyOf(DEFINITE_EVENTS_AR)})\\s+(?:${anyOf(REPORTED_ENDED_AR)})(?!${L})(?!${BY_ITS_RESULT_AR})`,
  'u',
);
/**
 * Words REPORTED_ENDED cannot match without (its ending verbs, in matching form): its lazy
 * `[^.؛]{0,80}?` after the head tries many ends; most clauses have none of these words and skip it.
 */
const REPORTED_ENDED_VERBS = [...REPORTED_ENDED_EN, ...REPORTED_ENDED_AR.map(normalizeForMatch)];

/**
 * The clause (in matching form) tells when the event just told ended: where it gives no casualties
 * (the caller checks), its day is that event's last, not the day of another event.
 */
export const endOfTold = (matchText: string): boolean =>
  TOLD_ENDED.test(matchText) ||
  (REPORTED_ENDED_VERBS.some((w) => matchText.includes(w)) && REPORTED_ENDED.test(matchText));
