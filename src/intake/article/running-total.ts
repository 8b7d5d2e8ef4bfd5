// "…، ليرتفع عدد قتلى القوات في البادية منذ مطلع العام إلى 143": a running total told after an event.

/**
 * Where a running total over a span starts after a comma ("، ليرتفع عدد قتلى … منذ مطلع العام الجاري
 * إلى ١٤٣", ", bringing the number of soldiers killed since the start of the year to 143"), as a
 * lookahead for the clause breaks of sentences.ts: the total sums the year's events and is no update
 * of the one just told, so it is a clause of its own (an aggregate), and the event before it keeps
 * its own toll.
 */
export const RUNNING_TOTAL_AR =
  '(?:ل|و)?(?:يرتفع|ترتفع|يصل|تصل|يبلغ|تبلغ)\\s[^،,.]{0,80}منذ\\s(?:مطلع|بداية|بدء|أول)\\s';
export const RUNNING_TOTAL_EN =
  '(?:bringing|raising|taking)\\s[^,.;]{0,80}since\\s+the\\s+(?:start|beginning)\\s+of\\s';
