// "Another shepherd, his uncle, was wounded": the kin between commas names the one counted again,
// no second person.
import { KIN } from '../casualties/casualty-words.js';

/**
 * "another shepherd, his uncle, was", "a second man, her brother, was" (matching form, from the
 * count to its verb): one person, then who they were to someone, then a singular "was".
 */
const ONE_THEN_KIN =
  /^(?:a|an|another|one)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s*,\s*(?:his|her|their)\s+([\p{L}-]+)\s*,\s*was\s*$/u;

/** The subject (text from its count up to its verb) is one person told again by kin in apposition. */
export function oneToldByKin(subject: string): boolean {
  const m = ONE_THEN_KIN.exec(subject);
  return !!m && KIN.test(m[1] ?? '');
}
