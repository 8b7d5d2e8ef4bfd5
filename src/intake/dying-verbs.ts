// Verbs of dying beside the casualty cues: the feminine and the dual, and "passed away".
import { CUES } from './event-cues.js';
import { L, anyOf } from './word-pattern.js';

/**
 * "استشهدت امرأة", "طفلان استشهدا", "مواطنة فارقت الحياة", "توفيت طفلة", "قضت طفلة": the dead are the
 * verb's subject, in every person and number ("فارق الحياة" is "passed away", said of the one who died;
 * "قضت المحكمة", the court ruled, is no death: non-events.ts).
 */
const DYING_AR = `(?<!${L})[وف]?(?:(?:${anyOf(['استشهدت', 'استشهدا', 'استشهدتا', 'توفيت', 'توفيا', 'توفوا', 'توفين', 'قضيا', 'قضت', 'قضتا'])})|(?:${anyOf(['فارق', 'فارقت', 'فارقا', 'فارقتا', 'فارقوا'])})\\s+${anyOf(['الحياة'])})(?!${L})`;

/** The casualty cues of the dead, with the verbs of dying above. */
export const KILLED_CUES = new RegExp(`${CUES.killed.source}|${DYING_AR}`, 'gu');

/** Verbs that only say someone died (no one is their object): the one named right before is the dead. */
const DIED_ONLY = new RegExp(
  `^[وف]?(?:${anyOf(['استشهد', 'استشهدت', 'توفي', 'توفيت', 'فارق', 'فارقت'])})(?:\\s|$)`,
  'u',
);

/** "مواطنة فارقت الحياة", "طفل استشهد": the cue says only that someone died. */
export function diesOnly(cue: string): boolean {
  return DIED_ONLY.test(cue.trim());
}
