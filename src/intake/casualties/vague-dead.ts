// "Dozens of militants were killed", "scores were killed on both sides", "وتكبد العدو العشرات من
// القتلى": dead told by a quantity that gives no number — a toll all the same, only uncounted.
import { L, anyOf } from '../reading/word-pattern.js';

/** English quantities that stand for a number nobody gave, at the head of the dead they tell. */
export const EN_VAGUE = '(?:dozens|scores|hundreds)';

/** Arabic ones: "العشرات", "عشرات", "المئات", "مئات". */
export const AR_VAGUE_WORDS: readonly string[] = ['العشرات', 'عشرات', 'المئات', 'مئات'];
const AR_VAGUE = anyOf(AR_VAGUE_WORDS);

/** Arabic verbs and nouns of killing a vague quantity follows ("قتلت العشرات", "مقتل عشرات"). */
const AR_KILLING = anyOf(['قتل', 'قتلت', 'قتلوا', 'مقتل', 'بمقتل', 'ومقتل', 'سقوط', 'استشهاد']);

/** Arabic nouns of the dead a vague quantity counts ("العشرات من القتلى", "عشرات القتلى"). */
const AR_DEAD = anyOf(['القتلى', 'قتلى', 'القتلي', 'قتلي']);

const VAGUE_DEAD = new RegExp(
  [
    // "Dozens of IS militants were killed", "scores were killed", "hundreds of people died"
    `(?<!${L})${EN_VAGUE}(?:\\s+of(?:\\s+${L}+){1,3})?\\s+(?:(?:were|have\\s+been|had\\s+been)\\s+killed|died)(?!${L})`,
    // "killed scores of “terrorists”", "killing dozens of", "killed hundreds of people" (not "says it
    // has killed dozens of militants" over a siege: a running tally, no event)
    `(?<!${L})(?<!(?:has|have)\\s+)(?:killed|killing|kills)\\s+["“]?${EN_VAGUE}["”]?\\s+of(?!${L})`,
    // "قتلت "العشرات" من المهاجمين", "مقتل عشرات المسلحين"
    `(?<!${L})${AR_KILLING}\\s+["«“]?${AR_VAGUE}(?!${L})`,
    // "العشرات من القتلى", "عشرات القتلى"
    `(?<!${L})${AR_VAGUE}["»”]?\\s+(?:من\\s+)?${AR_DEAD}(?!${L})`,
  ].join('|'),
  'u',
);

/**
 * The clause (in matching form) tells dead by a vague quantity ("dozens", "scores", "hundreds",
 * "العشرات"), the subject or object of killing: it has dead of its own, though their number is not
 * told (its killed stay null).
 */
export const tellsVagueDead = (matchText: string): boolean => VAGUE_DEAD.test(matchText);
