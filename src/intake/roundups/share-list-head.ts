// "14 civilians were killed in Douma, nine in Kafr Batna, six in Harasta…": the first item of a list of
// shares, told with the verb the shares after it go without.
import type { Casualties } from '../casualties/casualties.js';
import { shareOfList } from './list-shares.js';

const NO_ONE: Casualties = { killed: null, wounded: null, attackersKilled: null };

/**
 * The clause counts the dead (or the wounded) at a town, and the next clause of its sentence is a share
 * of the same list (list-shares.ts: a count and its town, after "and", "و" or "including"): the clause
 * is the list's first item, an event at its own town, never another source's figure for the event told
 * before it ("The Observatory said 14 civilians were killed in Douma, nine in …" after a lead of 38 in
 * the whole enclave is Douma's share of the 38, not the monitor's count of them all).
 */
export function headsShareList(own: Casualties, placed: boolean, next: string | undefined): boolean {
  if (!placed || next === undefined) return false;
  if ((own.killed === null) === (own.wounded === null)) return false;
  return shareOfList(next, own, NO_ONE) !== null;
}
