// A second blow feared at the scene, not one that went off: no other event of its kind.
import { ar, en } from './cue-pattern.js';

/**
 * "طوقت المكان ومنعت الاقتراب منه خشية وجود عبوة ثانية", "تفتيش الطريق تحسباً لعبوات أخرى", "cordoned
 * off the area for fear of a second bomb": what the forces guarded against after the blow told, with
 * the words that follow it up to the clause's end (the ordinal in them counts no second event).
 */
const FEARED = new RegExp(
  `(?:${ar(['خشية', 'خشية من', 'تحسبا', 'تحسبا من', 'خوفا من'])}|${en(['for fear of', 'fearing', 'amid fears of'])})[^،,.؛;]*`,
  'gu',
);

/** The clause (in matching form) with what was feared left out, before it is tested for a second event. */
export const withoutFearedBlow = (text: string): string => text.replace(FEARED, ' ');
