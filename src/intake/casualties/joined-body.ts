// "سبعة من مقاتلي الحشد الشعبي والقوات الأمنية استشهدوا": the bodies the counted served in may be
// two, joined by "و", and the passive verb still counts them.

import { normalizeForMatch } from '../../text/normalize.js';
import { loyalToIt } from './joined-body-loyal.js';

/** A definite word joined by "و" ("والقوات"), and the definite words that describe it ("الأمنية"). */
const JOINED_DEFINITE_WORD = /^وال\p{L}+$/u;
const DEFINITE = /^ال\p{L}+$/u;

/**
 * "ومنتسبي", "وعناصر", "ومقاتلي", "وأبناء": the members of a second group joined by "و", the group
 * named after them ("ومنتسبي الشرطة المحلية") — a joined group as "والقوات الأمنية" is; so is a
 * second body named in the construct, "وأجهزة الأمن", "وقوات الدفاع الوطني", "وجنود الجيش".
 */
const JOINED_MEMBERS = new Set(
  ['ومنتسبي', 'وعناصر', 'ومقاتلي', 'وأفراد', 'وأبناء', 'وأجهزة', 'وقوات', 'وجنود'].map(normalizeForMatch),
);

/** The word joins a second group: definite ("والقوات"), or its members in the construct ("ومنتسبي"). */
const JOINED_DEFINITE = {
  test: (word: string): boolean => JOINED_DEFINITE_WORD.test(word) || JOINED_MEMBERS.has(word),
};

/**
 * The words between a count and its passive verb, past a partitive ("من مقاتلي الحشد الشعبي"),
 * less a second group joined to the partitive's by "و" with its adjectives ("والقوات الأمنية",
 * "والجيش"): those words say whom the count is of, no other subject of the verb.
 */
export function withoutJoinedBodies(words: readonly string[], partitive: number): string[] {
  const kept: string[] = [];
  let joined = false;
  for (const [i, word] of words.entries()) {
    if (i > partitive + 1 && (JOINED_DEFINITE.test(word) || quotedJoin(word, words[i + 1]))) joined = true;
    // (its loyalty told with a pronoun, "والمسلحين الموالين لها": joined-body-loyal.ts)
    else if (!joined || !(DEFINITE.test(word) || loyalToIt(words, i))) joined = false;
    if (!joined) kept.push(word);
  }
  return kept;
}

/**
 * How many words right before the verb at `cue` are such a joined group ("… والقوات الأمنية
 * استشهدوا"): the count may stand that much further back; 0 where none.
 */
export function joinedBodyBefore(tokens: readonly { word: string }[], cue: number): number {
  let i = cue - 1;
  const words = tokens.map((t) => t.word);
  while (i >= 0 && (DEFINITE.test(tokens[i]?.word ?? '') || loyalToIt(words, i))) i--;
  if (i >= 0 && JOINED_DEFINITE.test(tokens[i]?.word ?? '')) return cue - i;
  return i >= 0 && i + 1 < cue && quotedJoin(tokens[i]?.word ?? '', tokens[i + 1]?.word) ? cue - i : 0;
}

/**
 * "و" standing alone before a definite word: the join of a group whose name is quoted, "من "جبهة
 * النصرة" و"الجبهة الشامية"" (the quote mark parts the "و" from the name it joins).
 */
function quotedJoin(word: string, next: string | undefined): boolean {
  return word === 'و' && DEFINITE.test(next ?? '');
}
