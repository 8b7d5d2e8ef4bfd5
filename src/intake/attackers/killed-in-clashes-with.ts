// "أن 18 مسلحاً من التنظيم قتلوا باشتباكات مع قوات الجيش …، مبيناً أن جنديين قتلا": armed men told
// killed in clashes with a force are one side of a fight between two forces, not attackers of a blow
// whose victims stand apart — the fight's toll counts both sides' dead.
import { L, anyOf } from '../reading/word-pattern.js';
import { FIGHT_NOUNS_AR, IN_FIGHT_PREPOSITIONS_AR } from './fight-nouns.js';

/** "قتلوا", "لقوا مصرعهم": the dead's own verb, told before the fight they fell in. */
const DIED = `(?:${anyOf(['قتلوا', 'قتلا', 'قتل', 'سقطوا'])}|${anyOf(['لقوا', 'لقيا'])}\\s+${anyOf(['مصرعهم', 'مصرعهما', 'حتفهم'])})`;

/** The fight, with the side it was fought with: "باشتباكات مع", "في معارك مع", "خلال المواجهات مع". */
const KILLED_IN_CLASHES_WITH = new RegExp(
  `(?<!${L})${DIED}\\s+(?:(?:${anyOf(IN_FIGHT_PREPOSITIONS_AR)})\\s+|[بف])?(?:ال)?${anyOf(FIGHT_NOUNS_AR)}\\s+${anyOf(['مع'])}(?!${L})`,
  'u',
);

/** The clause that opened the event (matching form) told its dead killed in clashes with a force. */
export const killedInClashesWith = (opened: string): boolean => KILLED_IN_CLASHES_WITH.test(opened);
