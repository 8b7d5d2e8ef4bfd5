// "…were killed in the fighting, the monitor said, revising an earlier toll of 58 dead": the
// earlier toll a source replaced, told after its new count — its "dead" is no second killing of the
// clause, which tells one killing all the same (sides-tallied.ts reads a clause of one).
/**
 * "revising an earlier toll of 58 dead", "up from a previous toll of 40 killed", "an initial toll
 * of 12 deaths" (matching form): the earlier toll, its casualty word the last of it.
 */
const EARLIER_TOLL =
  /(?<![\p{L}])(?:earlier|previous|initial|preliminary)\s+(?:death\s+)?toll\s+of\s+(?:[\p{L}\d-]+\s+){1,3}?(?:dead|killed|deaths)(?![\p{L}])/du;

/** The casualty cue at `cueAt` ends an earlier toll told aside (EARLIER_TOLL). */
export function earlierTollCue(clause: string, cueAt: number): boolean {
  const m = EARLIER_TOLL.exec(clause);
  return m !== null && cueAt >= m.index && cueAt < m.index + m[0].length;
}
