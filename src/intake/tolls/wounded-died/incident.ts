// The death of one already counted among the wounded (or the dead) of the event just told, as the
// incident takes it: one more dead, one fewer wounded, or nothing new.
import type { ClauseFacts } from '../../incidents/clause-facts.js';
import type { Count } from '../../reading/count.js';
import { diedCountedAhead } from '../dead-ahead.js';
import { reportedEarlier } from '../earlier-report.js';
import { raiseToll } from '../../incidents/incident-merge.js';
import { sameGovernorate } from '../../places/incident-places.js';
import type { Building } from '../../incidents/incident-types.js';
import { tellsEarlierToll } from '../preliminary-toll.js';
import { tellsRisenToll } from '../toll-update.js';
import { othersStillTreated } from '../still-treated.js';
import { L, anyOf as f } from '../../reading/word-pattern.js';
import { oneWoundedThenDead, toldOneDied } from './clause.js';
import { diedOfWounds, oneOfWoundedDied, rankOfDead, woundedLeftOfCounted } from './phrases.js';
import { risesFromEarlierByCause } from './rise-from.js';
import { raisedItTo } from './raised-it-to.js';
import { deathDenied, givesOwnCount } from './other-source-count.js';

/**
 * How many of the wounded of `hit` the clause tells dead since: "One of the wounded died later in
 * hospital" (diedOfWounds), or one of them told by name ("وأضاف أن أحمد فارق الحياة متأثراً
 * بجراحه") or by the noun the story gave him ("أن النجل فارق الحياة … متأثراً بجراحه"); null if none.
 */
function diedSince(facts: ClauseFacts, hit: Building): number | null {
  const clauseText = facts.matchText;
  const counts = facts.casualties.killed !== null || facts.casualties.wounded !== null;
  const woundedBefore = typeof hit.wounded === 'number';
  // (or, after an event of wounded only, one told wounded then dead: "أن السائق أصيب … قبل أن يفارق
  // الحياة متأثراً بجراحه")
  if (woundedBefore && hit.killed === null && oneWoundedThenDead(facts)) return 1;
  return (
    diedOfWounds(clauseText) ??
    (oneOfWoundedDied(clauseText, counts, woundedBefore) ||
    (woundedBefore && toldOneDied(clauseText, facts.casualties))
      ? 1
      : null)
  );
}

/**
 * "the toll rose as more bodies were recovered and as two of the wounded died", "ارتفعت الحصيلة
 * بعد وفاة اثنين من الجرحى" (no "إلى"/"to" figure): it explains how a count came to be. A rise to a
 * figure ("rose to 12 as …") is read by toll-update.ts.
 */
const RISE_WITH_CAUSE = new RegExp(
  `(?<!${L})(?:toll|number of (?:the )?(?:dead|killed))\\s+(?:has\\s+|had\\s+)?(?:rose|risen|climbed|increased)\\s+(?:as|after|because|when)(?!${L})|(?<!${L})(?:${f(['ارتفعت', 'وارتفعت', 'ارتفع', 'وارتفع'])})\\s+(?:${f(['الحصيلة', 'حصيلة', 'عدد'])})(?:\\s+[^\\s،,.]+){0,3}?\\s+(?:${f(['بعد', 'إثر', 'جراء'])})(?!${L})`,
  'u',
);

/**
 * The clause (in matching form) tells a toll risen by its cause alone, right after the sentence
 * that gave the earlier toll ("Earlier reports had put the death toll at four."): the count told
 * before that is the risen one. (Without the earlier toll just told, "killing three. The toll rose
 * after two of the wounded died" may tell a rise past the count told, and is left to the rules of
 * the dead of wounds.) So is a death told with no word of a rise, where the toll `hit` has is ahead
 * of that earlier one (`earlierKilled`): "Six were killed", "Police had initially reported three
 * dead.", then "one of the wounded died of his injuries on Monday" — one of the six.
 */
function riseExplained(
  matchText: string,
  sentenceBefore: string,
  hit: Building,
  earlierKilled: Count | null,
): boolean {
  if (!tellsEarlierToll(sentenceBefore) && !reportedEarlier(sentenceBefore)) return false;
  const ahead =
    typeof earlierKilled === 'number' && typeof hit.killed === 'number' && earlierKilled < hit.killed;
  return ahead || RISE_WITH_CAUSE.test(matchText);
}

