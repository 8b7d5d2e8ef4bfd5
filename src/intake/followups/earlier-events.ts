// An earlier event the article recalls with its own toll: an incident of its own, however long ago.
import { normalizeForMatch } from '../../text/normalize.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { Casualties } from '../casualties/casualties.js';
import type { IncidentEvent } from '../../content/schema.js';
import { classifyEvent } from '../events/classify-event.js';
import { answerOfTold } from './came-after-told.js';
import type { DateValue } from '../dates/date-values.js';
import { longerThanNight } from '../dates/event-period.js';
import { addDays } from '../dates/calendar.js';
import { AR_PREFIX } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { SIMILAR } from '../incidents/clause-links.js';
import { isYear } from '../reading/year-number.js';

/** "twin bombings", "double suicide blasts": two blasts told as one attack, not a sum of several. */
const TWIN = `(?<!${L})(?:twin|double)\\s+(?:[\\p{L}-]+\\s+)?(?:bombings|blasts|explosions|attacks)(?!${L})`;
/** The Arabic nouns of one event (bare, without the article or a prefix). */
const ONE_EVENT_AR = [
  'هجوم',
  'تفجير',
  'انفجار',
  'غارة',
  'ضربة',
  'قصف',
  'كمين',
  'مجزرة',
  'عبوة ناسفة',
  'سيارة مفخخة',
  'هجوما',
  'تفجيرا',
  'شجار',
  'مشاجرة',
];
/**
 * An armed quarrel named in the singular, as "شجار" and "مشاجرة" are in Arabic: "a similar dispute near
 * X last year left one man dead", "a tribal feud there killed two": one fight of its own, however long ago.
 */
const BRAWL_EN = '(?:dispute|quarrel|brawl|feud|gunfight|shootout)';
/**
 * One event named in the singular: "a similar market bombing", "a drone", "بهجوم مماثل", "التفجير"; or as twins.
 * ("لقصف إيراني مماثل": a shelling or strike named by its verbal noun is one blow too, as "ضربة" is; so is a
 * massacre, "مجزرة", and an armed brawl, "شجار مماثل".)
 */
const ONE_AR = `${AR_PREFIX}(?:${ONE_EVENT_AR.map(normalizeForMatch).join('|')})(?!${L})`;
const ONE_EN = `(?:a|an|one|the|that|this)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:bombing|attack|blast|explosion|strike|airstrike|bomb|drone|ambush|raid|${BRAWL_EN})(?!${L})`;
const ONE_EVENT = new RegExp(`(?<!${L})${ONE_AR}|(?<!${L})${ONE_EN}|${TWIN}`, 'u');
/**
 * "خلال شجار مماثل", "during a similar attack": the span word on one event names when in it the
 * recalled harm came, not a span summed.
 */
const DURING_ONE = new RegExp(
  `(?<!${L})(?:${normalizeForMatch('خلال')}|during)\\s+(?=${ONE_AR}|${ONE_EN})`,
  'gu',
);
/** Events in the plural ("تلك الهجمات", "the attacks"): a sum of several, not one. */
const PLURAL = new RegExp(
  `(?<!${L})${AR_PREFIX}(?:${['هجمات', 'تفجيرات', 'انفجارات', 'غارات', 'ضربات', 'عمليات'].map(normalizeForMatch).join('|')})(?!${L})|(?<!${L})(?<!(?:twin|double)\\s+(?:[\\p{L}-]+\\s+)?)(?:attacks|bombings|blasts|explosions|strikes|airstrikes|raids)(?!${L})`,
  'u',
);
/**
 * "the deadliest attack since a double suicide bombing killed 32 people in January 2021", "الأعنف
 * منذ التفجير الذي أودى بحياة 32": the news ranked against one earlier event, told with its toll.
 */
const RANKED_SINCE = new RegExp(
  `(?<!${L})(?:deadliest|worst|bloodiest|biggest|largest|${['الأعنف', 'الأكثر دموية', 'الأسوأ', 'الأكبر', 'الأدمى'].map(normalizeForMatch).join('|')})(?!${L})(?:\\s+[^\\s.،,]+){0,6}?\\s+(?:since|${normalizeForMatch('منذ')})\\s`,
  'u',
);
/** "since the war began", "منذ": a span summed, not one event. */
const SPAN = new RegExp(
  `(?<!${L})(?:since|${normalizeForMatch('منذ')}|over|during|throughout|${normalizeForMatch('خلال')})(?!${L})`,
  'u',
);

/**
 * "كان أعنفها في آب 2021 حين…", "the deadliest of which came in May 2020": the worst of a series the
 * news belongs to, one blow picked out of it by the superlative and told with its own toll (as
 * last-of.ts reads "كان آخرها", "the latest of which").
 */
