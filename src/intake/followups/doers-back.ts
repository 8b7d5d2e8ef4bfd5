// A clause whose subject is the doers told just before: more of their event, not another.
import { L, anyOf } from '../reading/word-pattern.js';

/** The doers of an attack by their definite name, as a clause's subject. */
const DOERS_EN = '(?:attackers?|gunm[ae]n|assailants?|bombers?|killers?|perpetrators)';
const DOERS_AR = anyOf([
  'المسلحون',
  'المسلحين',
  'المسلح',
  'المهاجمون',
  'المهاجمين',
  'المهاجم',
  'الجناة',
  'القتلة',
  'المنفذون',
]);

/**
 * "The attackers stormed the house of the mukhtar…", "واقتحم المسلحون منزل المختار…": the ones who did
 * the event just told, named by the definite article at the head of the clause (before or just after
 * its verb), tell more of that event — where it happened, whom it hit — not another one ("هجوم آخر",
 * "another attack" are read by their own rule).
 */
const DOERS_BACK = new RegExp(`^\\W*(?:the ${DOERS_EN}|(?:\\S+\\s+)?و?(?:${DOERS_AR}))(?!${L})`, 'u');

/** The clause (in matching form) opens with the doers told before as its subject. */
export const doersBack = (matchText: string): boolean => DOERS_BACK.test(matchText);
