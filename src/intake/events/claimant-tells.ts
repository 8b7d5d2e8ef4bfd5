// "Officials denied claims by the Islamic State (ISIS) that its fighters killed 20 …", then "ISIS said
// in a statement that … killed 20": the claim denied, told again in its claimant's own words.
import { escapeRegExp } from '../reading/word-pattern.js';

/**
 * "denied claims by the Islamic State (ISIS)", "dismissed reports from the group": the claimant of
 * the claim denied, its name (up to four words) and the short name in brackets after it, if any.
 */
const DENIED_CLAIM_BY =
  /(?<![\p{L}])(?:denied|denies|dismissed|rejected)\s+(?:(?:a|the|media|earlier)\s+)?(?:claims?|reports?)\s+(?:by|from)\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)(?:\s+\(([\p{L}-]+)\))?(?=\s+(?:that|of)(?![\p{L}]))/u;

/** A claimant telling, at the opening of the sentence: "<name> said", "<name> claimed in a statement". */
const TELLS = '(?:said|says|claimed|claims|announced|stated|reported)(?![\\p{L}])';

/**
 * The sentence (matching form) opens with the claimant the sentence before (matching form) told
 * denied telling its claim ("ISIS said in a statement…", "The Islamic State claimed…"): the denied
 * claim again, no event of its own. Not another teller ("A spokesman said two were wounded": the
 * denier's own account).
 */
export function claimantTellsDenied(before: string, text: string): boolean {
  const m = DENIED_CLAIM_BY.exec(before);
  if (!m) return false;
  const names = [m[1], m[2]].filter((n): n is string => !!n);
  return names.some((name) =>
    new RegExp(`^["«“]?\\s*(?:the\\s+)?${escapeRegExp(name)}\\s+${TELLS}`, 'u').test(text),
  );
}