const WORST_OF_SERIES = new RegExp(
  `(?<!${L})(?:(?:${anyOf(['أعنفها', 'أشدها', 'أسوأها', 'أدماها', 'أكبرها', 'أخطرها'])})(?:\\s+${anyOf(['دموية'])})?|${anyOf(['أكثرها'])}\\s+${anyOf(['دموية'])}|the (?:deadliest|worst|bloodiest|biggest|largest) of (?:which|them|these|those))(?!${L})`,
  'u',
);

/**
 * "the same station", "السوق ذاته", "في المكان نفسه", "twin bombings there killed …": the place of the
 * news ("there" after a word, not the "there were" that only says something was; "نفسه" after a
 * definite noun, not the bomber who "فجر نفسه", blew himself up).
 */
const SAME = new RegExp(
  `(?<=${L}\\s)there(?!\\s+(?:were|was|is|are|have|has|had|will|would)(?!${L}))(?!${L})|(?<!${L})(?:the same|${normalizeForMatch('ذاته')}|${normalizeForMatch('ذاتها')})(?!${L})|(?<=(?<!${L})[وبفلك]?${normalizeForMatch('ال')}\\p{L}+\\s)(?:${normalizeForMatch('نفسه')}|${normalizeForMatch('نفسها')})(?!${L})`,
  'u',
);
/**
 * "وكان التفجير قد وقع في…", "The bombing had taken place on…": the event the news is about (a
 * sentence, a funeral, an anniversary), told in the pluperfect.
 */
const PLUPERFECT = new RegExp(
  `^["«“]?\\s*و?(?:${normalizeForMatch('كان')}|${normalizeForMatch('كانت')})\\s+(?:[^\\s،,.]+\\s+){1,7}?${normalizeForMatch('قد')}\\s|(?<!${L})had (?:taken place|occurred|happened|been carried out)(?!${L})`,
  'u',
);

/**
 * "اعترف بنقل سيارة مفخخة … في شهر آب من عام 2014، ما أدى إلى استشهاد تسعة", "أدين بالمشاركة في
 * الهجوم", "convicted of helping a bomber who killed 23": the deed a court judged or a defendant
 * confessed to — the event a story of a trial is about, however long ago it was.
 */
const JUDGED = new RegExp(
  `(?<!${L})(?:${anyOf(['اعترف', 'واعترف', 'اعترافه', 'أدين', 'أدينوا', 'لإدانته', 'بإدانته', 'بتهمة', 'بتهم'])}|convicted|confessed|found (?:[\\p{L}-]+ ){0,3}?guilty|sentenced (?:[\\p{L}\\d-]+ ){0,6}?(?:for|over))(?!${L})`,
  'u',
);
/** A court or its defendant named in the clause: "confessed", "اعترف" of a trial, not an army admitting its losses. */
const COURT = new RegExp(
  `(?<!${L})${AR_PREFIX}(?:${anyOf(['محكمة', 'المحكمة', 'متهم', 'المتهم', 'مدان', 'المدان', 'قاضي', 'القضاء'])})(?!${L})|(?<!${L})(?:court|judiciary|judge|trial|defendants?)(?!${L})`,
  'u',
);

/** Tied to the event told before: retold in the pluperfect, or at "the same" place. */
export function pointsBack(matchText: string): boolean {
  return PLUPERFECT.test(matchText) || SAME.test(matchText);
}

/**
 * "Khalis was hit by a similar market bombing in 2015 that killed more than 100 people", "وكان
 * التفجير قد وقع في 11 آب 2016 … ما أسفر عن مقتل 23": one event, named in the singular, with its own
 * dead or wounded — a background event with figures, kept as an incident whatever its age (a total
 * over a span, "since…", "during…", stays a total).
 */
/** What `recallsOneEvent` reads of a clause's facts (clause.ts's ClauseFacts; clause.ts imports this file, so not that type). */
export interface RecalledClause {
  casualties: Pick<Casualties, 'killed' | 'wounded'>;
  place: Pick<ResolvedPlace, 'governorate'> | null;
  aggregate: boolean;
  denied: boolean;
  remains: boolean;
  separate: boolean;
  similar: boolean;
}

/** A number right before `at` ("520 هجوما"), not the year of a date told before the event ("في آذار 2015 مجزرة"). */
function countBefore(text: string, at: number): boolean {
  const digits = /(\d+)\s{0,2}$/u.exec(text.slice(0, at));
  return digits !== null && !isYear(text, digits.index, digits.index + digits[1]!.length);
}

