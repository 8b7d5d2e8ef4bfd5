// "سقوط ثلاثة ضحايا", then "استشهاد منتسب وإصابة اثنين": the victims told as one count, split after.
import type { Casualties } from '../casualties/casualties.js';
import { CUES } from '../events/event-cues.js';
import type { Building } from '../incidents/incident-types.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "ضحايا", "ضحيتين": Arabic copy counts as victims the dead and the hurt alike ("سقوط ثلاثة ضحايا
 * بهجوم…"), a count the word lists read as dead for want of a split.
 */
const VICTIMS = new RegExp(`(?<!${L})(?:${anyOf(['ضحايا', 'ضحية', 'ضحيتين', 'ضحيتان'])})(?!${L})`, 'u');

/**
 * The event told first by its victims alone, with no verb of killing ("أفاد مصدر بسقوط ثلاثة
 * ضحايا"), then split by an account of it into dead and wounded that make up that count ("ما أسفر
 * عن استشهاد منتسب وإصابة اثنين آخرين"): the split is its toll (no dead beside three victims).
 */
export function splitsVictims(current: Building, told: Casualties): boolean {
  const { killed, wounded } = told;
  if (typeof current.killed !== 'number' || current.wounded !== null) return false;
  if (typeof killed !== 'number' || typeof wounded !== 'number' || killed + wounded !== current.killed)
    return false;
  const source = matchView(current.source).text;
  return VICTIMS.test(source) && source.search(CUES.killed) < 0;
}
