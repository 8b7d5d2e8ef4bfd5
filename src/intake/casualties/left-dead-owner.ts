// "fighting that left six members of the pro-government forces dead": the dead told by "left … dead"
// around their count, whose owner a partitive names between the count and "dead". The owner says who
// the dead were, as it does before a passive ("Four members of the force were killed", casualties-en.ts):
// the count stands for "dead" past it. Not "two of the dead": only after "left"/"leaving", where the
// dead are the object the fight left.
import { HEDGE_EN } from './side-told-on-en.js';

/** "left", "leaving", maybe a hedge after it, right before the count (matching form). */
const LEFT_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:left|leaving)\s+${HEDGE_EN}$`, 'u');

/** How many words the owner may take after "of" ("of the pro-government forces"). */
const OWNER_WORDS = 6;

/**
 * The words between the count's noun and the cue, `between` (starting with "of"), are the owner of a
 * partitive the fight left dead: the cue is "dead", the text before the count ends with "left" or
 * "leaving", and the owner is a few words.
 */
export function ownerOfLeftDead(before: string, between: readonly string[], cue: string): boolean {
  return (
    cue === 'dead' && between[0] === 'of' && between.length <= OWNER_WORDS + 1 && LEFT_BEFORE.test(before)
  );
}
