// A clause whose subject is the doers told just before: more of their event, not another.
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';

/** "المهاجمين": the attackers, a name only those of an attack told have ("من المهاجمين"). */
const ATTACKERS_AR = anyOf(['المهاجمين', 'المهاجمون', 'الجناة']);

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
 * "another attack" are read by their own rule). In Arabic too the doers met "with" anywhere in the
 * clause, its other side ("واشتبكت القوات مع المسلحين لساعات"): those told, fought. (Written before
 * against `^\W*`, which skipped any Arabic words, the rule took the doers anywhere, even counted
 * among the dead of a fight the clause tells itself, "بين مسلحين وقوة مشتركة … مقتل ستة من المسلحين";
 * of that reach only the other side "with" them is kept on purpose, and the attackers counted among
 * ("وقتلوا اثنين من المهاجمين"), a name that, unlike "the gunmen", only the doers of an attack bear.)
 */
const DOERS_BACK = new RegExp(
  `${CLAUSE_HEAD}(?:the ${DOERS_EN}|(?:\\S+\\s+)?و?(?:${DOERS_AR}))(?!${L})|(?<!${L})${anyOf(['مع'])}\\s+(?:${DOERS_AR})(?!${L})`,
  'u',
);
const ATTACKERS_COUNTED_AMONG = new RegExp(`(?<!${L})${anyOf(['من'])}\\s+${ATTACKERS_AR}(?!${L})`, 'u');
/** "صدت القوات هجوماً …": a clause that tells an attack of its own, whose attackers are its own. */
const OWN_ATTACK = new RegExp(`(?<!${L})[وبل]?(?:ال)?(?:${anyOf(['هجوم', 'هجوما', 'هجمات'])})(?!${L})`, 'u');

/**
 * The clause (in matching form) opens with the doers told before as its subject, or meets them
 * (its attackers counted among, unless it tells an attack of its own: "• صدت قوات البيشمركة هجوماً …
 * ما أسفر عن مقتل عنصر و٦ من المهاجمين" is the next item of a roundup).
 */
export const doersBack = (matchText: string): boolean =>
  DOERS_BACK.test(matchText) || (ATTACKERS_COUNTED_AMONG.test(matchText) && !OWN_ATTACK.test(matchText));