/**
 * An event told with wounded and no dead, then "one of the wounded later died" ("وتوفي أحد الجرحى
 * لاحقاً"): those who died are its killed, and leave its wounded (a wounded man who died later is
 * counted once, among the killed). Says whether it did; not where the event has dead already (they
 * are added to those) or fewer wounded than died.
 */
function firstDeadOfWounded(hit: Building, died: number): boolean {
  if (hit.killed !== null || typeof hit.wounded !== 'number' || died > hit.wounded) return false;
  hit.killed = died;
  hit.wounded = hit.wounded > died ? hit.wounded - died : null;
  return true;
}

/**
 * The clause tells the death of some of the wounded of `hit`, the event just told, and `hit` takes
 * it: "Earlier reports had put the toll at four." then "the toll rose as two of the wounded died"
 * (the count told before holds them, as it does where it is ahead of the earlier one the source gave,
 * `earlierKilled`); where it had only wounded, its first dead; where the first
 * telling counted them dead already ("اغتال … القيادي ونجله" then "وإصابة نجله" and "أن النجل فارق
 * الحياة"), they only leave the wounded (dead-ahead.ts); else one more dead each, unless a risen toll
 * told of them already (`toldRisen`: "اثنين من المصابين فارقا الحياة" tells those dead again).
 * Says whether the clause was so taken (and is done with). Not a clause that tells a risen toll: its
 * figure is read as such. `sentence` is the clause's whole sentence, in matching form. Not one told wounded in another governorate than `hit`'s.
 */
export function takesDeathOfWounded(
  hit: Building | undefined,
  facts: ClauseFacts,
  sentenceBefore: string,
  sentence: string,
  toldRisen: (b: Building) => boolean,
  earlierKilled: Count | null,
): boolean {
  if (!hit) return false;
  // ("A protester wounded in Nasiriyah last week died of his injuries" after shootings in Diyala: one
  // wounded in another governorate was not among these wounded)
  if (facts.place?.governorate && hit.place?.governorate && !sameGovernorate(hit.place, facts.place))
    return false;
  const died = diedSince(facts, hit);
  if (died === null) return false;
  const clauseText = facts.matchText;
  if (riseExplained(clauseText, sentenceBefore, hit, earlierKilled)) return true;
  // ("killing seven", then "the toll rose from an initial four as three of the 15 wounded died": the
  // seven hold the three, and 12 are left wounded)
  if (risesFromEarlierByCause(clauseText)) {
    hit.wounded ??= woundedLeftOfCounted(clauseText);
    return true;
  }
  if (tellsRisenToll(clauseText)) return false;
  // ("first put the toll at nine, but five of the wounded died, raising it to 14" after a lead of 14
  // dead: the 14 hold the five, raised-it-to.ts)
  const raisedTo = raisedItTo(clauseText);
  if (raisedTo !== null && typeof hit.killed === 'number' && raisedTo <= hit.killed) return true;
  if (firstDeadOfWounded(hit, died)) return true;
  if (typeof hit.killed !== 'number') return false;
  // ("قُتل شاب وأصيب شقيقه", then "فارق الأكبر الحياة متأثراً بإصابته، فيما يخضع الآخر للعلاج": the
  // rest still in care, told after "فيما" in the same sentence, are all the wounded counted, so the one
  // who died is the dead told already)
  const inCare = othersStillTreated(sentence);
  if (inCare !== null && typeof hit.wounded === 'number' && hit.wounded - died < inCare) return true;
  // ("killing three", then "A third, wounded in the attack, died in hospital": one of the three)
  const rank = rankOfDead(clauseText);
  if (rank !== null && rank <= hit.killed) {
    // (and the others the clause tells wounded: "…, and a fourth passenger was being treated for burns")
    hit.wounded ??= facts.casualties.wounded;
    return true;
  }
  if (diedCountedAhead(hit, died)) return true;
  // ("put the death toll at eight, saying two of the wounded died": another source's count, the first
  // source's wounded stand; so they do where another source denies the death: other-source-count.ts)
  if (!toldRisen(hit))
    raiseToll(
      hit,
      { killed: hit.killed + died, wounded: null, attackersKilled: null },
      !givesOwnCount(clauseText) && !deathDenied(sentence),
    );
  // ("One of the 11 people wounded died overnight" after a toll of the dead alone: ten wounded)
  hit.wounded ??= woundedLeftOfCounted(clauseText);
  return true;
}
