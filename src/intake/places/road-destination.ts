// A place told only as where a road leads: the road's end, not where the event on it happened.
import { normalizeForMatch } from '../../text/normalize.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { SUBJECT_BACK } from '../incidents/clause-links.js';
import type { Building } from '../incidents/incident-types.js';
import { anyOf, escapeRegExp } from '../reading/word-pattern.js';

/**
 * "the road to", "the main highway leading to", "الطريق المؤدي إلى", "الطريق الرئيس المؤدي إلى" (the
 * main one), right before the place's name; the Arabic in matching form, as the clause is matched.
 */
const ROAD_TO = new RegExp(
  `(?:(?:road|highway)\\s+(?:leading\\s+)?to(?:\\s+the)?(?:\\s+(?:city|town|village)\\s+of)?|(?:${anyOf(['الطريق', 'طريق'])})\\s+(?:(?:${anyOf(['الرئيس', 'الرئيسي', 'الدولي', 'السريع', 'العام'])})\\s+)?(?:(?:${anyOf(['المؤدي', 'الواصل', 'الموصل'])})\\s+)?(?:${anyOf(['إلى', 'نحو'])})(?:\\s+(?:${anyOf(['مدينة', 'بلدة', 'قرية'])}))?)\\s+$`,
  'u',
);

/**
 * "Clashes … erupted overnight in the town of Tuz Khurmatu", then "The fighting broke out late Monday
 * after an argument at a checkpoint on the road to Kirkuk": the event just told, named back, whose
 * clause names a place of another governorate only as where a road leads — the spot is on the road
 * out of the event's town, not in the town the road reaches.
 */
export function sameEventOnRoad(current: Building, facts: ClauseFacts): boolean {
  if (!current.place?.governorate || !facts.place?.governorate) return false;
  if (!facts.refersBack && !SUBJECT_BACK.test(facts.matchText)) return false;
  return onRoadTo(facts);
}

/**
 * "اشتباكات في قضاء طوزخورماتو … استقبل المستشفى جثث خمسة قتلى", then "بدأت الاشتباكات بخلاف عند
 * نقطة تفتيش على الطريق الرئيس المؤدي إلى كركوك": a clause telling no casualties, right after an
 * event (a sentence before at most), that names a town of another governorate only as where a road
 * leads, tells a spot on the road out of that event's town: its place is that event's. Null where the
 * clause is no such telling.
 */
export function roadOutOfEventTown(
  last: Building | undefined,
  facts: ClauseFacts,
  sentence: number,
): ResolvedPlace | null {
  if (!last?.place?.governorate || !facts.place?.governorate) return null;
  if (last.place.governorate.en === facts.place.governorate.en) return null;
  if (sentence - (last.sentences[last.sentences.length - 1] ?? 0) > 1) return null;
  const told = facts.casualties;
  if (told.killed !== null || told.wounded !== null || told.attackersKilled !== null) return null;
  return onRoadTo(facts) ? last.place : null;
}

/** Whether the clause names its place only as where a road leads. */
function onRoadTo(facts: ClauseFacts): boolean {
  const name = new RegExp(escapeRegExp(normalizeForMatch(facts.place?.text ?? '')), 'u').exec(
    facts.matchText,
  );
  return !!name && ROAD_TO.test(facts.matchText.slice(Math.max(0, name.index - 60), name.index));
}
