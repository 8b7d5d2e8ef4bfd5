// Where a person comes from: who the victim is, not where the event happened.

/**
 * "امرأة سورية من ريف دير الزور قُتلت … في القطاع الثالث", "لاجئ عراقي من الموصل", "ينحدر من قضاء
 * الشرقاط", "a Syrian woman from Deir ez-Zor", "an Iraqi refugee from Mosul", "originally from
 * Raqqa", "a 25-year-old from Tafas": a person told with a nationality and a home, by age and home,
 * or a home by its verb ("hails from", "a native of"), is told by where they belong — often far from
 * where they were hit (a camp, a city they fled to); so is a witness by where they came from ("شاهد
 * عيان من بغداد كان في المكان", "a witness from Basra"), not where what they saw happened (one
 * "من أهالي المسيب" is a local of the scene, and names it). The home's words, up to what the
 * clause goes on to tell (a verb, "في", "on", a comma).
 */
const HOME =
  /(?<![\p{L}])(?:(?:امرأة|سيدة|رجل|شاب|طفل|طفلة|فتاة|لاجئ|لاجئة|نازح|نازحة|مواطن|مواطنة|عامل|شخص)\s+\p{L}+(?:ي|ية)|(?:شاهد|شاهدة|شهود)(?:\s+عيان)?(?!\s+من\s+(?:أهالي|اهالي|سكان|أبناء|ابناء)(?![\p{L}]))|(?:ي|ت)(?:نحدر|تحدر)|ينتمي|تنتمي)\s+(?:من|إلى|الى)\s+(?:(?!(?:قد|كان|كانت|لقد|في|على|عند|حيث|بعد|خلال|إثر|اثر|جراء|برصاص|برصاصة)(?![\p{L}]))(?!و\p{L})[^\s،,.؛:()]+\s*){1,4}|(?<![\p{L}])(?:(?:an?\s+)?\p{Lu}\p{L}+(?:ian|i)\s+(?:woman|man|girl|boy|child|refugee|civilian|shepherd|farmer|worker|teenager|youth)\s+from|(?:an?\s+)?\d{1,3}-year-old(?:\s+(?:woman|man|girl|boy|child|refugee|civilian|shepherd|farmer|worker|teenager|youth))?\s+from|(?:an?\s+)?(?:eye)?witness(?:es)?\s+from|originally\s+from|hails?\s+from|hailing\s+from|a\s+native\s+of)\s+(?:the\s+)?(?:(?!(?:was|were|is|who|had|has|on|in|at|near|when|after)(?![\p{L}]))[^\s,.;:()]+\s*){1,4}/gu;

/** The text with where a person comes from blanked (same length, offsets keep). */
export function withoutHome(text: string): string {
  return text.replace(HOME, (m) => ' '.repeat(m.length));
}
