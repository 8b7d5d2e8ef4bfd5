// An event told in the pluperfect, days before an undated lead was reported: an earlier one, not the lead's day.
import { normalizeForMatch } from '../../text/normalize.js';
import { addDays } from '../dates/calendar.js';
import { isBackground } from '../dates/event-period.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';

/**
 * "وكان ثلاثة مدنيين … قد سقطوا", "وكانت طائرة مسيرة قد قصفت": "كان … قد" with a subject not named
 * before (no definite noun: "وكان الانفجار الذي وقع … قد أسفر" retells the event told).
 */
const NEW_SUBJECT_PLUPERFECT = new RegExp(
  `^["«“]?\\s*و?(?:${normalizeForMatch('كان')}|${normalizeForMatch('كانت')})\\s+(?!ال)[^\\s،,.]+\\s+(?:[^\\s،,.]+\\s+){0,6}?${normalizeForMatch('قد')}\\s`,
  'u',
);

/** The clause or sentence (in matching form) opens with "وكان … قد" and a subject not named before. */
export function opensPluperfectOfNew(matchText: string): boolean {
  return NEW_SUBJECT_PLUPERFECT.test(matchText);
}

/**
 * "أفاد مصدر، اليوم الجمعة، بمقتل عنصرين بقصف …", then "وكان ثلاثة مدنيين من أسرة واحدة قد سقطوا بين
 * قتيل وجريح الأسبوع الماضي بقصف مماثل": an event told in the pluperfect by a subject not named before,
 * with a day that ended before the day before the lead was reported, is background told as an event
 * of its own; it does not give the lead the day it lacks. So is any clause dated months before the
 * report ("أعلنت الخلية، اليوم، سقوط صواريخ على القاعدة", then "وكانت القاعدة ذاتها قد تعرضت في كانون
 * الثاني من العام الماضي لضربة"): a day that long ago is no day of news just reported.
 */
export function earlierThanReported(current: Building, facts: ClauseFacts): boolean {
  return (
    !current.date &&
    !!current.reporting &&
    !!facts.eventDate &&
    !facts.refersBack &&
    facts.eventDate.date.to < addDays(current.reporting.from, -1) &&
    (opensPluperfectOfNew(facts.matchText) || isBackground(facts.eventDate.date, current.reporting.from))
  );
}

/**
 * "كما سقطت قذيفة هاون على سطح بناء في جرمانا، اقتصرت أضرارها على الماديات", then "وكانت قذيفة
 * هاون قد سقطت أمس قرب الساحة، ما أدى إلى إصابة ثلاثة": a blow told in the pluperfect by a subject
 * not named before, with a day and a toll of its own, after an undated event that counted no one,
 * is an earlier blow of its own — not the day and the toll the one before lacked.
 */
export function earlierBlowWithToll(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded } = facts.casualties;
  return (
    !current.date &&
    current.killed === null &&
    current.wounded === null &&
    !!facts.eventDate &&
    !facts.refersBack &&
    (killed !== null || wounded !== null) &&
    opensPluperfectOfNew(facts.matchText)
  );
}
