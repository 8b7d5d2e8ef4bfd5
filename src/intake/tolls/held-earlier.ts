// "Police had initially said nine were killed and 22 wounded": an earlier count, kept only for what
// nothing later in the text gives.
import type { Casualties } from '../casualties/casualties.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { merge } from '../incidents/incident-merge.js';
import type { Building } from '../incidents/incident-types.js';
import { woundedLeft } from './wounded-left.js';

/** An incident's casualties from a count told as given earlier, held back until the text is read. */
export type HeldEarlier = Map<Building, Casualties>;

/**
 * A clause telling the count a source gave earlier ("had initially said", "وكان مصدر قد أفاد في وقت
 * سابق"): more of the incident `hit`, its figures held back, since a later count in the same text
 * (""Fifteen were killed and at least 30 wounded," the spokesman said") replaces a preliminary one.
 */
export function holdEarlier(
  held: HeldEarlier,
  hit: Building,
  facts: ClauseFacts,
  sentence: number,
  date: ClauseFacts['eventDate'] = null,
): void {
  merge(
    hit,
    { ...facts, additional: false, casualties: { killed: null, wounded: null, attackersKilled: null } },
    date,
    null,
    sentence,
  );
  // (the wounded it told before some of them died and the toll rose: those left, wounded-left.ts)
  // (none left where all of them died: no count of wounded)
  const left = woundedLeft(hit, facts);
  const wounded = left === null ? facts.casualties.wounded : left || null;
  const before = held.get(hit);
  held.set(hit, {
    killed: before?.killed ?? facts.casualties.killed,
    wounded: before?.wounded ?? wounded,
    attackersKilled: before?.attackersKilled ?? facts.casualties.attackersKilled,
  });
}

/** Once the text is read: each incident takes from its earlier count only the figures it still lacks. */
export function fillFromEarlier(held: HeldEarlier): void {
  for (const [b, earlier] of held) {
    b.killed ??= earlier.killed;
    b.wounded ??= earlier.wounded;
    b.attackersKilled ??= earlier.attackersKilled;
  }
}
