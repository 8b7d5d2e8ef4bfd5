// A place a protest is for, not where it is: "مظاهرة تطالب بفك الحصار عن درعا", "خرجت نصرة لحمص".

/** A protest or its chants and demands, told before the cause in the sentence. */
const PROTEST =
  /(?:^|[^\p{L}])(?:[وبلف]?(?:ال)?(?:مظاهرة|مظاهرات|تظاهرة|تظاهرات|مسيرة|مسيرات|اعتصام)|[وف]?(?:يهتفون|هتفوا|هتف|تطالب|يطالبون|طالبوا)|protest[a-z]*|demonstrat[a-z]*|rall(?:y|ies|ied)|chant[a-z]*)(?![\p{L}])/iu;

/**
 * "تضامناً مع", "نصرةً لـ", "(بـ|لـ)فك الحصار عن", "in solidarity with", "in support of", "the lifting
 * of the siege on", right before the name, "أهالي" or "the people of" perhaps between.
 */
const CAUSE_BEFORE =
  /(?:تضامن(?:ا|\u064B)*\s+مع|نصرة\u064B?|فك\s+الحصار\s+عن|solidarity\s+with|in\s+support\s+of|lifting\s+of\s+the\s+siege\s+(?:on|of))(?:\s+[لب]?(?:أهالي|أهل|أبناء)|\s+the\s+(?:people|residents)\s+of)?\s+[لب]?$/iu;

/**
 * "أطلقت عناصر الأمن النار على المصلين في مظاهرة تطالب بالحرية وبفك الحصار عن درعا" (in Homs),
 * "فرّقت مظاهرة مسائية خرجت نصرة لحمص" (in Hama), "a rally in solidarity with Homs": the place a
 * protest stands with, or asks a siege lifted from, is its cause told from elsewhere; it places
 * nothing. Only with a protest told before it in the sentence: "معركة لفك الحصار عن مصفى بيجي" is
 * fought at the refinery.
 */
export function namesProtestCause(sentence: string, start: number): boolean {
  const near = Math.max(0, start - 60);
  const cause = CAUSE_BEFORE.exec(sentence.slice(near, start));
  if (!cause) return false;
  const at = near + cause.index;
  return PROTEST.test(sentence.slice(Math.max(0, at - 140), at));
}
