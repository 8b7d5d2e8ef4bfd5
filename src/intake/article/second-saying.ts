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

/**
 * "…put the number of militants killed at 80 and said that six civilians were killed by air strikes
 * over the weekend": after a teller's figure, a second thing said that tells victims of a blow of its
 * own is a clause of its own (no comma before it), its count and day not the figure's.
 */
export const SAID_OTHER_BLOW_EN =
  'and\\s+said\\s+that\\s(?=[^.;]{0,120}?\\s(?:killed|wounded|injured)\\s+(?:by|in)\\s+(?:an?\\s+)?(?:air\\s?strikes?|strikes?|shelling|bombardment|explosions?|blasts?|bombings?)\\s)';
