// "زرعوا العبوة", "planted the bomb": who laid the device already told, no blast of its own.
import type { ClauseFacts } from './clause-facts.js';
import { withinGap } from './incident-followups.js';
import type { Building } from './incident-types.js';
import { L, anyOf } from './word-pattern.js';

const PLANTING = ['زرع', 'زرعوا', 'زرعت', 'زرعا', 'يزرعون', 'زراعة', 'وضع', 'وضعوا', 'وضعت', 'وضعا', 'يضعون'];
const THE_DEVICE = ['العبوة', 'العبوات', 'العبوتين', 'العبوتان', 'اللغم', 'الألغام', 'القنبلة'];

const PLANTED_THE_DEVICE = new RegExp(
  `(?<!${L})(?:(?:${anyOf(PLANTING)})\\s+(?:${anyOf(THE_DEVICE)})|(?:planted|placed|laid|plant|place)\\s+the\\s+(?:bombs?|devices?|explosives?|ieds?|mines?))(?!${L})`,
  'u',
);

/**
 * "ورجح المصدر أن يكون عناصر التنظيم قد زرعوا العبوة خلال الليل، قادمين من…", "police believe
 * militants planted the device overnight": the device is the one whose blast was just told (the
 * article names it), so the clause tells who laid it, its doer, not another event where they came
 * from. Says whether the clause is so of `last`, with no casualties or day of its own.
 */
export function laidDeviceOf(last: Building | undefined, facts: ClauseFacts, sentence: number): boolean {
  return (
    !!last &&
    facts.casualties.killed === null &&
    facts.casualties.wounded === null &&
    !facts.eventDate &&
    withinGap(last, sentence) &&
    PLANTED_THE_DEVICE.test(facts.matchText)
  );
}
