// A dual told apart from its plural by its vowel: "قياديَّين" (two leaders), not "قياديِّين".
import { foldArabic } from '../../text/normalize.js';
import { SOUND_PLURAL } from '../casualties/casualty-words.js';

const FATHA = '\u064E';
/**
 * A word ending in ين with a fatha (beside a shadda or not) on the letter before the ي: the oblique
 * dual, vowelled by writers just where the plural is spelt the same without vowels ("مقتل قياديَّين",
 * "كانا مسؤولَين"). Groups: the letters before the vowel, the marks, the ن with any sukun.
 */
const FATHA_BEFORE_YN =
  /([\u0621-\u064A]{3,})([\u064E\u0651]*\u064E\u0651?)\u064A(\u0652?\u0646)(?![\p{L}\p{M}])/gu;

/**
 * The same dual before a pronoun, its ن dropped: "ومرافقَيه" (his two escorts), "عنصرَيها", where
 * "مرافقيه" unvowelled is his escorts, many. Groups: the letters, the marks, the pronoun.
 */
const FATHA_BEFORE_Y_PRONOUN =
  /([\u0621-\u064A]{3,})([\u064E\u0651]*\u064E\u0651?)\u064A(\u0647(?:\u0645\u0627|\u0645|\u0627)?)(?![\p{L}\p{M}])/gu;

/** The word (with any conjunction, preposition or article glued before it) ends in such a person noun. */
function personNoun(letters: string): boolean {
  const folded = foldArabic(letters);
  return [...SOUND_PLURAL].some((stem) => folded.endsWith(stem));
}

/**
 * The text with the ي of such a dual of a person noun (one whose sound plural also ends in ين)
 * written ا (before its ن or its pronoun), so that matching reads the dual ("قياديان") the vowel was there to show. Same length,
 * so offsets into the text still point into the article.
 */
export function withVowelledDuals(text: string): string {
  if (!text.includes(FATHA)) return text;
  const dual = (whole: string, letters: string, marks: string, end: string): string =>
    personNoun(letters) ? `${letters}${marks}\u0627${end}` : whole;
  return text.replace(FATHA_BEFORE_YN, dual).replace(FATHA_BEFORE_Y_PRONOUN, dual);
}
