// A news outlet named after a place and "24" ("السويداء 24", "Suwayda 24"): a source, not a place.

/** "24" right after the name, as an outlet's name ends (not "24 ساعة", "24-hour"). */
const OUTLET_NUMBER = /^\s?(?:24|٢٤)(?![\p{N}])(?!\s*[-–]?\s*(?:ساعة|hours?|hrs?)(?![\p{L}]))/u;

/**
 * What tells the name as a source right before it: the start of the line (its dateline), a
 * reporting or collecting verb ("جمعتها", "نقلت", "أفاد"), "according to", "told"; or "لـ" glued to it
 * ("قال للسويداء 24"), which the caller reads as the name's own clitic.
 */
const SOURCE_BEFORE =
  /(?:^|[^\p{L}])(?:[وف]?(?:بحسب|حسب|وفق|وفقا|جمعتها|جمعها|وثقتها|وثقها|نشرتها|نشرته|نشرها|نقلتها|نقلته|نقلها|نقلت|نقل|أفادت|أفاد|ذكرته|ذكرت|ذكر|قالت|قال|أكدت|أكد|أوردته|أوردت|أورد|شبكة|موقع|مراسل|لمراسل)|according\s+to|told|reported\s+by|(?:the\s+)?(?:outlet|website|network|news\s+site))\s+$/iu;

/** An opening bracket or quote right before the name, and "اليوم" / "Today" closing it right after. */
const QUOTE_OPEN = /["«“(]\s*$/u;
const TODAY_CLOSE = /^\s+(?:اليوم|Today)\s*["»”)]/u;

/**
 * "قال مصدر لـ(بغداد اليوم)", "told "Baghdad Today"": a place and "today" closed in brackets or quotes
 * is the name of a local outlet (many take their city's name and "اليوم"), a source, not a place.
 */
function quotedTodayOutlet(sentence: string, at: number, end: number): boolean {
  return (
    QUOTE_OPEN.test(sentence.slice(Math.max(0, at - 3), at)) &&
    TODAY_CLOSE.test(sentence.slice(end, end + 10))
  );
}

/**
 * "بحسب حصيلة جمعتها السويداء 24 من مصادر طبية", "السويداء 24 – الأربعاء 30 نيسان", "told
 * Suwayda 24": local outlets take their province's name and "24"; told so as a source (or glued to
 * "لـ", the one it was said to), the name places nothing. `clitic`: the letters glued before it.
 */
export function namesOutlet(sentence: string, start: number, end: number, clitic: string): boolean {
  if (quotedTodayOutlet(sentence, start - clitic.length, end)) return true;
  if (!OUTLET_NUMBER.test(sentence.slice(end, end + 12))) return false;
  if (clitic.includes('ل')) return true;
  const at = start - clitic.length;
  return sentence.slice(0, at).trim() === '' || SOURCE_BEFORE.test(sentence.slice(Math.max(0, at - 40), at));
}
