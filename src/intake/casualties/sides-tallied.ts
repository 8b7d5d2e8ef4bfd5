// "38 jihadist and rebel fighters and 16 government troops were killed": a monitor's tally of both
// sides' dead, the armed men first, one passive — a fight's toll though no fight word is in the clause.
// Either count may be hedged ("and at least seven soldiers"), the forces told as "members of the
// regime forces" or with their allies ("soldiers and allied militiamen"): the same tally.
import type { Numbers, Span2 } from '../reading/count.js';
import { FORCE_NAMED_AFTER } from './force-named-after.js';
import { sidesSinceOnset } from '../roundups/sides-since-onset.js';
import { HEDGE_EN, SIDE_ASIDE_EN } from './side-told-on-en.js';
import { tallyOpenedByWith } from './with-tally.js';

/**
 * The passive's auxiliary right before the cue ("were killed"), or none (group 2 unset): a tally
 * opened by "with" ("with 31 soldiers and 24 rebels killed", with-tally.ts), checked once its first
 * count is found.
 */
const BE_OR_WITH = String.raw`(\s+(?:were|have been|had been))?\s+$`;

/** The forces' count told as members of them ("12 members of the regime forces"). */
const MEMBERS_OF = String.raw`(?:members|personnel|elements)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?`;

/** A second noun of men on the forces' side joined to them ("soldiers and allied militiamen"). */
const ALLIES = String.raw`(?:\s+and\s+(?:[\p{L}-]+\s+){0,4}?(?:militiamen|militias|fighters|members|loyalists))?`;

/**
 * The end of the subject of the clause's one passive killing, ending at its cue (matching form):
 * armed men (their noun at the match), then "and" and a second count (group 1) of men under arms
 * ("soldiers", "government troops", "regime forces", "policemen", or the fighters of a named force
 * the armed men fought, "43 IS jihadists and 11 YPG fighters") right before "were killed".
 */
const ARMED_THEN_FORCES = new RegExp(
  String.raw`(?<![\p{L}])(?:fighters|militants|insurgents|jihadists|rebels|gunmen)\s+and\s+${HEDGE_EN}([\p{L}\d-]+)\s+(?:${MEMBERS_OF}|(?:[\p{L}-]+\s+){0,2}?)(?:soldiers|troops|forces|policemen|militiamen|servicemen|fighters)${ALLIES}${FORCE_NAMED_AFTER}${BE_OR_WITH}`,
  'du',
);

/**
 * Fighters told of the government's side by their adjective ("70 pro-government fighters"): the
 * forces' men, as "soldiers" are.
 */
const LOYALISTS = String.raw`(?:pro[\s-]government|pro[\s-]regime|loyalist)\s+fighters`;

/**
 * The same tally with the forces first (group 1 the armed men's count): "11 soldiers and
 * pro-government militiamen and six rebels were killed" — the forces' noun, maybe a second noun of
 * men on their side joined to it ("and allied militiamen", "and members of pro-government
 * militias"), then "and", the armed men's count and their noun, named by up to three words before it
 * ("around 30 Islamic State group jihadists").
 */
const FORCES_THEN_ARMED = new RegExp(
  String.raw`(?<![\p{L}])(?:soldiers|troops|forces|policemen|militiamen|servicemen|${LOYALISTS})${ALLIES}${SIDE_ASIDE_EN}\s+and\s+${HEDGE_EN}([\p{L}\d-]+)\s+(?:[\p{L}-]+\s+){0,3}?(?:fighters|militants|insurgents|jihadists|rebels|gunmen)${SIDE_ASIDE_EN}${BE_OR_WITH}`,
  'du',
);

/** A forces-first tally that names the forces' allies too: two "and"s ("soldiers and allied militiamen and nine insurgents"). */
const ALLIES_NAMED = /\sand\s[\s\S]*\sand\s/u;

/** How many words may stand between the armed men's count and their noun ("38 jihadist and rebel fighters"). */
const ARMED_REACH = 3;

/**
 * "in the first hours of the attack", "since the start of the offensive" (matching form): the attack
 * named as the time something else happened in — the battle it opened, no blow whose dead these are.
 */
const ATTACK_AS_TIME =
  /(?<![\p{L}])(?:hours|days|start|beginning|outset)\s+of\s+the\s+(?:[\p{L}-]+\s+)?(?:attack|assault|offensive)(?![\p{L}])/gu;

/**
 * An attack or a blow told in the clause ("when the gunmen attacked", "a suicide bomber and five
 * soldiers"): the dead of one side's blow, whose attackers stay apart, not a tally of a fight.
 */
const BLOW =
  /(?<![\p{L}])(?:attack|assault|ambush|raid|bomb|suicide|explosi|blast|strike|shell|mortar|rocket|drone)/u;

/**
 * The armed men's count of a tally of both sides told as one passive's subject, whose second count
 * the clause's dead are (`killed`): their dead too, the fight's toll; null where the clause is no
 * such tally.
 */
export function armedTallied(
  clause: string,
  cueAt: number,
  numbers: Numbers,
  killed: Span2,
  readAsAttackers = false,
): Span2 | null {
  // (the first count the tally's other side, whichever side was told first; armed men read as
  // attackers are a tally's only where the forces' allies are named too, a monitor's telling —
  // "three policemen and two gunmen were killed" may be an attack's)
  const forcesFirst = FORCES_THEN_ARMED.exec(clause.slice(0, cueAt));
  // (a monitor's tally that names the forces' allies, "14 soldiers and pro-government militiamen
  // and 11 rebels had been killed", counts a battle's sides though the clause names the attack as a
  // time, "posts they lost in the first hours of the attack" — not "when the gunmen attacked")
  const alliesTally = forcesFirst !== null && ALLIES_NAMED.test(forcesFirst[0]);
  if (BLOW.test(alliesTally ? clause.replace(ATTACK_AS_TIME, ' ') : clause)) return null;
  // (or the tally counted since the fight told began: "three soldiers and 11 militants had been
  // killed since the fighting began", sides-since-onset.ts)
  const m = readAsAttackers
    ? forcesFirst && (alliesTally || sidesSinceOnset(clause))
      ? forcesFirst
      : null
    : (ARMED_THEN_FORCES.exec(clause.slice(0, cueAt)) ?? forcesFirst);
  const forces = m?.indices?.[1] && numbers.get(m.indices[1][0]);
  if (!m || !forces || forces.value.low !== killed.low || forces.value.high !== killed.high) return null;
  // the armed men's count: the last number before their noun, a few words before it
  const at = Math.max(-1, ...[...numbers.keys()].filter((start) => start < m.index));
  const armed = numbers.get(at);
  if (!armed) return null;
  if (m.indices?.[2] === undefined && !tallyOpenedByWith(clause, at)) return null;
  const between = clause.slice(armed.end, m.index).trim();
  return between === '' || between.split(/\s+/u).length <= ARMED_REACH ? armed.value : null;
}
