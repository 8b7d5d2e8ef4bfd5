// A city's name standing for the power seated there, not for a place.

/** "the Damascus regime", "the Baghdad government", "Erbil authorities". */
const POWER_AFTER = /^\s*(?:regime|government|authorities)(?![\p{L}])/u;
/** "نظام دمشق", "حكومة بغداد", "وسلطات أربيل". */
const POWER_BEFORE = /(?:^|[^\p{L}])[وبل]?(?:نظام|حكومة|سلطات)\s+$/u;

/**
 * "Damascus has not commented", "Baghdad denied it", "Ankara condemned the attack": a capital that
 * comments, denies, accuses or condemns is the government speaking, never where anything happened.
 * ("Officials in Kirkuk said": a capital before "said" may be where the speakers are, so it stays.)
 */
const SPEAKS_AFTER =
  /^\s*(?:(?:has|have|had|did|does)\s+(?:not\s+|yet\s+to\s+|also\s+)?|never\s+)?(?:comment(?:ed|s)?|den(?:ied|ies|y)|accus(?:ed|es|e)|condemn(?:ed|s)?|respond(?:ed|s)?)(?![\p{L}])/u;
/**
 * "ولم تعلّق عليه دمشق حتى الآن", "ونفت أنقرة ذلك", "واتهمت بغداد…", "فيما أعلنت بغداد مقتل 16"
 * (announcing, saying, confirming): the same told verb first, the capital as its (feminine) subject,
 * an object pronoun or "ذلك" between them.
 */
const SPEAKS_BEFORE =
  /(?:^|[^\p{L}\p{M}])[وف]?(?:تعل\u0651?ق|عل\u0651?قت|تنف|نفت|ترد|رد\u0651?ت|تته\u0651?م|اته\u0651?مت|تدين|أدانت|تند\u0651?د|ند\u0651?دت|أعلنت|اعلنت|تعلن|قالت|تقول|أك\u0651?دت|اك\u0651?دت|تؤك\u0651?د)(?:\s+(?:عليه|عليها|عليهما|ذلك|على\s+ذلك))?\s+$/u;

/**
 * "متهمة بغداد بتنفيذ…", "متهماً أنقرة بـ…", "محملة دمشق المسؤولية": the capital as the one accused
 * or blamed, after the participle, is the government, not a place.
 */
const ACCUSED_BEFORE =
  /(?:^|[^\p{L}\p{M}])و?(?:مت\u0651?هم(?:ة|ه|ا|اً|ين|ون)?|محم\u0651?ل(?:ة|ه|ا|اً|ين|ون)?)\s+$/u;

/**
 * "واتهمت "قسد" دمشق وطهران بتجنيد…", "the SDF accused Damascus and Tehran of…": the capital as the
 * one an accuser (named in up to three words, or not) accuses or blames is the government, not a
 * place (a place would come after a preposition: "اتهم … في دمشق").
 */
const ACCUSES_BEFORE =
  /(?:^|[^\p{L}\p{M}])[وف]?(?:ات\u0651?ه\u0651?م|يت\u0651?ه\u0651?م|تت\u0651?ه\u0651?م)(?:ت|وا|ون)?(?:\s+(?!(?:في|من|على|عن)(?![\p{L}]))[^\s،,.؛]+){0,3}\s+$|(?:^|[^\p{L}])(?:accus(?:ed|es|e|ing)|blam(?:ed|es|e|ing))\s+$/u;

/**
 * "a joint committee formed by Baghdad and Erbil", "a deal brokered by Ankara", "لجنة شكلتها بغداد
 * وأربيل": a body or an accord a capital made is the government's work, told by its seat, with a
 * second capital perhaps joined to it.
 */
const MADE_BY_BEFORE =
  /(?:^|[^\p{L}])(?:formed|set\s+up|established|created|appointed|brokered|signed|agreed)\s+by\s+(?:\p{Lu}[\p{L}-]*\s+and\s+)?$|(?:^|[^\p{L}])(?:شكلتها|شكّلتها|شكلها|شكّلها|أبرمتها|وقعتها|وقّعتها)\s+(?:[^\s]+\s+و)?$/u;

/**
 * "as the Damascus regime and its ally pressed a bombing campaign", "اتهم نظام دمشق…", "لم تعلّق
 * عليه دمشق": the capital names the government, which acts and speaks from there; it places no event
 * (the strikes it ordered on Idlib are in Idlib).
 */
export function namesGovernment(sentence: string, start: number, end: number): boolean {
  const after = sentence.slice(end, end + 40);
  const before = sentence.slice(Math.max(0, start - 24), start);
  return (
    POWER_AFTER.test(after) ||
    POWER_BEFORE.test(before) ||
    SPEAKS_AFTER.test(after) ||
    SPEAKS_BEFORE.test(before) ||
    ACCUSED_BEFORE.test(before) ||
    ACCUSES_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) ||
    MADE_BY_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))
  );
}
