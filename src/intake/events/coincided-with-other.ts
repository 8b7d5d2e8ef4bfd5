// "وتزامنت الغارات مع تقدم لقوات النظام …، حيث قُتل 12 عنصراً": the toll told where the event just
// told is set beside another event is that other event's, not the first one's told again.
import { L, anyOf } from '../reading/word-pattern.js';

/** The event just told, by its definite name, as the subject of "coincided with". */
const TOLD_COINCIDED = new RegExp(
  `^["«“]?\\s*(?:${anyOf(['وتزامنت', 'تزامنت', 'وتزامن', 'تزامن', 'وترافقت', 'ترافقت', 'وترافق', 'ترافق'])})\\s+(?:${anyOf(['الغارة', 'الغارات', 'الضربات', 'الضربة', 'القصف', 'الهجوم', 'الهجمات', 'التفجير', 'التفجيرات', 'الانفجار', 'الاشتباكات', 'المعارك'])})(?:\\s+\\p{L}+){0,2}?\\s+${anyOf(['مع'])}(?!${L})`,
  'u',
);

/**
 * Whether a clause (its match view) opens on the event just told, by its definite name, coinciding
 * with something else: "وتزامنت الغارات مع تقدم لقوات النظام". (Arabic only: an English "coincided
 * with" clause names the other event's place, and is drafted apart already.) Where the event told already had its toll, a count this clause
 * gives is of what it coincided with — another event — not more of the first one's dead.
 */
export const coincidedWithOther = (matchText: string): boolean => TOLD_COINCIDED.test(matchText);
