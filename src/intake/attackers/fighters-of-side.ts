// "فيما استشهد ثلاثة من مقاتلي الوحدات", "فيما قتل خمسة من عناصر الفصائل": dead counted as some of a
// group's fighters — a side of the fight, though the actor tables may not know the group by its name.
// So are they counted by the fighters' noun first, the group after "من" ("فيما لقي ستة عناصر من
// القوات النظامية مصرعهم", "و4 مقاتلين من الكتائب"): the same side, told the other way round.
import { L, anyOf } from '../reading/word-pattern.js';
import { normalizeForMatch } from '../../text/normalize.js';

/**
 * The fighters' nouns in the construct a partitive "من" takes before the group's name ("مقاتلي",
 * "عناصر", "مسلحي"); not "أفراد", which counts a family's members as well as a force's.
 */
export const FIGHTERS_OF = ['مقاتلي', 'عناصر', 'مسلحي'];

/**
 * The fighters' nouns a count takes before "من" and the group ("ستة عناصر", "11 عنصراً", "تسعة مقاتلين"),
 * or that count two by their dual ("مقاتلان من الوحدات").
 */
const COUNTED_FIGHTERS = [
  'عناصر',
  'عنصرا',
  'مقاتلين',
  'مقاتلا',
  'مسلحين',
  'مسلحا',
  'عنصران',
  'مقاتلان',
  'مسلحان',
];

/** "اثنان", "اثنين": the two a dual may be told with again ("مقاتلان اثنان من الفصائل"). */
const TWO = `(?:${anyOf(['اثنان', 'اثنين'])}\\s+)?`;

/** "N من مقاتلي X", "N من عناصر X", "N عناصر من X": fighters of a named side, counted. */
export const FIGHTERS_OF_SIDE = new RegExp(
  `(?<!${L})${normalizeForMatch('من')}\\s+(?:${anyOf(FIGHTERS_OF)})\\s+${L}|(?<!${L})(?:${anyOf(COUNTED_FIGHTERS)})\\s+${TWO}${normalizeForMatch('من')}\\s+${L}`,
  'u',
);
