// "47 killed as militants launch offensive on town", the body telling 17 troops killed and, later,
// 30 militants the troops killed in the clashes: the headline's toll is the fight's, both sides'
// dead summed — the body's figures (the fight's victims and the attackers it set apart) add up to
// it and nothing else does. The editor's count of a fight whose text gives both sides is their sum.
import { sameCount, sumCounts, type Count } from '../reading/count.js';
import type { ExtractedIncident } from '../incidents/incident-types.js';

/**
 * Where the headline's killed (`stated`) is neither any incident's killed nor their sum, but the
 * killed and attackers killed of exactly one incident told as a battle summed: that incident's killed
 * become the sum, no attackers set apart (in place).
 */
export function headlineSumsBothSides(incidents: readonly ExtractedIncident[], stated: Count | null): void {
  if (stated === null) return;
  const told = incidents.map((x) => x.killed).filter((n): n is Count => n !== null);
  if (told.some((n) => sameCount(n, stated)) || (told.length > 0 && sameCount(sumCounts(told), stated)))
    return;
  const fights = incidents.filter(
    (x) =>
      x.event.type === 'battles' &&
      x.killed !== null &&
      x.attackersKilled !== null &&
      sameCount(sumCounts([x.killed, x.attackersKilled]), stated),
  );
  if (fights.length !== 1) return;
  const fight = fights[0]!;
  fight.killed = stated;
  fight.attackersKilled = null;
}
