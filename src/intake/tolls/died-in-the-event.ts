// The event just told, named again by "the" as what the dead died in.
import { L, anyOf } from '../reading/word-pattern.js';

/** The victims' verb: killed, died, wounded. */
const EN_FATE = '(?:killed|died|dead|wounded|injured|hurt)';
const EN_EVENT =
  '(?:attacks?|blasts?|explosions?|bombings?|bombs?|strikes?|air ?strikes?|shelling|raid|ambush|twin (?:blasts|bombings|attacks))';
const AR_FATE = anyOf(['قتلوا', 'قتل', 'قتلا', 'قتلتا', 'لقوا حتفهم', 'استشهدوا', 'أصيبوا', 'أصيب', 'جرحوا']);
// (the dual too: "the two blasts" of an event told as twin bombs)
const AR_EVENT = anyOf([
  'الهجوم',
  'الهجومين',
  'القصف',
  'الغارة',
  'الغارتين',
  'الغارات',
  'الانفجار',
  'الانفجارين',
  'التفجير',
  'التفجيرين',
  'الانفجارات',
  'التفجيرات',
  'العبوة',
  'العبوتين',
]);

/**
 * "eight pilgrims were killed in the two blasts", "ثمانية زوار قتلوا في الانفجارين", "قتلوا جراء
 * الهجوم": the dead counted as those of the event by its definite name, the one the article told —
 * not a blow of their own, which copy names with "a"/"an" or a place.
 */
const DIED_IN_THE = new RegExp(
  `(?<!${L})${EN_FATE} (?:in|by) the ${EN_EVENT}(?!${L})|(?<!${L})(?:${AR_FATE})\\s+(?:(?:${anyOf(['في', 'جراء', 'إثر', 'بسبب'])})\\s+|${anyOf(['ب'])})(?:${AR_EVENT})(?!${L})`,
  'u',
);

/** The clause (in matching form) counts its dead or wounded as those of the event told, by its definite name. */
export function diedInTheEvent(matchText: string): boolean {
  return DIED_IN_THE.test(matchText);
}
