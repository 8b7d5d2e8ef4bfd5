// A campaign's start or a city's capture, told as the background of the news: no event of its own.
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';

/**
 * "The SDF launched an offensive on Sept. 10 to take the pocket", "Iraqi forces launched the first
 * phase of an offensive toward Mosul", "since Turkey launched its latest operation against the PKK":
 * the start of a campaign of many events, whatever words name it or follow it (non-events.ts reads
 * only "launched the offensive to retake X"). Not a search or combing operation, which follows an
 * attack. So is the campaign named first and its start after it ("The offensive, launched Nov. 27,
 * has seen rebels take…", "the campaign, which began in March,"), or its start told by the participle
 * right after it ("the focus of an offensive launched earlier this month"): what it has brought since.
 */
const CAMPAIGN_STARTED = new RegExp(
  `(?<!${L})(?:launched|began|started|opened)\\s+(?:an?|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?<!(?:search|combing|sweep|security|rescue|clearance)\\s+)(?:offensive|campaign|assault|incursion|operation)(?!${L})|(?<!${L})(?:offensive|campaign|incursion|invasion),?\\s+(?:(?:which|that)\\s+(?:was\\s+)?)?(?:launched|began|started)(?!${L})`,
  'u',
);

/**
 * "The offensive to retake Mosul, Iraq's second-largest city, began on Oct. 17", "the campaign against
 * the group in the desert started in March": the campaign named with what it is for, then its start
 * a few words on (the branch above wants the start right after the noun) — the setting of the news;
 * so with an aside between commas on the place it is for ("The offensive to retake Fallujah, which
 * the group has held since January 2014, was launched on May 22").
 */
const CAMPAIGN_FOR_STARTED = new RegExp(
  `(?<!${L})(?:offensive|campaign|incursion|invasion)\\s+(?:to|against|on|for)\\s+[^.;:]{1,60}?(?:,[^.;:,]{1,80},)?\\s+(?:began|started|was\\s+launched)(?!${L})`,
  'u',
);

/**
 * "Sinjar was retaken on November 13 in an offensive by Peshmerga fighters", "the town was
 * recaptured in June": a town's retaking told in the passive with its day, long done — the town as
 * it is now, not the news.
 */
const RETAKEN_ON = new RegExp(
  `(?<!${L})(?:was|were|had\\s+been)\\s+(?:retaken|recaptured|liberated)\\s+(?:on|in)(?!${L})`,
  'u',
);

/**
 * "including its capital Ramadi, which it seized in May", "which the militants seized in June 2014":
 * the town's fall, told in a relative clause as what it is now, long before the news.
 */
const SEIZED_EARLIER = new RegExp(
  `(?<!${L})which\\s+(?:it|they|the\\s+(?:militants|group|jihadists|extremists|insurgents)|is|isis|isil|islamic\\s+state)\\s+(?:had\\s+)?(?:seized|captured|overran|took)(?!${L})`,
  'u',
);

/**
 * "بعد أربعة أيام من إعلان الفصائل بدء معركة لفك الحصار", "منذ انطلاق حملة…": the start of a battle or
 * a campaign told by its noun, many days of fighting to come.
 */
const CAMPAIGN_START_AR = new RegExp(
  `(?<!${L})(?:${anyOf(['بدء', 'انطلاق', 'إطلاق'])})\\s+(?:${anyOf(['معركة', 'حملة'])})(?!${L})`,
  'u',
);

/**
 * "وأطلقت القوات العراقية في الثالث والعشرين من أيار الماضي عملية عسكرية واسعة لاستعادة الفلوجة",
 * "بدأ الجيش الشهر الماضي حملة لتحرير القضاء": the launch of an operation told by what it is for, the
 * campaign of many days the news is part of (as "launched an offensive to retake X" in English).
 */
