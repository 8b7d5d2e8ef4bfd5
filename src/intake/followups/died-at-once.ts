// Dead told as having died at once: those of the toll just told who did not live to hospital.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "two fighters died at the scene", "three were killed instantly", "قتل اثنان على الفور", "فارق
 * ثلاثة الحياة في الحال": how some of the dead died, said of the toll just told (the others died
 * later, or were wounded); no event of its own. Read only in a clause that names no event: one that
 * does ("a bomb killed two people on the spot in X") is an event told whole.
 */
const DIED_AT_ONCE = new RegExp(
  `(?<!${L})(?:(?:died|killed|dead) (?:at the scene|on the spot|instantly|immediately|outright)|${anyOf(['على الفور', 'في الحال', 'فورا', 'فوراً', 'في مكان الحادث', 'في موقع الحادث'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells dead who died at once. */
export const diedAtOnce = (matchText: string): boolean => DIED_AT_ONCE.test(matchText);
