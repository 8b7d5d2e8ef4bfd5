// Displacement told with the war that drives it: the background of a story on the displaced (a camp,
// a town running out of room, a border crossing), not a fight of its own.
import { L } from '../reading/word-pattern.js';

/**
 * In matching form: "thousands of Syrians fleeing an army offensive in the mountains", "families
 * who fled a government assault": people leaving, and after it the offensive they left named
 * indefinitely or by its side (non-events.ts reads "fled the fighting", the fighting by its definite
 * name); "as fighting in the province drives a new wave of displacement", "violence is driving
 * thousands from their homes": fighting told in the present as what keeps driving people out.
 */
const DRIVEN_OUT = new RegExp(
  `(?<!${L})(?:fled|flee|fleeing|escaping|escaped)\\s+(?:from\\s+)?(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:offensive|assault|onslaught|bombardment|advance)(?!${L})|(?<!${L})(?:fighting|clashes|violence|offensive|war)\\s+(?:[^,.;]{0,50}?\\s)?(?:drives|is driving|are driving|keeps driving|continues to drive)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:displacement|exodus|families|people|residents|civilians|thousands|hundreds)(?!${L})`,
  'u',
);

/** Whether a clause (in matching form) tells people driven from their homes by a war, as its news. */
export const displacementDriven = (matchText: string): boolean => DRIVEN_OUT.test(matchText);
