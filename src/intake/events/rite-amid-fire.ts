// A funeral, vigil or prayer held "amid the sound of artillery": the fire heard is the backdrop of the
// gathering, not an event the article tells.
import { AR_PREFIX } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { tellsFuneral } from './funeral.js';

/** A gathering that is no blow: a funeral (funeral.ts), a vigil, prayers, a mourning tent. */
const GATHERING = new RegExp(
  `(?<!${L})${AR_PREFIX}(?:${anyOf(['وقفة', 'وقفة احتجاجية', 'صلاة', 'صلوات', 'مجلس عزاء', 'مراسم', 'عزاء'])})(?!${L})|(?<!${L})(?:vigils?|prayers|mourning|ceremon(?:y|ies))(?!${L})`,
  'u',
);

/**
 * "Funerals were held on Wednesday amid the sound of artillery", "amid the roar of shelling",
 * "شُيّعت الجثامين على وقع أصوات القصف", "وسط دوي المدافع": the fire only heard while the gathering
 * went on.
 */
const AMID_SOUND = new RegExp(
  `(?<!${L})(?:amid|to)\\s+(?:the\\s+)?(?:(?:sounds?|roar|thunder|boom|din|rumble|echo(?:es)?)\\s+of\\s+)(?:[\\p{L}-]+\\s+){0,2}?(?:artillery|shelling|shells|gunfire|guns|explosions|bombardment|air\\s*strikes|warplanes|drones)(?!${L})` +
    `|(?<!${L})(?:${anyOf(['على وقع', 'وسط', 'على أصوات', 'تحت أصوات'])})\\s+(?:(?:${anyOf(['أصوات', 'صوت', 'دوي', 'هدير', 'أزيز'])})\\s+)?(?:${anyOf(['القصف', 'المدافع', 'المدفعية', 'الانفجارات', 'الرصاص', 'الطائرات', 'الطيران', 'القذائف'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells a gathering held while fire was heard. */
export function tellsRiteAmidFire(matchText: string): boolean {
  // (the sound first: it is rarely told, and finding a funeral takes several patterns)
  return AMID_SOUND.test(matchText) && (tellsFuneral(matchText) || GATHERING.test(matchText));
}
