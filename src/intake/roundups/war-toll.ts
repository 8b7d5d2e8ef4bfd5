// The toll of a whole war: a total, not an event.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "More than 380,000 people have been killed in Syria's war", "killed in the conflict", "killed in
 * nearly three years of conflict", "killed in Syria's three-and-a-half-year-old conflict" (the war
 * told by its years, read in matching form: "syria s three and a half year old"), "قتلوا في
 * الحرب السورية", "لقوا حتفهم خلال النزاع": the dead of a war told as its toll, the sum of years of
 * events (as "since the war began" is: event-cues.ts's aggregates). The war may also be the
 * subject: "Syria's conflict, now in its sixth year, has killed more than 300,000 people"; so may a
 * campaign or its fighting in the present perfect, the toll so far ("the offensive has killed 700
 * people", "the fighting has claimed 300 lives", "the violence has killed dozens"), not the past of
 * one blow ("the fighting killed 12 on Monday", "clashes had killed"). The campaign may be told with
 * a few words before its noun and its target after it, or as "a … that has killed": "the
 * three-month government offensive on Idlib has killed more than 450 civilians", "in a lightning
 * offensive that has killed more than 800 people in ten days".
 */
const WAR_TOLL = new RegExp(
  `(?<!${L})(?:killed|died|dead|deaths|lost their lives)\\s+(?:[^,.;]{0,30}\\s)?in\\s+(?:the\\s+)?(?:[\\p{L}-]+(?:'s)?\\s+){0,2}?(?:civil\\s+)?(?:war|conflict)(?!${L})|(?<!${L})(?:killed|died|dead|deaths)\\s+(?:in|during|over)\\s+(?:(?:nearly|almost|more than|over|about)\\s+)?[\\p{L}\\d]+\\s+years\\s+of\\s+(?:the\\s+)?(?:civil\\s+)?(?:war|conflict|fighting)(?!${L})|(?<!${L})(?:killed|died|dead|deaths)\\s+in\\s+(?:the\\s+|\\p{L}+\\s+s\\s+)?(?:[\\p{L}\\d]+\\s+){1,4}?year\\s+old\\s+(?:civil\\s+)?(?:war|conflict|uprising)(?!${L})|(?<!${L})(?:${anyOf(['قتلوا', 'قتل', 'مقتل', 'حتفهم', 'سقطوا', 'لقوا'])})\\s+(?:[^،,.]{0,30}\\s)?(?:${anyOf(['في', 'خلال', 'جراء', 'منذ'])})\\s+(?:${anyOf(['الحرب', 'النزاع', 'الصراع'])})(?!${L})|(?<!${L})(?:war|conflict)(?:\\s*,[^,.;]{1,40},)?\\s+(?:which\\s+)?(?:has|had|have)\\s+(?:killed|claimed)(?!${L})|(?<!${L})(?:the|an?)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?(?:fighting|offensive|violence|escalation|campaign)(?:\\s+(?:on|against|in|around)\\s+[^,.;]{1,50}?)?(?:\\s*,[^,.;]{1,40},)?\\s+(?:which\\s+|that\\s+)?(?:has|have)\\s+(?:so\\s+far\\s+|now\\s+)?(?:killed|claimed)(?!${L})`,
  'u',
);

/**
 * "Nearly 600 people were killed during the protest movement itself", "killed in the 2011 uprising",
 * "قتلوا خلال الحراك الاحتجاجي", "سقطوا منذ انطلاق الانتفاضة": the dead of a movement of months told
 * as its toll, a total as a war's is (not "killed in the protests on Friday", a day's).
 */
const MOVEMENT_TOLL = new RegExp(
  `(?<!${L})(?:killed|died|dead|deaths|lost their lives)\\s+(?:[^,.;]{0,30}\\s)?(?:in|during|over)\\s+the\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?(?:protest\\s+movement|uprising|revolution)(?!${L})|(?<!${L})[وف]?(?:${anyOf(['قتلوا', 'قتل', 'مقتل', 'حتفهم', 'سقطوا', 'لقوا'])})\\s+(?:[^،,.]{0,30}\\s)?(?:${anyOf(['في', 'خلال', 'منذ', 'منذ انطلاق', 'منذ اندلاع'])})\\s+(?:${anyOf(['الحراك', 'الانتفاضة', 'الثورة'])})(?!${L})`,
  'u',
);

/**
 * "The fighting has killed at least 20 rebels and more than 30 militants": the bare fighting the
 * article tells, its toll so far split between its two sides in tens, is that fight's own toll
 * since it began (days, not a war's years, whose tolls run to hundreds and thousands).
 */
const SIDES_TOLL = '(?:(?:at\\s+least|more\\s+than|over|about|some|nearly|around)\\s+)?\\d{1,2}\\s+';
const FIGHT_TOLL_BY_SIDES = new RegExp(
  `(?<!${L})the\\s+(?:fighting|clashes|battle)\\s+(?:has|have)\\s+(?:so\\s+far\\s+)?killed\\s+${SIDES_TOLL}[\\p{L}\\s-]{1,40}?\\s+and\\s+${SIDES_TOLL}`,
  'u',
);

/** The clause (in matching form) tells the toll of a war, or of a movement of months. */
export function warToll(matchText: string): boolean {
  return (
    (/war|conflict|fighting|offensive|violence|escalation|campaign|حرب|نزاع|صراع/u.test(matchText) &&
      WAR_TOLL.test(matchText) &&
      !FIGHT_TOLL_BY_SIDES.test(matchText)) ||
    (/movement|uprising|revolution|حراك|انتفاض|ثور/u.test(matchText) && MOVEMENT_TOLL.test(matchText))
  );
}
