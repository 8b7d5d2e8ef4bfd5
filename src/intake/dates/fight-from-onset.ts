// "سيطرت القوات أمس الأحد على البلدة بعد معارك عنيفة", then "وقال المصدر إن المعارك التي اندلعت ليلة
// الجمعة على السبت أسفرت عن مقتل…": the fight the event was told after, named back by its definite noun
// and a relative telling when it broke out or was fought — the same fight, run from that onset to the
// day the event had (the town taken at its end), not another event on the earlier day.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { daysBetween } from './calendar.js';
import { sameGovernorate } from '../places/incident-places.js';

/** "المعارك التي اندلعت", "الاشتباكات التي دارت", "المعركة التي بدأت" (matching form). */
const FIGHT_NAMED_WITH_ONSET = new RegExp(
  `(?<!${L})(?:${anyOf(['المعارك', 'الاشتباكات', 'المواجهات', 'المعركة'])})\\s+(?:${anyOf(['التي'])})\\s+(?:${anyOf(['اندلعت', 'دارت', 'بدأت', 'انطلقت', 'جرت'])})(?!${L})`,
  'u',
);

/** How many days before the event's day its fight may have broken out. */
const MAX_ONSET_DAYS = 3;

/**
 * The span of the fight (from the day the clause tells it began to the last day the event had), where
 * the event is a fight (battles), the clause names the fight back with its onset and no governorate
 * but the event's, and that onset falls a few days before the event's day (never after it); else null.
 */
export function fightFromOnset(current: Building, facts: ClauseFacts): Building['date'] {
  if (facts.separate || facts.another || !facts.eventDate || !current.date) return null;
  // (the event a fight: battles, whatever ground changed hands at its end)
  if (current.event.type !== 'battles' || !FIGHT_NAMED_WITH_ONSET.test(facts.matchText)) return null;
  // (a fight told in another governorate is another fight: "وامتدت المواجهات التي اندلعت في البصرة
  // يوم الثلاثاء إلى مدن الجنوب" after clashes in al-Kut)
  if (facts.place?.governorate && !sameGovernorate(facts.place, current.place)) return null;
  const told = facts.eventDate.date;
  const had = current.date;
  const before = daysBetween(told.from, had.from);
  if (before < 1 || before > MAX_ONSET_DAYS || told.to > had.to) return null;
  return { ...had, from: told.from, to: had.to, precision: 'approximate' };
}
