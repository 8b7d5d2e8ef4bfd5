// "قضت وحدة من الجيش على عدد من الإرهابيين", "أوقعت وحدات من الجيش اليوم أعداداً كبيرة من
// الإرهابيين قتلى ومصابين": a force's communiqué of its own blow on the other side, its toll told with
// no number. State media tell the army's operations so; each is an event (the force fighting the other
// side), its killed and wounded uncounted, not background to the blow told before it.
import type { IncidentEvent } from '../../content/schema.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** The force, as a communiqué names it: its units, the army, "our forces". */
const FORCE_AR = anyOf(['وحدة', 'وحدات', 'الجيش', 'جيشنا', 'قواتنا', 'القوات']);

/** What has no number: "عدد من", "أعداداً كبيرة". */
const UNCOUNTED_AR = `${anyOf(['عدد', 'عددا', 'أعداد', 'أعدادا', 'العديد'])}(?:\\s+${anyOf(['كبير', 'كبيرا', 'كبيرة'])})?\\s+${anyOf(['من', 'منهم'])}(?!${L})`;

/** "قضت على عدد من", "أوقعت … أعداداً كبيرة منهم": the verb of the blow, then the quantity it dealt. */
const DEALT_AR = `(?<!${L})(?:${anyOf(['قضت', 'وقضت', 'قضى', 'وقضى', 'قضوا'])}\\s+${anyOf(['على'])}|${anyOf(['أوقعت', 'وأوقعت', 'أوقع', 'وأوقع', 'أوقعوا'])}(?:\\s+[^\\s،,.]+){0,6}?)\\s+${UNCOUNTED_AR}`;

/**
 * The force named before the verb in the same clause ("وحدة أخرى قضت على…"), or before a comma and the
 * verb that goes on with its deed ("استهدفت وحدات من الجيش مصادر القذائف …، وأوقعت عدداً من القتلى"), or
 * right after the verb ("أوقعت وحدات من…").
 */
const FORCE_THEN_DEALT_AR = new RegExp(
  `(?<!${L})${FORCE_AR}(?!${L})(?:(?:\\s+[^\\s،,.]+){0,6}?|[^.]{0,150}?[،,])\\s+${DEALT_AR}|(?<!${L})${anyOf(['أوقعت', 'وأوقعت', 'قضت', 'وقضت'])}\\s+${FORCE_AR}(?!${L})[^،,.]{0,60}?\\s${UNCOUNTED_AR}`,
  'u',
);
/** A clause that opens on the verb ("، وأوقعت أعداداً كبيرة منهم"): its subject is the clause before's. */
const OPENS_DEALT_AR = new RegExp(`^[^\\p{L}]*${DEALT_AR}`, 'u');
const FORCE_BEFORE_AR = new RegExp(`(?<!${L})${FORCE_AR}(?!${L})`, 'u');

/**
 * "واصلت وحدات من الجيش عملياتها …": a force going on with its operations tells a running summary (a
 * lead), whose uncounted toll is that of the blows told after it, not a deed of its own.
 */
const GOES_ON_AR = new RegExp(`(?<!${L})${anyOf(['واصلت', 'واصل', 'تواصل', 'يواصل'])}(?!${L})`, 'u');

/**
 * After a comma, the verb of a force's uncounted blow with no subject of its own, the clause before
 * naming the force and its deed: the same deed's toll, no clause of its own (sentences.ts joins them).
 */
export const goesOnWithUncountedBlow = (previous: string, part: string): boolean => {
  const before = normalizeForMatch(previous);
  return (
    OPENS_DEALT_AR.test(normalizeForMatch(part)) && FORCE_BEFORE_AR.test(before) && !GOES_ON_AR.test(before)
  );
};

const FIGHT: IncidentEvent = { type: 'battles', subType: 'armed_clash' };

/**
 * The event of a force's blow whose toll of the other side the clause (in matching form) tells with
 * no number: the two sides fighting. Null for any other clause.
 */
export const forceUncountedBlow = (matchText: string): IncidentEvent | null =>
  FORCE_THEN_DEALT_AR.test(matchText) ? FIGHT : null;
