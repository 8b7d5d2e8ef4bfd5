// A second thing a source added, told with the participle "adding": a clause of its own.

/**
 * An addition that counts over a span is a clause of its own too ("…near Rawa on Wednesday, the statement said, adding
 * that engineers had cleared more than 400 devices in the area over the past week", "مضيفاً أن الفرق
 * الهندسية فككت 400 عبوة خلال الأسبوع الماضي"): a tally of its own, which left in the clause would make
 * the event told before it a total over that span too.
 */
const ADDED_SPAN_AR =
  '[^.]{0,160}?(?:خلال|طيلة|طوال|على مدى|على مدار)\\s+(?:الأسبوع|الأسبوعين|الأسابيع|الشهر|الشهرين|الأشهر|الأيام)\\s+(?:الماضي|الماضيين|الماضية|الفائت|الفائتة|الأخيرة|المنصرم|المنصرمة)';
const ADDED_SPAN_EN =
  '[^.;]{0,160}?\\b(?:over|in|during|throughout)\\s+the\\s+(?:past|last)\\s+(?:week|month|(?:few|several|two|three|four)\\s+(?:days|weeks|months))\\b';

/**
 * "…، مضيفاً أن "ثلاثة مدنيين أصيبوا أيضاً"", "…, adding that three civilians were also wounded":
 * what the source added is a clause of its own, as it is after "وأضاف أن" (split already at ", و"),
 * so its count is read as its own, not lost behind the first count of the sentence. For the clause
 * split's lookahead, on the text as written (with or without the tanween: "مضيفا", "مضيفاً").
 * Only where what was added tells victims "also" hit: otherwise the addition mostly goes on with
 * the event just told (", adding that three policemen were among the dead", "مضيفاً أن "الهجوم أسفر
 * في حينه عن…"") and is read best with the clause it follows.
 */
export const SECOND_SAYING_AR = `مضيف(?:ا\\u064B?|\\u064Bا|ة\\u064B?)?\\s+(?:ب?[أإا]ن)(?=[^.،]{0,80}[أا]يض|${ADDED_SPAN_AR})`;
export const SECOND_SAYING_EN = `adding\\s+that\\s(?=[^.,]{0,80}\\balso\\b|${ADDED_SPAN_EN})`;

/**
 * "…put the number of militants killed at 80 and said that six civilians were killed by air strikes
 * over the weekend": after a teller's figure, a second thing said that tells victims of a blow of its
 * own is a clause of its own (no comma before it), its count and day not the figure's.
 */
export const SAID_OTHER_BLOW_EN =
  'and\\s+said\\s+that\\s(?=[^.;]{0,120}?\\s(?:killed|wounded|injured)\\s+(?:by|in)\\s+(?:an?\\s+)?(?:air\\s?strikes?|strikes?|shelling|bombardment|explosions?|blasts?|bombings?)\\s)';
