// "فيما استشهد ثلاثة من مقاتلي الوحدات", "فيما قتل خمسة من عناصر الفصائل": dead counted as some of a
// group's fighters — a side of the fight, though the actor tables may not know the group by its name.
import { L, anyOf } from '../reading/word-pattern.js';
import { normalizeForMatch } from '../../text/normalize.js';

/**
 * The fighters' nouns in the construct a partitive "من" takes before the group's name ("مقاتلي",
 * "عناصر", "مسلحي"); not "أفراد", which counts a family's members as well as a force's.
 */
const FIGHTERS_OF = ['مقاتلي', 'عناصر', 'مسلحي'];

/** "N من مقاتلي X", "N من عناصر X": fighters of a named side, counted. */
export const FIGHTERS_OF_SIDE = new RegExp(
  `(?<!${L})${normalizeForMatch('من')}\\s+(?:${anyOf(FIGHTERS_OF)})\\s+${L}`,
  'u',
);
