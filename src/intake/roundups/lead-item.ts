// A lead's total whose incident took in the first item it sums: the item's own toll is the incident's.
import type { Building, Toll } from '../incidents/incident-types.js';
import { sameCount, sumCounts } from '../reading/count.js';
import { findTotals, type Summable } from './lead-totals.js';

type Item = Summable &
  Pick<Building, 'deadAreAttackers' | 'attackersKilled'> & {
    date: Building['date'];
    otherToll?: Building['otherToll'];
  };

/**
 * "Two bombs exploded in southern Baghdad, killing at least 12", then "The first, in a market,
 * killed seven and wounded 23" and "a second bomb … killed five more"; "At least 27 civilians were
 * killed in strikes on Monday and Tuesday", then "On Monday strikes killed 19" and "A day later,
 * eight more": the lead told no event of its own, so the first item, told with no new day or place,
 * went into the lead's incident, whose total kept the item's figures out as a conflicting count.
 * Where the lead, as a total (lead-totals.ts), sums that item with items told after it, the
 * incident is the first item: its toll is the item's. Only a sum that gives the lead's dead exactly,
 * of items none of which is of a day before the lead's (an earlier event told "also" is background,
 * whatever its dead add up to with the item: "the toll has risen to 13" over the 11 first killed and
 * two killed the day before); a lead told of raids over two days, whose item counts the militants
 * killed and then a soldier, is no sum of its soldier and another event's dead. The lead may have
 * taken in more than the first item ("64 militants killed in two days", then "on Friday troops
 * killed 40" and "on Saturday they repelled an attack, killing 24"; where the lead's dead are
 * militants, so are the items', dead-counted-as.ts): those count among its parts too. So does
 * an item told after it of those days, by its militants ("on Saturday troops killed 24 attackers,
 * while an officer and three fighters were killed": 24 of the lead's dead, not four).
 * `summable`: the incidents as lead-totals.ts reads them, in the order told.
 */
export function tollOfItemTakenIn<T extends Item>(summable: readonly T[], chrome: number): Map<T, Toll> {
  const tolls = new Map<T, Toll>();
  summable.forEach((incident, i) => {
    const taken = incident.otherToll;
    if (!taken || taken.own.killed === null) return;
    const lead = {
      ...incident,
      ...taken.own,
      sentences: incident.sentences.filter((s) => s < taken.sentence),
    };
    const item = { ...incident, ...taken.told, sentences: [taken.sentence] };
    // (the items after it the lead took in too, told before the incidents that came of the rest:
    // each the first of a sentence after the item's; a clause of the item's own sentence, "the driver
    // was killed, and one of the two wounded died later", tells the item again)
    const later = taken.later
      .filter(({ sentence }, k, all) => sentence > taken.sentence && all[k - 1]?.sentence !== sentence)
      .map(({ sentence, ...told }) => ({ ...incident, ...told, sentences: [sentence] }));
    const after = summable.slice(i + 1).map((p) => (incident.deadAreAttackers ? militantsOf(p) : p));
    const parts = findTotals([lead, item, ...later, ...after], chrome).get(lead);
    if (!parts?.includes(item)) return;
    const dead = sumCounts(parts.map((p) => p.killed ?? 0));
    const earlier = (p: Item): boolean => !!taken.day && !!p.date && p.date.from < taken.day;
    if (!sameCount(dead, taken.own.killed) || parts.some(earlier)) return;
    // (where the parts sum the lead's wounded too, an item that told none has none: the lead's went
    // to the items after it, "four killed and five wounded", then a sniper's one dead and the wounded
    // of the items below; else the lead's wounded, told of the event, stay)
    const wounded = sumCounts(parts.map((p) => p.wounded ?? 0));
    const woundedSummed = taken.own.wounded !== null && sameCount(wounded, taken.own.wounded);
    tolls.set(incident, {
      killed: taken.told.killed,
      wounded: taken.told.wounded ?? (woundedSummed ? null : incident.wounded),
    });
  });
  return tolls;
}

/** An item counted by the militants it killed: its dead where they are the militants, else its attackers killed. */
function militantsOf<T extends Item>(item: T): T {
  return { ...item, killed: item.deadAreAttackers ? item.killed : item.attackersKilled };
}
