// A wounded man who died since, whom the first telling of the event already counted among the dead.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import type { Casualties } from '../casualties/casualties.js';

/**
 * "اغتال مجهولون القيادي ونجله" (two dead, as things stand), then the account of the shooting,
 * "ما أدى إلى مقتله وإصابة نجله وأحد جيرانه" (one dead and two wounded at the time): the first
 * telling is ahead by the wounded who died since. How many, where the later account gives fewer
 * dead and some wounded; undefined otherwise.
 */
export function deadAhead(current: Building, facts: ClauseFacts): number | undefined {
  const { killed, wounded } = facts.casualties;
  if (typeof current.killed !== 'number' || typeof killed !== 'number' || typeof wounded !== 'number')
    return undefined;
  const ahead = current.killed - killed;
  return ahead > 0 && ahead <= wounded ? ahead : undefined;
}

/**
 * "Three soldiers were killed and two others injured" (as things stand), then an account of the
 * attack "killing two soldiers and wounding three others" (at the time): the first telling is ahead
 * on both counts by the same wounded who died since, so they are one toll, told at two moments.
 */
export function aheadOnBoth(
  first: Pick<Building, 'killed' | 'wounded'>,
  told: Pick<Casualties, 'killed' | 'wounded'>,
): boolean {
  const { killed, wounded } = first;
  if (typeof killed !== 'number' || typeof wounded !== 'number') return false;
  if (typeof told.killed !== 'number' || typeof told.wounded !== 'number') return false;
  const ahead = killed - told.killed;
  return ahead > 0 && told.wounded - wounded === ahead;
}

/**
 * "killing one person and wounding two others" (as things stand), then "initially said three people
 * were wounded" (at the time, no one dead yet): an account of the wounded alone, behind the first
 * telling on both counts by the first telling's dead, is the same toll before they died. How many,
 * or undefined.
 */
function woundedOnlyAhead(current: Building, told: Casualties): number | undefined {
  if (told.killed !== null || typeof told.wounded !== 'number' || typeof current.killed !== 'number')
    return undefined;
  return aheadOnBoth(current, { killed: 0, wounded: told.wounded }) ? current.killed : undefined;
}

/** Notes, once, how far the first telling is ahead of the later account (`deadAhead`, `aheadOnBoth`). */
export function noteDeadAhead(current: Building, facts: ClauseFacts): void {
  if (current.deadAhead !== undefined) return;
  const woundedOnly = woundedOnlyAhead(current, facts.casualties);
  current.deadAhead = deadAhead(current, facts) ?? woundedOnly;
  if (
    current.deadAhead !== undefined &&
    (woundedOnly !== undefined || aheadOnBoth(current, facts.casualties))
  )
    current.woundedAhead = true;
}

/**
 * One of the wounded died (`died` of them), and the first telling counted them dead already: they
 * leave the wounded, and the dead stay as told. Says whether it was so (and takes them off).
 */
export function diedCountedAhead(hit: Building, died: number): boolean {
  if (!hit.deadAhead || hit.deadAhead < died) return false;
  hit.deadAhead -= died;
  if (typeof hit.wounded === 'number' && !hit.woundedAhead)
    hit.wounded = hit.wounded > died ? hit.wounded - died : null;
  return true;
}

/**
 * "wounding two farmers, one of whom later died": the clause that opens the event counts the wounded
 * who died since among its dead already, and out of its wounded — a later "the nephew died of his
 * wounds" tells one of them again (`diedCountedAhead`).
 */
export function aheadByDiedSince(told: Casualties): Pick<Building, 'deadAhead' | 'woundedAhead'> {
  return told.diedSince ? { deadAhead: told.diedSince, woundedAhead: true } : {};
}
