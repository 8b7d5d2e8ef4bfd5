// "وأضاف أن النجل فارق الحياة بعد ساعات متأثراً بجراحه", "his son later died of his wounds": one of
// the wounded just counted, named again by the noun the story gave him, dead since.
import type { Casualties } from './casualties.js';
import { ATTACKERS, THE_OTHER_AR } from './casualty-words.js';
import { OWN_WOUNDS_AR } from './died-of-wounds.js';
import { normalizeForMatch } from '../text/normalize.js';
import { anyOf as f } from './word-pattern.js';

/** A few words between the death and its cause: "بعد ساعات في مستشفى الصدر", "hours later in hospital". */
const GAP_AR = '(?:[^\\s،,.]+\\s+){0,6}?';
const GAP_EN = '(?:[^\\s,.;]+\\s+){0,6}?';

/**
 * A definite person (ال…) who died of their own wounds, before or after the verb: "أن النجل فارق
 * الحياة … متأثراً بجراحه", "وتوفي الحارس متأثراً بجروحه". The definite noun is someone the story told
 * of already ("وإصابة نجله وحارسه"); an indefinite one ("وتوفي طفل متأثراً بجراحه") may be another.
 */
const DEFINITE_DIED_AR = new RegExp(
  `(?<![\\p{L}])(?:(?<before>${f(['ال'])}\\p{L}+)\\s+(?:${f(['فارق الحياة', 'فارقت الحياة', 'توفي', 'توفيت'])})|و?(?:${f(['توفي', 'توفيت', 'فارق', 'فارقت'])})\\s+(?<after>${f(['ال'])}\\p{L}+)(?:\\s+${f(['الحياة'])})?)\\s+${GAP_AR}(?:${f(OWN_WOUNDS_AR)})(?![\\p{L}])`,
  'u',
);

/** "the son died of his wounds", "his bodyguard later succumbed to his injuries": one person, named before. */
const DEFINITE_DIED_EN = new RegExp(
  `(?<![\\p{L}])(?:the|his|her|their)\\s+(?<noun>[\\p{L}-]+)\\s+${GAP_EN}(?:died (?:of|from)|succumbed to) (?:his|her) (?:wounds|injuries)(?![\\p{L}])`,
  'u',
);

/** Nouns that name no one of the victims: the other of a pair counted, an attacker, life itself. */
const NOT_THE_WOUNDED = new Set([...THE_OTHER_AR, ...ATTACKERS, 'other', normalizeForMatch('الحياة')]);

/**
 * Whether the clause (in matching form) tells one person told of before, by a definite noun, dead of
 * their wounds since, and counts no one else: one of the wounded just told, now among the dead.
 */
export function toldOneDied(matchText: string, casualties: Casualties): boolean {
  if (casualties.wounded !== null || casualties.attackersKilled !== null) return false;
  if (casualties.killed !== null && casualties.killed !== 1) return false;
  if (!/wounds|injuries|متاثر/u.test(matchText)) return false;
  const g = (DEFINITE_DIED_AR.exec(matchText) ?? DEFINITE_DIED_EN.exec(matchText))?.groups;
  const noun = g?.before ?? g?.after ?? g?.noun;
  return noun !== undefined && !NOT_THE_WOUNDED.has(noun);
}
