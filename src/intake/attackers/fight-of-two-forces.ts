// "أعلنت القيادة تحرير الناحية بعد معارك بدأت فجر الخميس", "صدت القوات هجوماً واسعاً … في اشتباكات
// استمرت حتى الفجر": a fight between two forces — a place taken after battles, a large attack fought
// off in clashes — whose toll counts both sides' dead, told in clauses of their own (the enemy the side
// killed, then its own martyred), not an attack on a post whose attackers' dead stay apart.
import { L, anyOf } from '../reading/word-pattern.js';
import { FIGHT_NOUNS_AR } from './fight-nouns.js';

/** A fight noun, indefinite or named back: "معارك", "بعد اشتباكات", "في المواجهات". */
const FIGHT_NOUN = `[وفبل]?(?:ال)?${anyOf(FIGHT_NOUNS_AR)}`;

/**
 * A place changing hands: "تحرير ناحية", "سيطرت على البلدة", "استعادة المدينة", "حررت القوات"
 * (matching form), the taking told as a verb or its noun.
 */
const TAKEN = anyOf([
  'تحرير',
  'حررت',
  'حرر',
  'حرروا',
  'سيطرت',
  'سيطر',
  'سيطروا',
  'استعادة',
  'استعادت',
  'استعاد',
  'استعادوا',
  'السيطرة',
]);

/** The taking and, a few words on, the battles it came after: "تحرير الناحية … بعد معارك". */
const TAKEN_AFTER_FIGHT = new RegExp(
  `(?<!${L})[و]?${TAKEN}(?!${L})[^.]*?(?<!${L})${anyOf(['بعد', 'إثر', 'عقب'])}\\s+${FIGHT_NOUN}(?!${L})`,
  'u',
);

/** An attack fought off, told large: "صدت هجوماً واسعاً", "تصدى لهجوم كبير". */
const LARGE_ATTACK_REPELLED = new RegExp(
  `(?<!${L})[وف]?${anyOf(['صدت', 'صد', 'صدوا', 'تصدت', 'تصدى', 'تصدوا', 'أحبطت', 'أحبط'])}\\s+(?:[^\\s.]+\\s+){0,10}?${anyOf(['هجوما', 'هجوم', 'لهجوم'])}\\s+${anyOf(['واسعا', 'واسع', 'كبيرا', 'كبير', 'عنيفا', 'عنيف'])}(?!${L})`,
  'u',
);
/** The clashes it was fought off in, lasting: "في اشتباكات استمرت", "بعد معارك دامت". */
const CLASHES_LASTED = new RegExp(
  `(?<!${L})${FIGHT_NOUN}\\s+(?:${L}+\\s+){0,2}?${anyOf(['استمرت', 'دامت', 'امتدت'])}(?!${L})`,
  'u',
);

/**
 * The clause that opened the event (matching form) tells a fight between two forces: a place taken
 * after battles, or a large attack fought off in clashes that lasted. Its dead of both sides, the
 * enemy kept apart by the clause that counted them, are its toll.
 */
export function fightOfTwoForces(opened: string): boolean {
  return (
    TAKEN_AFTER_FIGHT.test(opened) || (LARGE_ATTACK_REPELLED.test(opened) && CLASHES_LASTED.test(opened))
  );
}
