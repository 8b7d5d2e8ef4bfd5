// "زرعوا العبوة", "planted the bomb": who laid the device already told, no blast of its own.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { withinGap } from '../incidents/incident-followups.js';
import type { Building } from '../incidents/incident-types.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { countedUnsplit } from '../casualties/casualty-notes.js';

const PLANTING = ['زرع', 'زرعوا', 'زرعت', 'زرعا', 'يزرعون', 'زراعة', 'وضع', 'وضعوا', 'وضعت', 'وضعا', 'يضعون'];
const THE_DEVICE = ['العبوة', 'العبوات', 'العبوتين', 'العبوتان', 'اللغم', 'الألغام', 'القنبلة'];

const DEVICE_EN = '(?:bombs?|devices?|explosives?|ieds?|mines?)';
/** "مزروعة", "موضوعة": the device lying where it was laid. */
const LAID = ['مزروعة', 'مزروع', 'موضوعة', 'موضوع'];

const PLANTED_THE_DEVICE = new RegExp(
  `(?<!${L})(?:(?:${anyOf(PLANTING)})\\s+(?:${anyOf(THE_DEVICE)})|(?:planted|placed|laid|plant|place)\\s+the\\s+${DEVICE_EN})(?!${L})`,
  'u',
);

/**
 * The device told again as where it had been laid: "The bomb was planted on the side of a road…",
 * "the explosive device had been hidden in a cart", "العبوة كانت مزروعة على جانب طريق", "كانت
 * العبوة الناسفة مزروعة" — definite, the one whose blast was told (not "عبوة ناسفة مزروعة … انفجرت",
 * a device told for the first time).
 */
const THE_DEVICE_LAID = new RegExp(
  `(?<!${L})و?(?:the\\s+(?:[\\p{L}-]+\\s+){0,2}?${DEVICE_EN}\\s+(?:was|were|had been|has been|have been)\\s+(?:planted|placed|laid|hidden|left|attached)|(?:(?:${anyOf(THE_DEVICE)})\\s+(?:${anyOf(['الناسفة'])}\\s+)?(?:(?:${anyOf(['كانت', 'كان'])})\\s+)?|(?:${anyOf(['كانت', 'كان'])})\\s+(?:${anyOf(THE_DEVICE)})\\s+(?:${anyOf(['الناسفة'])}\\s+)?)(?:${anyOf(LAID)}))(?!${L})`,
  'u',
);

/**
 * "ورجح المصدر أن يكون عناصر التنظيم قد زرعوا العبوة خلال الليل، قادمين من…", "police believe
 * militants planted the device overnight": the device is the one whose blast was just told (the
 * article names it), so the clause tells who laid it, its doer, not another event where they came
 * from; so does a clause that tells where it had been laid ("The bomb was planted … 15 km north of
 * Baquba"), not another spot. Says whether the clause is so of `last`, with no casualties (counted
 * or unsplit) or day of its own.
 */
export function laidDeviceOf(last: Building | undefined, facts: ClauseFacts, sentence: number): boolean {
  return (
    !!last &&
    facts.casualties.killed === null &&
    facts.casualties.wounded === null &&
    // ("كما قتل وجرح خمسة بانفجار لغم، دون أن تتضح الجهة التي زرعت اللغم": a toll told unsplit is
    // casualties of its own, another blast)
    !countedUnsplit(facts.notes) &&
    !facts.eventDate &&
    withinGap(last, sentence) &&
    (PLANTED_THE_DEVICE.test(facts.matchText) || THE_DEVICE_LAID.test(facts.matchText))
  );
}
