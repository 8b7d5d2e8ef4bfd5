// "قتل ستة في بلدة X، وثلاثة في بلدة Y": the items of a list that share the verb of its first one.
import type { Casualties } from '../casualties/casualties.js';
import { findNumbers } from '../reading/numbers.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** What may stand between a share's count and its place: "others", "of them". */
const BETWEEN = `(?:\\s+(?:${anyOf(['آخرون', 'آخرين', 'منهم'])})|\\s+others|\\s+more)?`;
/** What "ب" may stand before as the place a share fell in ("بريف دمشق"; not "بينهم"). */
const PLACE_NOUNS = ['ريف', 'مدينة', 'بلدة', 'قرية', 'منطقة', 'حي', 'محافظة'];
/** The place a share fell in: "في بلدة X", "بريف دمشق", "in Idlib". */
const AT_PLACE = new RegExp(
  `^${BETWEEN}\\s+(?:(?:${anyOf(['في'])}|in|at)(?!${L})|ب(?:${anyOf(PLACE_NOUNS)})(?!${L}))`,
  'u',
);
/**
 * "و" or "and" before a share: the next item of the list; "including" before the first of shares that
 * add up to the count told before it (sentences.ts splits there only then: shares-break.ts).
 */
const AND = new RegExp(`^[^\\p{L}\\p{N}]*(?:و|and\\s+|including\\s+)?\\s*$`, 'u');

/**
 * "توزع الشهداء المدنيون … على النحو الآتي: 22 في ريف دمشق", "the dead were distributed as follows:
 * 22 in …": a toll shared out item by item after its colon; each item is its share of the dead.
 */
const SHARED_AS_FOLLOWS = new RegExp(
  `(?<!${L})(?:و?(?:${anyOf(['توزع', 'توزعت', 'توزعوا'])})(?!${L})[^.:]*(?:${anyOf(['على النحو الآتي', 'على النحو التالي', 'كالآتي', 'كالتالي', 'كما يلي'])})|(?:distributed|broken down|shared out) as follows)\\s*:\\s*$`,
  'u',
);

const NO_ONE: Casualties = { killed: null, wounded: null, attackersKilled: null };

/**
 * The count and place a clause opens with as one more item of a list whose verb an earlier item
 * gave: "، وثلاثة في معضمية الشام" after "كما قتل ستة في بلدة الحراك", ", five in Idlib" after "12
 * were killed in Homs" (the verb is told once, its count and place for each item); or the first item
 * after "توزع القتلى على النحو الآتي:". `before`: the casualties the clause before in the sentence
 * counted; a share counts the one side it counted (killed, or wounded), never both. Null where the
 * clause counts anything of its own, or opens with no count and place.
 */
export function shareOfList(clause: string, before: Casualties | null, own: Casualties): Casualties | null {
  if (own.killed !== null || own.wounded !== null || own.attackersKilled !== null) return null;
  const view = matchView(clause);
  const first = findNumbers(view)[0];
  if (!first || first.approximate || !AT_PLACE.test(view.text.slice(first.end))) return null;
  const opening = view.text.slice(0, first.start);
  if (SHARED_AS_FOLLOWS.test(opening)) return { ...NO_ONE, killed: first.value };
  if (!AND.test(opening) || !before) return null;
  if (before.killed !== null && before.wounded === null) return { ...NO_ONE, killed: first.value };
  if (before.wounded !== null && before.killed === null) return { ...NO_ONE, wounded: first.value };
  return null;
}
