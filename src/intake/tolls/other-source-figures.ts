// Another source's figures of the event just told, announced as such: what it counts is that event.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { sameRange } from '../dates/event-period.js';
import { sameGovernorate } from '../places/incident-places.js';
import type { ResolvedPlace } from '../../places/types.js';
import { withinGap } from '../incidents/incident-followups.js';
import type { Building } from '../incidents/incident-types.js';
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';
import { DEFINITE_EVENTS_AR, DEFINITE_EVENTS_EN } from '../incidents/clause-links.js';
import { deadAreAttackers } from './casualties-conflict.js';
import { asDeadOfEvent } from '../casualties/neutralised.js';
import { toldOfSeparateDeeds } from './separate-deeds.js';

/**
 * "The health directorate gave a lower figure of four dead", "the ministry put the toll higher, at
 * 11", "وأوردت مديرية الصحة حصيلة أقل": a figure weighed against one told already is a count of
 * the same dead, not of other ones.
 */
export const WEIGHED_EN =
  '(?:(?:a|an) (?:lower|higher|smaller|larger|different|conflicting) (?:figure|toll|death toll|tally|count|number|estimate)|(?:put|puts|putting|gave|gives) the (?:death )?toll (?:lower|higher))';
const WEIGHED = new RegExp(
  `(?<!${L})${WEIGHED_EN}(?!${L})|(?<!${L})(?:${anyOf(['حصيلة', 'رقما', 'رقماً', 'عددا', 'عدداً'])}) (?:${anyOf(['أقل', 'أدنى', 'أعلى', 'أكبر', 'مختلفة', 'مختلفا', 'مختلفاً', 'مغايرة'])})(?!${L})`,
  'u',
);

/**
 * "The SDF gave a different account.", "the rebels offered a conflicting version", "وقدّمت قسد رواية
 * مغايرة", "في رواية مختلفة": the teller's words that follow are another side's account of the event
 * just told — not a second event, whatever toll they give.
 */
const OTHER_ACCOUNT = new RegExp(
  `(?<!${L})(?:different|differing|conflicting|contradictory|contrasting|competing|opposing|rival)\\s+(?:account|version|narrative|story)(?!${L})|(?<!${L})(?:${anyOf(['رواية', 'روايه'])})\\s+(?:${anyOf(['مختلفة', 'مغايرة', 'مناقضة', 'مخالفة', 'أخرى', 'مضادة'])})(?!${L})`,
  'u',
);

/**
 * "في المقابل، نقلت وسائل إعلام رسمية عن مصدر…", "On the other hand, state media quoted a source…": a
 * sentence that opens by setting a source against the one before is that side's account of the
 * event just told (so is it where the side claims: "في المقابل، زعمت سانا…", "state media claimed").
 */
const SET_AGAINST = new RegExp(
  `${CLAUSE_HEAD}(?:(?:${anyOf(['في المقابل', 'وفي المقابل', 'بالمقابل', 'وبالمقابل'])})|(?:in contrast|on the other hand))[,،]?\\s+(?:${anyOf(['نقلت', 'نقل', 'قالت', 'قال', 'أفادت', 'أفاد', 'ذكرت', 'ذكر', 'زعمت', 'زعم', 'ادعت', 'ادعى'])}|[^.;]{0,60}?(?:said|quoted|reported|put|claimed))(?!${L})`,
  'u',
);

/**
 * "A spokesman confirmed the attack but said only three had died", "أكدت الوزارة وقوع الهجوم",
 * "واعترف الفصيل في بيان بالهجوم": the source owns to the event just told, by its definite name (its
 * own name and a few words between in Arabic), before giving its own figures.
 */
const CONFIRMS_EVENT = new RegExp(
  `(?<!${L})(?:confirmed|acknowledged|admitted|conceded)\\s+the\\s+(?:${DEFINITE_EVENTS_EN})(?!${L})|(?<!${L})و?(?:${anyOf(['أكد', 'أكدت', 'اعترف', 'اعترفت', 'أقر', 'أقرت'])})\\s+(?:[^\\s،,.]+\\s+){0,5}?(?:${anyOf(['وقوع', 'بوقوع'])}\\s+|ب)?(?:${anyOf(DEFINITE_EVENTS_AR)})(?!${L})`,
  'u',
);

/**
 * "Air defences intercepted most of the missiles", "تصدت وسائط دفاعنا الجوي للصواريخ": a strike told by
 * the side it hit, as what its air defences did against it.
 */
const DEFENCES_AR = `(?:(?:${anyOf(['وسائط', 'منظومات'])})\\s+)?(?:${anyOf(['دفاعنا', 'دفاعاتنا', 'الدفاع', 'الدفاعات'])})\\s+(?:${anyOf(['الجوي', 'الجوية'])})`;
const STOPPED_AR = `و?(?:${anyOf(['تصدت', 'اعترضت', 'أسقطت'])})`;
const AIR_DEFENCES = new RegExp(
  `(?<!${L})air[- ]?defen[cs]es?\\s+(?:(?:systems?|units?|had|have)\\s+)*(?:intercepted|shot\\s+down|downed|confronted|repelled|countered|thwarted)(?!${L})|(?<!${L})(?:${STOPPED_AR}\\s+${DEFENCES_AR}|${DEFENCES_AR}\\s+${STOPPED_AR})(?!${L})`,
  'u',
);

