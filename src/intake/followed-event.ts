// "after the attack" names the event told before, as a time: not an event of the clause's own.
import type { Casualties } from './casualties.js';
import { FOLLOWS } from './clause-links.js';

const FOLLOWED = new RegExp(FOLLOWS.source, 'gu');

/**
 * The clause (in matching form) as its own event is read from: "Security forces closed the highway
 * for three hours after the attack", "وأغلقت القوات الطريق عقب الهجوم" name the attack only as when
 * they did it, so without a count of their own they are read without it (closing a road is no event;
 * "warplanes struck … after the attack" still is). A clause that counts dead or wounded is read whole.
 */
export function withoutFollowedEvent(matchText: string, casualties: Casualties): string {
  if (casualties.killed !== null || casualties.wounded !== null || casualties.attackersKilled !== null)
    return matchText;
  return matchText.replace(FOLLOWED, ' ');
}
