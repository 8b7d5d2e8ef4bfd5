// "after the attack" names the event told before, as a time: not an event of the clause's own.
import type { Casualties } from '../casualties/casualties.js';
import { classifyEvent } from '../events/classify-event.js';
import { FOLLOWS } from '../incidents/clause-links.js';
import type { NumberMention } from '../reading/types.js';

const FOLLOWED = new RegExp(FOLLOWS.source, 'gu');

/**
 * "Security forces closed the highway for three hours after the attack", "وأغلقت القوات الطريق عقب
 * الهجوم": the attack is named only as when they did it, and without it the clause (in matching
 * form) names no event; with no count of its own it tells none (closing a road is no event).
 * "warplanes struck … after the attack" names its own, and a clause that counts dead or wounded is
 * read whole.
 */
export function namesOnlyTheFollowed(
  matchText: string,
  casualties: Casualties,
  numbers: readonly NumberMention[],
): boolean {
  if (casualties.killed !== null || casualties.wounded !== null || casualties.attackersKilled !== null)
    return false;
  if (!FOLLOWS.test(matchText)) return false;
  // (blanked to its length: the numbers read with the text keep their offsets)
  const own = matchText.replace(FOLLOWED, (m) => ' '.repeat(m.length));
  return classifyEvent(own, numbers).event === null;
}
