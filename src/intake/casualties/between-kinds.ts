// "N شخصاً بين مدنيين وعسكريين قتلوا": who the counted were, told between the count and its verb.
import { normalizeForMatch } from '../../text/normalize.js';
import { CUES } from '../events/event-cues.js';

const BETWEEN = normalizeForMatch('بين');

/** A word that tells a fate ("قتيل", "جرحى"): "بين قتيل وجريح" splits the count by fate, not by kind. */
const FATE = new RegExp(`^(?:${CUES.killedNoun.source}|${CUES.woundedNoun.source})$`, 'u');

/**
 * The words between a count's noun and its passive verb (matching forms), without a "between" that
 * tells what kinds of people the counted were ("450 شخصاً بين مدنيين وعسكريين قتلوا", "20 بين نساء
 * وأطفال أصيبوا"): a noun, "و" and a noun right after the count, none a fate. Those kinds are the
 * counted themselves, as "من المدنيين والعسكريين" would be, so the verb still counts them (the reader
 * of a count before its verb allows only a few words between). Not "بين قتيل وجريح", an unsplit toll.
 */
export function withoutBetweenKinds(words: readonly string[]): string[] {
  const at = words.indexOf(BETWEEN);
  if (at < 0 || at > 1) return [...words];
  const [first, second] = [words[at + 1], words[at + 2]];
  if (!first || !second || !second.startsWith('و') || second.length < 3) return [...words];
  if (FATE.test(first) || FATE.test(second.slice(1))) return [...words];
  return [...words.slice(0, at), ...words.slice(at + 3)];
}
