// One of the munitions just told, and the victims it hit: a part of the event's toll.
import { L } from '../reading/word-pattern.js';

/**
 * "ألقت المروحيات ثمانية براميل على المدينة، استهدف أحدها منزلاً… ما أدى إلى مقتل أم وطفليها",
 * "one of the shells hit a house, killing two": the pronoun of a thing ("أحدها", "إحداها": one of
 * them, not of people, "أحدهم") or "one of the shells" points back at the blows of the event just
 * told; whom it hit are some of that event's victims (read only in a clause that names no event of
 * its own: "أطلقوا أربع قذائف سقطت إحداها قرب مدرسة" tells the event whole).
 */
const ONE_OF_BLOWS = new RegExp(
  `(?<!${L})(?:احدها|احداها)(?!${L})|(?<!${L})one of the (?:shells|rockets|missiles|barrels|barrel bombs|bombs|strikes)(?!${L})`,
  'u',
);

/** The clause (in matching form) tells what one of the blows just told hit. */
export const oneOfTheBlows = (matchText: string): boolean => ONE_OF_BLOWS.test(matchText);
