// A second thing a source added, told with the participle "adding": a clause of its own.

/**
 * "…، مضيفاً أن "ثلاثة مدنيين أصيبوا أيضاً"", "…, adding that three civilians were also wounded":
 * what the source added is a clause of its own, as it is after "وأضاف أن" (split already at ", و"),
 * so its count is read as its own, not lost behind the first count of the sentence. For the clause
 * split's lookahead, on the text as written (with or without the tanween: "مضيفا", "مضيفاً").
 * Only where what was added tells victims "also" hit: otherwise the addition mostly goes on with
 * the event just told (", adding that three policemen were among the dead", "مضيفاً أن "الهجوم أسفر
 * في حينه عن…"") and is read best with the clause it follows.
 */
export const SECOND_SAYING_AR = 'مضيف(?:ا\\u064B?|\\u064Bا|ة\\u064B?)?\\s+(?:ب?[أإا]ن)(?=[^.،]{0,80}[أا]يض)';
export const SECOND_SAYING_EN = 'adding\\s+that\\s(?=[^.,]{0,80}\\balso\\b)';