const LAUNCHED_FOR_AR = new RegExp(
  `(?<!${L})[وف]?(?:${anyOf(['أطلقت', 'أطلق', 'بدأت', 'بدأ'])})\\s+(?:[^\\s،,.]+\\s+){0,8}?(?:${anyOf(['عملية', 'حملة', 'معركة', 'هجوما'])})\\s+(?:[^\\s،,.]+\\s+){0,3}?(?:${anyOf(['لاستعادة', 'لتحرير', 'لطرد', 'لاسترجاع'])})(?!${L})`,
  'u',
);

/**
 * "وكانت قوات النظام سيطرت على البلدة في 26 أيار", "وكان التنظيم قد استولى على المدينة": the town's
 * fall told in the pluperfect (كان, its subject, then the verb of taking), the background of what
 * is fought over now.
 */
const SEIZED_BEFORE_AR = new RegExp(
  `${CLAUSE_HEAD}(?:${anyOf(['وكانت', 'وكان', 'كانت', 'كان'])})\\s+(?:[^\\s،,.]+\\s+){0,4}?(?:${anyOf(['قد'])}\\s+)?(?:${anyOf(['سيطرت', 'سيطر', 'استولت', 'استولى', 'استعادت', 'استعاد'])})(?!${L})`,
  'u',
);

/**
 * "وكانت تركيا قد أطلقت في التاسع من الشهر الماضي عملية عسكرية…", "وكان النظام التركي قد بدأ عدوانه
 * الأربعاء الماضي", "وكانت القوات قد بدأت يوم الأربعاء هجوماً على مناطق…": a campaign's start told in
 * the pluperfect (كان, its subject, then the verb of starting and the campaign's noun), the
 * background of the news — not "أطلقت النار", fire opened, whose noun is no campaign's.
 */
const STARTED_BEFORE_AR = new RegExp(
  `${CLAUSE_HEAD}(?:${anyOf(['وكانت', 'وكان', 'كانت', 'كان'])})\\s+(?:[^\\s،,.]+\\s+){0,6}?(?:${anyOf(['قد'])}\\s+)?(?:${anyOf(['بدأت', 'بدأ', 'أطلقت', 'أطلق'])})\\s+(?:[^\\s،,.]+\\s+){0,5}?(?:${anyOf(['هجوما', 'هجوم', 'عملية', 'عمليات', 'عمليتها', 'عمليته', 'حملة', 'حملتها', 'حملته', 'معركة', 'عدوان', 'عدوانها', 'عدوانه'])})(?!${L})`,
  'u',
);

/**
 * "before the 2019 government offensive emptied it", "the 2017 battle destroyed most of the old
 * city": a campaign named by its year, told doing what the town still shows (the verb right after
 * the name) — what the news came after, not an event of it. (The year's campaign only named, "the
 * first attack since the 2017 battle", leaves the clause's own blow alone.)
 */
const YEAR_CAMPAIGN_DID = new RegExp(
  `(?<!${L})the\\s+(?:19|20)\\d\\d\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:offensive|campaign|battle|war|siege|assault|invasion|onslaught)\\s+(?:had\\s+)?(?:[\\p{L}]+ed|left|drove|tore|took|forced|brought|sent|made)(?!${L})`,
  'u',
);

/** The clause (in matching form) tells a campaign's start or a town's earlier fall, background with no toll of its own. */
export function campaignBackground(matchText: string): boolean {
  return (
    CAMPAIGN_STARTED.test(matchText) ||
    CAMPAIGN_FOR_STARTED.test(matchText) ||
    RETAKEN_ON.test(matchText) ||
    SEIZED_EARLIER.test(matchText) ||
    CAMPAIGN_START_AR.test(matchText) ||
    SEIZED_BEFORE_AR.test(matchText) ||
    STARTED_BEFORE_AR.test(matchText) ||
    LAUNCHED_FOR_AR.test(matchText) ||
    YEAR_CAMPAIGN_DID.test(matchText)
  );
}
