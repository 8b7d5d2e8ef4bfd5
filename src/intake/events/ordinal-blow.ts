// "Two rockets were intercepted, while a third struck a building, wounding a woman": the third is a rocket.
import { L } from '../reading/word-pattern.js';

/**
 * "a third struck a building", "a fourth shell landed near the market": an ordinal that counts the
 * rockets, shells or blows of the event told (the subject of a verb of striking, or before such a
 * noun), not people other than the ones counted before.
 */
const ORDINAL_OF_BLOW = new RegExp(
  `^a (?:third|fourth|fifth)\\s+(?:(?:rockets?|shells?|mortars?|missiles?|drones?|bombs?|devices?|explosions?|blasts?|strikes?)|(?:struck|hit|landed|fell|exploded|went off|slammed))(?!${L})`,
  'u',
);

/** The ordinal that opens `text` ("a third struck…") counts blows, not people. */
export const ordinalOfBlow = (text: string): boolean => ORDINAL_OF_BLOW.test(text);
