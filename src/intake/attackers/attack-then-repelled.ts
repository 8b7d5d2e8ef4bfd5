// "شنّ المسلحون هجوماً على قريتين، تصدّى له مقاتلو المجلس العسكري": the attack told first, its
// repelling after it by a verb that points back at it ("تصدى له", "تصدت لها") — the same fight
// FOUGHT_OFF reads when the repelling comes first ("تصدت الفصائل لهجوم"), told the other way round.
import { L, anyOf } from '../reading/word-pattern.js';

/** The attack nouns, indefinite or definite ("هجوماً", "الهجوم"), a repelling verb may point back at. */
const ATTACK_NOUNS = ['هجوم', 'هجوما', 'الهجوم', 'هجمات', 'الهجمات', 'محاولة', 'محاولات'] as const;

/** The repelling verbs, with the pronoun of the thing repelled: "تصدى له", "تصدت لها", "وتصدوا له". */
const REPELLED_IT = `[و]?(?:${anyOf(['تصدى', 'تصدت', 'تصدوا'])})\\s+(?:${anyOf(['له', 'لها', 'لهم'])})`;

/**
 * The attack noun, then within a few words (place and weapon told between, a comma allowed) the
 * repelling verb pointing back at it (matching form).
 */
const ATTACK_THEN_REPELLED = new RegExp(
  `(?<!${L})(?:${anyOf(ATTACK_NOUNS)})(?!${L})\\s+(?:[^\\s.]+\\s+){0,10}?${REPELLED_IT}(?!${L})`,
  'u',
);

/** The clause (matching form) tells an attack and, after it, its repelling: a fight, as FOUGHT_OFF reads. */
export const attackThenRepelled = (matchText: string): boolean => ATTACK_THEN_REPELLED.test(matchText);
