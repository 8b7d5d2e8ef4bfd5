// The attack told before, repelled: those who fought it off are its defenders, not its doers.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "Federal police and local volunteers repelled the assault, killing three of the attackers", "قوات
 * الجيش تصدت للهجوم وقتلت اثنين من المهاجمين": the attack just told, named again as what the
 * defenders fought off — more of that event, whose doer stays the one it was told with.
 */
const REPELLED = new RegExp(
  `(?<!${L})(?:repelled|repulsed|fought off|beat back|foiled|thwarted) the (?:attack|assault|raid|ambush|attackers|infiltration)(?!${L})|(?<!${L})(?:${anyOf(['تصدوا', 'تصدت', 'تصدى', 'صدوا', 'صدت', 'أحبطوا', 'أحبطت'])})\\s+(?:${anyOf(['للهجوم', 'الهجوم', 'للتعرض', 'للمهاجمين', 'لمحاولة التسلل', 'محاولة التسلل'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells the attack just told as repelled. */
export const repelsTheAttack = (matchText: string): boolean => REPELLED.test(matchText);
