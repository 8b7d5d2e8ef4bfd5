// A place told by what it holds ("Balad hosts U.S. contractors"): a description, not an event.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "Balad hosts U.S. contractors who maintain Iraq's fleet of F-16 fighter jets", "The base is home to
 * about 2,500 troops", "وتستضيف القاعدة مستشارين أميركيين": a sentence whose subject, a few words
 * at its head, is a place and whose verb says what it holds, in the present, describes the place
 * for the reader; the jets, troops or rockets it names are no blow (a clause with its own dead or
 * wounded is read as usual). Only at the head of the clause: "the village, which is home to 5,000
 * people, was shelled" tells the shelling.
 */
const HOLDS = new RegExp(
  `^(?:[\\p{L}\\p{N}'’]+ ){1,4}(?:hosts|is home to|has (?:long )?hosted)(?!${L})|^(?:${anyOf(['تستضيف', 'وتستضيف', 'يستضيف', 'ويستضيف'])})(?!${L})`,
  'u',
);

/** Words ahead of the verb that make it a relative clause or a clause of its own, not the subject. */
const NOT_SUBJECT = /(?<![\p{L}])(?:which|that|who|where|when|after|as|while)(?![\p{L}])/u;

/** The clause (in matching form) describes a place by what it holds. */
export function describesPlace(matchText: string): boolean {
  const m = HOLDS.exec(matchText.trim());
  return !!m && !NOT_SUBJECT.test(m[0]);
}

/**
 * "…مدينة البوكمال التي تشهد بدورها معارك بين القوات السورية وعناصر التنظيم", "القرى التي تشهد
 * اشتباكات": a relative clause saying what a place goes through these days, in the present, describes
 * the place; the fighting it names is no event of the clause (not "عمليات القتل التي يشهدها المخيم",
 * where the killings are told before it). Up to the next comma or the clause's end.
 */
const WITNESSES = new RegExp(
  `(?<!${L})(?:${anyOf(['التي', 'الذي'])}) (?:${anyOf(['تشهد', 'يشهد'])})(?!${L})[^،,]*`,
  'u',
);

/** The clause (in matching form) without what a place it names is said to go through. */
export const withoutWitnessed = (matchText: string): string => matchText.replace(WITNESSES, ' ');
