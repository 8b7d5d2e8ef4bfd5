// A city's name standing for the power seated there, not for a place.

/** "the Damascus regime", "the Baghdad government", "Erbil authorities". */
const POWER_AFTER = /^\s*(?:regime|government|authorities)(?![\p{L}])/u;
/** "نظام دمشق", "حكومة بغداد", "وسلطات أربيل". */
const POWER_BEFORE = /(?:^|[^\p{L}])[وبل]?(?:نظام|حكومة|سلطات)\s+$/u;

/**
 * "as the Damascus regime and its ally pressed a bombing campaign", "اتهم نظام دمشق…": the capital
 * names the government, which acts from there; it places no event (the strikes it ordered on Idlib
 * are in Idlib).
 */
export function namesGovernment(sentence: string, start: number, end: number): boolean {
  return (
    POWER_AFTER.test(sentence.slice(end, end + 16)) ||
    POWER_BEFORE.test(sentence.slice(Math.max(0, start - 10), start))
  );
}
