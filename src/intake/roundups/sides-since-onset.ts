// "Six policemen and at least 22 militiamen had been killed since the fighting began": a tally of
// both sides of the fight the article tells, counted from its own start — that fight's running toll,
// not a span's total (killed-since.ts, span-onset.ts and event-cues' "since the fighting began" read
// a bare "since" onset as one; since-own-onset.ts reads "since the operation began on Thursday").
import { ANY_WEEKDAY } from '../dates/date-patterns.js';
import { HEDGE_EN, SIDE_ASIDE_EN } from '../casualties/side-told-on-en.js';

/** Men under arms, of either side: "soldiers", "rebels", "HTS members", "pro-government fighters". */
const ARMED_MEN = String.raw`(?:soldiers|troops|policemen|police|militiamen|servicemen|guards|fighters|militants|insurgents|jihadists|rebels|members|gunmen)`;

/**
 * Two sides' counts joined by "and" (each noun maybe with a second of its own side, "13 soldiers
 * and Hezbollah fighters"), then the passive of killing, where the fight was, and "since" the fight,
 * offensive or assault began or was launched (matching form).
 */
const SIDES_SINCE_ONSET = new RegExp(
  String.raw`(?<![\p{L}])${ARMED_MEN}${SIDE_ASIDE_EN}\s+and\s+${HEDGE_EN}[\p{L}\d-]+\s+(?:[\p{L}-]+\s+){0,2}?${ARMED_MEN}(?:\s+and\s+(?:[\p{L}-]+\s+){0,2}?${ARMED_MEN})?${SIDE_ASIDE_EN}\s+(?:were|have\s+been|had\s+been)\s+killed\s+(?:in\s+(?:the\s+)?(?:fighting|clashes|battle|battles)(?:\s+for\s+(?:the\s+)?[\p{L}-]+)?\s+)?since\s+(?:(?:the|its|their)\s+(?:fighting|clashes|battle|offensive|assault|operation)\s+(?:began|started|erupted|broke\s+out|was\s+launched)|(?:[\p{L}-]+\s+){1,3}?launched\s+(?:the|its|their|an?)\s+(?:offensive|assault|operation|attack))(?<tail>[^.;,]*)`,
  'u',
);

/**
 * One count told of both sides ("at least 41 fighters from both sides", "30 combatants on both
 * sides"), then the passive of killing, where the fight was (up to a few words, an aside set off by
 * commas among them: "in the battles around the town, "), and "since" the fight began (matching
 * form): the same running toll of both sides, told as one figure.
 */
const BOTH_SIDES_SINCE_ONSET = new RegExp(
  String.raw`(?<![\p{L}])(?:fighters|combatants|people|men|members)\s+(?:from|on|of)\s+(?:both|the\s+two)\s+sides\s+(?:were|have\s+been|had\s+been)\s+killed\s+(?:(?:in|during)\s+(?:the\s+)?(?:fighting|clashes|battles?)(?![\p{L}])[^.;]{0,60}?\s+)?since\s+(?:(?:the|its|their)\s+(?:fighting|clashes|battle|offensive|assault|operation)\s+(?:began|started|erupted|broke\s+out|was\s+launched)|(?:[\p{L}-]+\s+){1,3}?launched\s+(?:the|its|their|an?)\s+(?:offensive|assault|operation|attack))(?<tail>[^.;,]*)`,
  'u',
);

/**
 * The fight as the subject, "since" its onset, then "has/had killed" a count of men under arms and,
 * after "and" or "as well as", another (matching form): "fighting since the militants launched their
 * assault at dawn on Monday had killed at least 14 fighters of the militia and nine members of
 * another, as well as at least 25 militants" — the same running toll of both sides, told by the
 * fight's verb (not "forces had killed 65 militants since the offensive began": one side's count).
 */
const FIGHT_SINCE_ONSET_KILLED = new RegExp(
  String.raw`(?<![\p{L}])(?:fighting|clashes|battles)\s+since\s+(?:(?:the|its|their)\s+(?:fighting|clashes|battle|offensive|assault|operation)\s+(?:began|started|erupted|broke\s+out|was\s+launched)|(?:[\p{L}-]+\s+){1,3}?launched\s+(?:the|its|their|an?)\s+(?:offensive|assault|operation|attack))(?<tail>[^.;,]*?)\s+(?:has|have|had)\s+killed\s+${HEDGE_EN}(?:\d[\d,]*|[\p{L}-]+)\s+(?:[\p{L}-]+\s+){0,3}?${ARMED_MEN}[^.;]{0,120}?(?:\sand\s|\sas\s+well\s+as\s)${HEDGE_EN}(?:\d[\d,]*|[\p{L}-]+)\s+(?:[\p{L}-]+\s+){0,3}?${ARMED_MEN}(?![\p{L}])`,
  'u',
);

/**
 * The start told after the onset: none, or a weekday ("…began Monday", "…launched their assault
 * Friday", "…began before dawn Tuesday", "…at dawn on Monday") — this week's fight; not a month or a
 * year back.
 */
const OWN_START = new RegExp(
  String.raw`^\s*(?:(?:(?:before|at)\s+dawn|late|early|on)\s+){0,2}${ANY_WEEKDAY.source}\s*$|^\s*$`,
  'u',
);

/** The clause (in matching form) tallies both sides of a fight since its own start this week. */
export function sidesSinceOnset(matchText: string): boolean {
  const m =
    SIDES_SINCE_ONSET.exec(matchText) ??
    BOTH_SIDES_SINCE_ONSET.exec(matchText) ??
    FIGHT_SINCE_ONSET_KILLED.exec(matchText);
  return m !== null && OWN_START.test(m.groups?.tail ?? '');
}
