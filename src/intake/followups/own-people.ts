// "Two of its fighters were wounded", "وأصيب اثنان من عناصره": the men of a side already told.
import { L, anyOf } from '../reading/word-pattern.js';

/** Men of a side, as a side counts its own. */
const MEN_EN =
  'fighters|members|soldiers|troops|men|personnel|guards|comrades|officers|policemen|militiamen|gunmen|recruits';
/** The same with the pronoun of "his", "her", "their" glued on: "عناصره", "مقاتليها", "جنودهم". */
const MEN_AR = ['عناصر', 'مقاتلي', 'جنود', 'أفراد', 'منتسبي', 'حراس', 'مسلحي', 'رفاق'].flatMap((noun) =>
  ['ه', 'ها', 'هم'].map((pronoun) => `${noun}${pronoun}`),
);

/**
 * Men counted by a possessive that points back ("two of its fighters", "their soldiers", "اثنان من
 * عناصره", "أحد مقاتليها"): the side it points at was told before, so whoever the clause counts was hit
 * on that side of the event told, not in an event of their own.
 */
const OWN_PEOPLE = new RegExp(
  `(?<!${L})(?:its|their) (?:own )?(?:${MEN_EN})(?!${L})|(?<!${L})(?:${anyOf(MEN_AR)})(?!${L})`,
  'u',
);

/** The clause (in matching form) counts men by a possessive that points back at a side told before. */
export const ownPeopleOfTold = (matchText: string): boolean => OWN_PEOPLE.test(matchText);