export function recallsOneEvent(facts: RecalledClause, matchText: string): boolean {
  const { killed, wounded } = facts.casualties;
  if (killed === null && wounded === null) return false;
  if (facts.aggregate || facts.denied || facts.remains) return false;
  // tied to the news: retold in the pluperfect, likened to it, ranked against it, or what it came after; a bare
  // "In 2014, militants killed 40 people" is history, not an event of this article
  // (only where the clause places it: "since a bombing in Tayaran Square" alone names no governorate)
  const ranked = RANKED_SINCE.test(matchText) && !!facts.place?.governorate;
  const worst = WORST_OF_SERIES.exec(matchText);
  const judged = COURT.test(matchText) ? JUDGED.exec(matchText) : null;
  if (!ranked && !worst && !judged && !facts.separate && !facts.similar && !pointsBack(matchText))
    return false;
  // ("The strikes came around 18 months after a similar raid … killed 18": the news before "after" is
  // the subject, the event recalled is what follows it; so is what follows the worst of a series)
  const after = CAME_AFTER.exec(matchText) ?? worst ?? judged;
  const recalled = after ? matchText.slice(after.index + after[0].length) : matchText;
  const one = ONE_EVENT.exec(recalled);
  // "520 هجوما": a count of events, not one (not the year of a date told before it: "في آذار 2015 مجزرة")
  const counted = one !== null && countBefore(recalled, one.index);
  // (the superlative itself picks one blow out of the series)
  const oneEvent = worst !== null || (one !== null && !counted);
  return oneEvent && !PLURAL.test(recalled) && (ranked || !SPAN.test(recalled.replace(DURING_ONE, '')));
}

/**
 * "وليست هذه المرة الأولى التي يستهدف فيها المخيم، ففي…", "ولم تكن هذه الحادثة الأولى…", "This is not
 * the first time …": a sentence opening so tells next an earlier blow of the news's kind.
 */
const NOT_THE_FIRST = new RegExp(
  `^["«“]?\\s*(?:(?:${anyOf(['وليست', 'ليست', 'وليس', 'ليس', 'ولم تكن', 'لم تكن', 'ولم يكن', 'لم يكن'])})\\s+(?:${anyOf(['هذه', 'هذا'])})\\s+(?:\\p{L}+\\s+){1,2}?(?:${anyOf(['الأولى', 'الأول'])})|(?:it|this|that) (?:is|was) not the first)(?!${L})`,
  'u',
);

/**
 * "In March, a car bomb in Tabqa killed 12", "وفي تموز الماضي هاجم مسلحون السوق ما أسفر عن مقتل 40":
 * an earlier blow told by its own month or day with its own toll, one event however long ago — an
 * incident of its own, as gold writers count it. Neither a span summed ("since…", "during…") nor
 * blows in the plural ("22 militants were killed in air strikes in March"), nor a count of events.
 */
export function datedOneEventAgo(facts: RecalledClause, matchText: string, date: DateValue): boolean {
  const { killed, wounded } = facts.casualties;
  if (killed === null && wounded === null) return false;
  if (facts.aggregate || facts.denied || facts.remains) return false;
  if (date.to > addDays(date.from, MONTH_DAYS)) return false;
  // (what the news "came after" is read by recallsOneEvent and blowCameBefore; bodies pulled out
  // later are where they were found, not where the victims were taken)
  if (CAME_AFTER.test(matchText) || BODIES.test(matchText)) return false;
  const one = ONE_EVENT.exec(matchText);
  if (one !== null && countBefore(matchText, one.index)) return false;
  return !PLURAL.test(matchText) && !SPAN.test(matchText.replace(DURING_ONE, ''));
}

/** "the bodies of nine of them were pulled from the river", "عثر على جثث": the dead found, not the deed. */
const BODIES = new RegExp(`(?<!${L})(?:bodies|${anyOf(['جثث', 'جثة', 'جثامين'])})(?!${L})`, 'u');

/**
 * "لم يعترف التحالف إلا بمقتل 23 مدنياً خلال تلك الفترة", "during that period": dead counted over the
 * span told before, a total, not an event.
 */
const OVER_THAT_SPAN = new RegExp(
  `(?<!${L})(?:(?:${anyOf(['خلال', 'طوال', 'في'])})\\s+(?:${anyOf(['تلك', 'هذه'])})\\s+(?:${anyOf(['الفترة', 'المدة', 'الأشهر', 'السنوات', 'الأعوام'])})|(?:during|over|in|throughout) (?:that|this|the same) (?:period|span|time))(?!${L})`,
  'u',
);
export function countedOverThatSpan(matchText: string): boolean {
  return OVER_THAT_SPAN.test(matchText);
}

/** The longest a month runs: a date no wider than this is a month, a week or a day. */
const MONTH_DAYS = 30;

/**
 * "وليست هذه المرة الأولى التي يتعرض فيها المطار لهجمات مماثلة، ففي أيلول 2020 سقطت ستة صواريخ قرب
 * المطار، وأصيب طفلان وامرأة": what the sentence tells after "not the first time" is one earlier
 * event with its own toll, however long ago, as a blow likened to the news is (recallsOneEvent);
 * a total over a span told there ("…، إذ قتل خلال العام الماضي 40") stays a total. `sentence` is the
 * whole sentence's matching form, `matchText` the clause's.
 */
