// Another source's higher count of the dead, explained by wounded who died: the first source's
// wounded stand as it told them.
import { L } from '../../reading/word-pattern.js';

/**
 * "A hospital official put the death toll at eight, saying two of the wounded died overnight", "a
 * council member gave a higher toll of seven dead, saying…", "the health directorate gave a figure of
 * nine": a teller giving a toll of its own (put at, gave a toll or figure of), not the toll told rising
 * ("the toll rose to eight after two of the wounded died"). Its dead hold those who died of their
 * wounds, but it tells no wounded: the wounded the first source counted are its count still (the
 * editor sees both tolls), not a count to take the dead off.
 */
const OWN_COUNT = new RegExp(
  `(?<!${L})(?:put|puts|putting|placed|gave|gives|giving)\\s+(?:the|a|an|its|his|her|their)\\s+(?:(?:higher|lower|different|separate|new|own)\\s+)?(?:(?:death|casualty)\\s+)?(?:toll|figure|count|tally)\\s+(?:at|of)(?!${L})`,
  'u',
);

/** The clause (in matching form) gives a teller's own count of the dead. */
export const givesOwnCount = (matchText: string): boolean => OWN_COUNT.test(matchText);

/**
 * "A police source said a second protester died of his wounds overnight, but the health directorate
 * said only one death had been recorded and that nine were being treated": the death one source tells
 * is one another denies, in the same sentence; the editor keeps both tolls, and the wounded the first
 * telling counted stand (none of them is surely dead).
 */
const DENIED_BY_OTHER = new RegExp(
  `(?<!${L})but\\s+[^.;]{0,80}?(?:said|says|reported|put)\\s+(?:[^.;,]{0,30}?\\s)?(?:that\\s+)?only\\s+(?:one|a single|two|three|\\d+)\\s+(?:death|deaths|dead|person|people|body|bodies)(?!${L})`,
  'u',
);

/** The sentence (in matching form) has another source deny a death told: "…, but X said only one death had been recorded". */
export const deathDenied = (sentence: string): boolean => DENIED_BY_OTHER.test(sentence);