/**
 * Whether the clause may tell the event just told (a sentence or two before) again: it tells
 * casualties, names no other day and no other governorate (the source's own name may carry the
 * event's: "Dhi Qar's health directorate"; a governorate may place an event told only in its
 * country: "strikes in western Syria", then "…killed in the strikes near Masyaf") and tells no event
 * of its own (another, similar, a total).
 */
function mayRetellLast(last: Building | undefined, facts: ClauseFacts, sentenceIndex: number): boolean {
  if (!last || !withinGap(last, sentenceIndex)) return false;
  if (facts.casualties.killed === null && facts.casualties.wounded === null) return false;
  if (facts.separate || facts.another || facts.similar || facts.aggregate) return false;
  // (nor one that counts the dead of deeds told as several apart: separate-deeds.ts)
  if (toldOfSeparateDeeds(facts.matchText)) return false;
  if (facts.eventDate && !(last.date && sameRange(facts.eventDate.date, last.date))) return false;
  if (!facts.place?.governorate || sameGovernorate(last.place, facts.place)) return true;
  return !!last.place && !last.place.governorate && last.place.country === facts.place.country;
}

/** The clause weighs its toll against the one of the event just told, which told a toll. */
export function otherFigureOfTold(
  last: Building | undefined,
  facts: ClauseFacts,
  sentenceIndex: number,
): boolean {
  if (!mayRetellLast(last, facts, sentenceIndex)) return false;
  if (last!.killed === null && last!.wounded === null) return false;
  return WEIGHED.test(facts.matchText);
}

/**
 * The clause tells casualties in the account the words before it announced as another side's
 * (`before`: the sentence before and this sentence up to the clause, in matching form): "…gave a
 * different account. It said … two civilians were killed" after the ministry's one dead; or opens
 * on a source set against the one before ("في المقابل، نقلت … عن مصدر … إن ثلاثة … ارتقوا").
 */
export function toldInOtherAccount(
  last: Building | undefined,
  facts: ClauseFacts,
  before: string,
  sentenceIndex: number,
): boolean {
  if (!mayRetellLast(last, facts, sentenceIndex)) return false;
  if (OTHER_ACCOUNT.test(before)) return true;
  // (or the clause announces it itself before its figures: "gave a different account, saying three … were killed")
  if (OTHER_ACCOUNT.test(facts.matchText)) return true;
  // (a side set against the one before may tell a blow of its own: "بالمقابل، قالت سانا إن ٣ مواطنين
  // أصيبوا بقذائف…" after six soldiers killed; only figures of a kind the event has are its own)
  const { killed, wounded } = facts.casualties;
  const sameKind = (killed !== null && last!.killed !== null) || (wounded !== null && last!.wounded !== null);
  return sameKind && SET_AGAINST.test(facts.matchText);
}

/**
 * "في المقابل، زعمت سانا أن وحدات الجيش تصدت للهجوم وقتلت أكثر من 30 إرهابياً", "On the other hand,
 * state media claimed the army killed 30 terrorists": a side set against the one before that counts
 * only the enemy it says it killed gives its count of the dead of the fight just told (which told
 * dead) — not attackers beside its victims, nor a fight of its own.
 */
export function enemyDeadInOtherAccount(
  last: Building | undefined,
  facts: ClauseFacts,
  sentenceIndex: number,
): boolean {
  const { killed, wounded, attackersKilled } = facts.casualties;
  if (killed !== null || wounded !== null || attackersKilled === null) return false;
  if (!mayRetellLast(last, { ...facts, casualties: asDeadOfEvent(facts.casualties) }, sentenceIndex))
    return false;
  // (the enemy it claims at a spot of their own are of an operation of its own: "قضت على 30 إرهابياً في
  // المزارع المحيطة بمدينة X" after shelling on the town of Y)
  const spot = (p: ResolvedPlace | null | undefined): string | null =>
    p?.locality?.en ?? p?.locality?.ar ?? null;
  if (spot(facts.place) !== null && spot(facts.place) !== spot(last!.place)) return false;
  return last!.killed !== null && SET_AGAINST.test(facts.matchText);
}

/**
 * A source's casualties of the event just told, named by its definite name: the dead "killed in the
 * strikes" (the Observatory's four, after state media's one soldier), or owned to by the source
 * ("confirmed the attack but said only four had died"), or the strike told as what the air defences
 * of the side it hit did (state media's wounded after a monitor's dead): that event in that source's
 * figures, not a second one at a second spot.
 */
export function sourceTellsEventTold(
  last: Building | undefined,
  facts: ClauseFacts,
  sentenceIndex: number,
): boolean {
  // (a toll told risen, others hit, or the attackers' dead add to the event: incident-followups.ts,
  // casualties-conflict.ts, doers-dead.ts)
  if (!facts.sourced || facts.risenTo || facts.additional || deadAreAttackers(facts)) return false;
  if (!mayRetellLast(last, facts, sentenceIndex)) return false;
  if (facts.refersBack || CONFIRMS_EVENT.test(facts.matchText)) return true;
  return last!.event?.type === 'explosions_remote_violence' && AIR_DEFENCES.test(facts.matchText);
}
