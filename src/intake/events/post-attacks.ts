// An armed group's attack on a post or checkpoint: a battle, whatever weapons the telling names later.
import type { IncidentEvent } from '../../content/schema.js';
import { matchView } from '../reading/view.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "بهجوم شنه عناصر من التنظيم على نقطة عسكرية", "هاجموا حاجزا", "militants attacked an army post",
 * "stormed a checkpoint": an assault on a position held by armed men.
 */
const ON_POST = new RegExp(
  `(?<!${L})(?:${f(['هجوم', 'بهجوم', 'هجوما', 'هاجم', 'هاجمت', 'هاجموا', 'شنه', 'شنوه'])})(?!${L})[^،,.]{0,60}?(?<!${L})(?:${f(['على'])})\\s+(?:${f(['نقطة', 'حاجز', 'موقع', 'مواقع', 'مقر', 'ثكنة', 'دورية', 'مخفر', 'نقاط'])})(?!${L})|(?<!${L})(?:attacked|stormed|raided|overran|assaulted)\\s+(?:an?|the|their|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:post|outpost|checkpoint|position|positions|base|barracks|patrol)(?!${L})`,
  'u',
);
/** The opening clause itself names a bomb, a strike or fire from afar: the kind it names stands. */
const REMOTE = new RegExp(
  `(?<!${L})(?:${f(['عبوة', 'مفخخة', 'انتحاري', 'انتحارية', 'قصف', 'غارة', 'مسيرة', 'صاروخ', 'صواريخ', 'قذيفة', 'قذائف', 'هاون', 'لغم', 'انفجار', 'تفجير'])})(?!${L})|(?<!${L})(?:bomb|bombs|bomber|bombing|explosive|explosives|suicide|airstrike|strike|drone|rocket|rockets|mortar|mortars|shelling|shell|shells|mine|blast|explosion)(?!${L})`,
  'u',
);

/**
 * ACLED codes an armed group's assault on a post or checkpoint as a battle. Where the clause that
 * told the event names such an assault and no bomb or fire from afar, weapons told later (an RPG,
 * a car bomb that opened the assault) do not make it a remote-violence event.
 */
export function assaultOnPost(source: string, event: IncidentEvent): IncidentEvent {
  if (event.type !== 'explosions_remote_violence' || event.subType === 'air_drone_strike') return event;
  const text = matchView(source).text;
  return ON_POST.test(text) && !REMOTE.test(text) ? { type: 'battles', subType: 'armed_clash' } : event;
}
