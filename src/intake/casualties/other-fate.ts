// "ثلاثة مسلحين قتلوا واعتقل خمسة آخرون": the count after a verb of another fate is not the dead's.
import type { Token } from '../reading/tokens.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * A verb joined by "و" or "ف" that tells a fate other than death or wounds: caught, captured,
 * abducted, fled, escaped, surrendered ("واعتقل", "وأسر", "وفر", "ونجا").
 */
const OTHER_FATE = new RegExp(
  `^[وف](?:${anyOf(['اعتقل', 'اعتقلت', 'أسر', 'أسرت', 'اختطف', 'خطف', 'فر', 'هرب', 'لاذ', 'نجا', 'استسلم'])})$`,
  'u',
);

/**
 * The word at `at` opens a clause of its own on those who met another fate ("قتلوا واعتقل خمسة
 * آخرون", "قتل اثنان وفر ثلاثة"): the search for the killing verb's count after it stops there, for
 * the count past it is of the caught or the fled, never of the dead (they are counted before the verb).
 */
export function otherFateAt(tokens: readonly Token[], at: number): boolean {
  return OTHER_FATE.test(tokens[at]?.word ?? '');
}

/** The same fate told by its noun: "واعتقال", "واختطاف", "وفرار". */
const OTHER_FATE_NOUN = new RegExp(
  `^[وف](?:${anyOf(['اعتقال', 'اختطاف', 'خطف', 'أسر', 'فرار', 'هروب', 'نجاة', 'استسلام'])})$`,
  'u',
);

/**
 * The word at `at` tells another fate, by its verb or its noun ("مقتل شقيقين واعتقال والدهما"): the
 * kin named past it met that fate, and are not joined to the dead.
 */
export function otherFateOrNounAt(tokens: readonly Token[], at: number): boolean {
  return otherFateAt(tokens, at) || OTHER_FATE_NOUN.test(tokens[at]?.word ?? '');
}

/**
 * "two were killed and a third detained", "three others were arrested": the others a clause counts
 * met another fate than death or wounds (caught, fled) and are no more victims than the ones told.
 * `after`: the text right after the word for others (matching form).
 */
export function othersOfOtherFate(after: string): boolean {
  return FATE_AFTER.test(after);
}
const FATE_AFTER = new RegExp(
  `^\\s+(?:(?:was|were|had\\s+been|have\\s+been|has\\s+been)\\s+)?(?:detained|arrested|captured|abducted|kidnapped|escaped|fled|taken\\s+prisoner)(?!${L})`,
  'u',
);