export function recalledAsNotTheFirst(facts: RecalledClause, matchText: string, sentence: string): boolean {
  const { killed, wounded } = facts.casualties;
  if (killed === null && wounded === null) return false;
  if (facts.aggregate || facts.denied || facts.remains) return false;
  const opening = NOT_THE_FIRST.exec(sentence);
  if (!opening) return false;
  // (the words of the opening itself, "…الأولى خلال أيام العيد", span nothing of the event)
  const own = NOT_THE_FIRST.exec(matchText);
  const told = own ? matchText.slice(own.index + own[0].length).replace(/^[^،,]*[،,]/u, '') : matchText;
  return !SPAN.test(told) && !PLURAL.test(told);
}

/**
 * "The strike came almost a year after a drone killed four people near Sinjar": with a toll of its
 * own, what follows "after" is an earlier event; with none ("The fighting comes a year after the
 * SDF drove IS out of Raqqa"), the background of the news.
 */
const CAME_AFTER = /^["«“]?\s*the (?:[\p{L}-]+ ){1,5}?(?:comes|came|come) (?:[\p{L}\d-]+ ){0,4}?after\s/u;

/**
 * "ويأتي هذا الاستهداف بعد أيام من حملة قصف واسعة", "وتأتي الغارات بعد يومين من استهداف القاعدة":
 * the same in Arabic, the news named by its noun (after "هذا"/"ذلك" or alone) as the subject of
 * "يأتي"/"جاء" (a blow likened to the news, "بعد أربعة أيام من هجوم مماثل", is recalled as one of its
 * own: recallsOneEvent).
 */
const CAME_AFTER_AR = new RegExp(
  `^["«“]?\\s*(?:${anyOf(['ويأتي', 'يأتي', 'وتأتي', 'تأتي', 'وجاء', 'جاء', 'وجاءت', 'جاءت'])})\\s+(?:(?:${anyOf(['هذا', 'هذه', 'ذلك', 'تلك'])})\\s+)?${normalizeForMatch('ال')}\\p{L}+(?:\\s+${normalizeForMatch('ال')}\\p{L}+)?\\s+${normalizeForMatch('بعد')}\\s`,
  'u',
);

/** The clause (in matching form) tells the news as coming after something. */
export function comesAfter(matchText: string): boolean {
  return CAME_AFTER.test(matchText) || (CAME_AFTER_AR.test(matchText) && !SIMILAR.test(matchText));
}

/** Kinds of event that are a blow struck (not a statement, a protest, a deal). */
const BLOWS: ReadonlySet<IncidentEvent['type']> = new Set([
  'explosions_remote_violence',
  'battles',
  'violence_against_civilians',
]);

/**
 * Where the words end that tell the news as coming after something ("ويأتي الهجوم بعد", "the strikes
 * came a day after") or answering it ("جاءت رداً على", "came in retaliation for"); null: neither.
 */
function toldBefore(matchText: string): { end: number } | null {
  const after = comesAfter(matchText) ? (CAME_AFTER.exec(matchText) ?? CAME_AFTER_AR.exec(matchText)) : null;
  return after ? { end: after.index + after[0].length } : answerOfTold(matchText);
}

/**
 * "وجاءت الغارات بعد ساعات من هجوم بطائرات مسيرة استهدف قاعدة … عصر الأحد، دون ورود معلومات عن
 * خسائر", "The strikes came a day after rockets hit a base in Anbar on Monday, causing no injuries",
 * "جاءت رداً على هجوم نفذ أمس الثلاثاء على قاعدة عين الأسد": what the news came after or answered is
 * a blow of its own, toll or none, where the words after "after" (or the answer's words) name a blow
 * and the clause gives it its own day (or night) and place, the news before them naming no place. "No
 * casualties" tells how the blow ended, not that there was none. With no day or place of its own
 * ("The attack comes days after a rocket attack on the embassy") it stays the news's background.
 */
export function blowCameBefore(
  matchText: string,
  days: readonly { start: number; date: DateValue }[],
  place: Pick<ResolvedPlace, 'governorate'> | null,
  placeOf: (text: string) => Pick<ResolvedPlace, 'governorate'> | null,
): boolean {
  if (!place?.governorate) return false;
  const before = toldBefore(matchText);
  if (!before) return false;
  const blow = classifyEvent(matchText.slice(before.end), []).event;
  // (its own day or night, named past "after": not the distance from the news, "بعد يومين من", "days after")
  return (
    days.some((d) => d.start >= before.end && !longerThanNight(d.date)) &&
    blow !== null &&
    BLOWS.has(blow.type) &&
    !placeOf(matchText.slice(0, before.end))?.governorate
  );
}
