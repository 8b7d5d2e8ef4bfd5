// Tolls summed over a span or over counted events: statistics, not one incident (beside event-cues.ts's aggregates).
import type { IncidentEvent } from '../../content/schema.js';
import type { Count } from '../reading/count.js';
import type { DateValue } from '../dates/date-values.js';
import type { DateMention } from '../reading/types.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf as f } from '../reading/word-pattern.js';
import { ar } from '../events/cue-pattern.js';
import { KILLED_CUES } from '../casualties/dying-verbs.js';
import { withoutRankedSpans } from '../events/series/rank-span.js';
import { acrossCountry } from './country-wide.js';
import { ACROSS_EN, COUNTRY_EN } from './whole-country.js';
import { standingCharge } from './standing-charge.js';
import { daysBetween } from '../dates/calendar.js';
import { monthNames } from '../dates/months.js';
import { withoutOwnOnsetDay } from './since-own-onset.js';
import { countedOverCountedMonths } from './months-counted.js';

/**
 * "خلال عامي 2016 و2017", "خلال شهر تشرين الثاني الجاري", "during the month", "منذ انطلاقها في الأول من
 * تشرين الأول" (since they began on the first of October): a span of months or
 * years; "since its campaign against IS began in 2014", "since the offensive started", "since the
 * unrest erupted on March 3": a span from an event long before (its onset told by any verb of
 * beginning, whatever day follows it, and however long the words that say which event: "since the
 * army's spring offensive on the last rebel-held province began"); "in the months that followed",
 * "over the following years", "خلال الأشهر التي تلت": the months after an event told before (a toll
 * "nearly 600 killed nationwide in the months that followed" the protests began); so is the week
 * after it, "379 people were killed in the week that followed", "خلال الأسبوع الذي تلا التفجير" (a
 * week of many blows' dead; not "in the days that followed", which may be one blow's wounded dying); so is a wave
 * of attacks after such an event, "في موجة الهجمات التي أعقبت تشكيل الحكومة", "تفجير المرقد … والذي
 * أعقبته موجة من أعمال العنف أودت بحياة 1300", "in the wave of violence that followed the elections"
 * (the wave told as following an event, the span the count runs over: not "a wave of car bombs tore
 * through Baghdad on Monday", one day's blows).
 */
const SPAN = new RegExp(
  `(?<!${L})(?:${f(['موجة'])}) (?:${f(['من'])} )?(?:${f(['الهجمات', 'العنف', 'أعمال العنف', 'التفجيرات', 'الاغتيالات', 'الاعتداءات'])})(?: [^\\s،,.]+)? (?:${f(['التي أعقبت', 'التي تلت'])})(?!${L})|(?<!${L})(?:${f(['أعقبته', 'أعقبتها', 'تلته', 'تلتها'])}) (?:${f(['موجة'])})(?!${L})|(?<!${L})(?:in|during) the (?:[\\p{L}-]+ )?wave of (?:attacks|violence|bombings|killings|assassinations) (?:that|which) (?:has |have )?followed(?!${L})|(?<!${L})(?:${f(['خلال عامي', 'خلال الأعوام', 'خلال الاعوام', 'خلال شهر', 'خلال الشهر الجاري', 'خلال الشهر الماضي', 'منذ انطلاق', 'منذ إطلاق', 'منذ انطلاقها', 'منذ انطلاقه', 'منذ اندلاع', 'منذ اندلاعها', 'منذ اندلاعه'])})(?!${L})|(?<!${L})(?:${f(['خلال', 'في'])}) (?:${f(['الأسابيع', 'الأشهر', 'الشهور', 'الأعوام', 'السنوات'])}) (?:${f(['التالية', 'اللاحقة', 'التي تلت', 'التي أعقبت'])})(?!${L})|(?<!${L})(?:${f(['خلال', 'في'])}) (?:${f(['الأسبوع'])}) (?:${f(['التالي', 'اللاحق', 'الذي تلا', 'الذي أعقب', 'الذي تلاه', 'الذي أعقبه'])})(?!${L})|(?<!${L})(?:(?:in|during|over) the (?:weeks?|months|years) (?:that|which) followed|(?:in|during|over) the (?:following|ensuing|subsequent) (?:weeks?|months|years))(?!${L})|(?<!${L})(?:during the month|in the month of|so far this month|this month alone|last month alone|over the past month|in the past month|since (?:the|its|their) (?:[\\p{L}-]+ ){0,9}(?:began|started|erupted|broke out|flared|was launched|were launched|got under way))(?!${L})`,
  'u',
);

/** Month names in matching form, English ("december", "dec") and Arabic apart. */
const MONTHS_EN = monthNames()
  .map((m) => m.name)
  .filter((name) => /^[a-z]{3,}$/u.test(name));
const MONTHS_AR = monthNames()
  .map((m) => m.name)
  .filter((name) => !/^[a-z]/u.test(name));

/**
 * "27 bodies were found in the province in December alone", "in 2006 alone", "في شهر تموز وحده": a
 * month or a year named, then "alone", weighs the count as the span's, however few its events.
 */
const SPAN_ALONE = new RegExp(
  `(?<!${L})(?:in|during|for)\\s+(?:the month of\\s+)?(?:(?:${MONTHS_EN.join('|')})(?:\\s+\\d{4})?|\\d{4})\\s+alone(?!${L})|(?<!${L})(?:${f(['في', 'خلال'])})\\s+(?:${f(['شهر'])}\\s+)?(?:${MONTHS_AR.join('|')})(?:\\s+\\d{4})?\\s+(?:${f(['وحده', 'لوحده'])})(?!${L})`,
  'u',
);

/**
 * "At least 14 people were killed in violence across northeast Syria this week", "قتل 30 شخصاً في
 * مناطق متفرقة من العراق خلال الأسبوع الماضي": a week's toll told across the country or a side of it,
 * a weekly tally of many places (not "killed in a raid on a house in Thiban this week", one event a
 * week may date, told at its place).
 */
const WEEK_ACROSS = new RegExp(
  `(?<!${L})${f(ACROSS_EN)}\\s+(?:[\\p{L}-]+\\s+){0,3}?${COUNTRY_EN}(?!${L})[^.;]{0,40}?(?<!${L})(?:this|last|the past) week(?!${L})|(?<!${L})(?:${f(['أنحاء', 'مناطق'])})\\s+(?:[^\\s،,.]+\\s+){0,4}?(?:${f(['سوريا', 'سورية', 'العراق', 'البلاد'])})(?!${L})[^.،؛]{0,40}?(?<!${L})(?:${f(['هذا الأسبوع', 'الأسبوع الماضي', 'الأسبوع الفائت'])})(?!${L})`,
  'u',
);

/**
 * "ووثقت الشبكة مقتل 23 مدنياً في ريف المحافظة خلال الأسبوع.", "… during the week.": the week a weekly
 * report covers, told bare at the end of its phrase (not "خلال الأسبوع الفائت أكثر من 40 غارة", a
 * past week that may date one event told in it); "استقبلت المشافي أكثر من 200 جريح خلال أسبوع واحد",
 * "treated 200 wounded in a single week", "نفذت الطائرات أكثر من 350 غارة خلال أسبوعين": a week (or
 * two) told indefinite, how long a tally ran, which no day of one event is ("two elders were
 * assassinated within a week of each other" tells how close two killings fell, no tally).
 */
const REPORT_WEEK = new RegExp(
  `(?<!${L})(?:${f(['خلال الأسبوع'])}|during the week)(?=\\s*(?:[،,.؛;]|$))|(?<!${L})(?:${f(['خلال أسبوع', 'في أسبوع', 'في غضون أسبوع', 'خلال أسبوعين', 'في أسبوعين', 'في غضون أسبوعين'])}|(?:in|within|over) (?:(?:a|one) (?:single )?week|two weeks)(?! of (?:each other|one another)))(?!${L})`,
  'u',
);

/**
 * "وثّق مكتب … 32 عملية", "documented 47 attacks", "سجل التقرير مقتل 16", "the province recorded 139
 * deaths", "had verified the deaths of 275": a documenting verb and a count, a statistic. Not
 * where the verb is set against a count just given ("أعلن الهلال الأحمر مقتل 11، في حين وثق المرصد
 * مقتل 14", "…, while the monitor documented 14 deaths"): a second source's toll of the same event.
 */
const DOCUMENTED = new RegExp(
  `(?<!${L})(?<!(?:${f(['في حين', 'فيما', 'بينما'])}|while|whereas)\\s+(?:[\\p{L}'’-]+\\s+){0,6})(?:${f(['وثق', 'وثقت', 'أحصى', 'أحصت', 'سجل', 'سجلت'])}|documented|tallied|recorded|verified)(?!${L})(?:\\s+[^\\d\\s،,.]+){0,6}\\s+\\d`,
  'u',
);

/**
 * "The coalition has acknowledged responsibility for 104 civilian deaths in the city", "acknowledged
 * the deaths of 1,061 civilians", "أقر التحالف بمسؤوليته عن مقتل 1300 مدني": a force owning up to the
 * civilians its campaign killed, a count over all its strikes (where the clause gives no day: "admitted
 * responsibility for three civilian deaths in a strike on Monday" is one).
 */
const ACKNOWLEDGED = new RegExp(
  `(?<!${L})(?:acknowledged|admitted)\\s+(?:responsibility\\s+for\\s+)?(?:the\\s+deaths\\s+of\\s+)?(?:(?:at least|more than|nearly|about)\\s+)?\\d[\\d,]*\\s+(?:(?:unintentional|civilian)\\s+deaths|civilians)(?!${L})|(?<!${L})(?:${f(['أقر', 'أقرت', 'اعترف', 'اعترفت'])})(?!${L})(?:\\s+[^\\s،,.]+){0,3}?\\s+(?:${f(['بمسؤوليته عن مقتل', 'بمسؤوليتها عن مقتل'])})\\s+(?:${f(['أكثر من', 'نحو'])}\\s+)?\\d[\\d,]*\\s+(?:${f(['مدنيا', 'مدنيين', 'مدني'])})(?!${L})`,
  'u',
);

/**
 * "في واحد من أعنف الهجمات التي شهدتها المحافظة خلال العام الماضي", "one of the deadliest attacks
 * this year": a superlative that ranks the event among others of a span, which does not make it a
 * total. The phrase is left out before a clause is tested for aggregates.
 */
const SUPERLATIVE = new RegExp(
  `(?<!${L})(?:${f(['في واحد من', 'في واحدة من', 'واحد من', 'واحدة من', 'أحد', 'إحدى'])})\\s+(?:${f(['أعنف', 'أكثر', 'أسوأ', 'أخطر', 'أكبر', 'أشد', 'أدمى', 'أبرز'])})(?!${L})[^،,.؛]*|(?<!${L})one of the (?:deadliest|worst|bloodiest|biggest|largest|most [\\p{L}-]+)(?!${L})[^,.;]*`,
  'gu',
);

/** Words without which no superlative is told. */
const RANKING_WORD = new RegExp(
  `${f(['أعنف', 'أكثر', 'أسوأ', 'أخطر', 'أكبر', 'أشد', 'أدمى', 'أبرز'])}|deadliest|worst|bloodiest|biggest|largest|most`,
  'u',
);

/**
 * "over the past three decades", "in the last 12 months", "during the past few years", "in recent
 * weeks", "خلال السنوات الماضية", "خلال العقود الثلاثة الأخيرة", "في الأسابيع الأخيرة": weeks or more,
 * in the plural, counted back from the day of the report, which no reader of dates gives a day to
 * (not hours or days, "in the past 24 hours", which may hold one event); so are the first weeks or
 * months of a span, "in the first three weeks of June", "خلال الأسابيع الثلاثة الأولى من حزيران".
 */
const PAST_MONTHS_OR_YEARS = new RegExp(
  `(?<!${L})(?:over|in|during|within|throughout)\\s+(?:the\\s+(?:past|last)|recent)\\s+(?:[\\p{L}\\p{N}-]+\\s+)?(?:weeks|months|years|decades)(?!${L})|(?<!${L})(?:over|in|during|within|throughout)\\s+the\\s+first\\s+(?:[\\p{L}\\p{N}-]+\\s+)?(?:weeks|months|years)\\s+of(?!${L})|(?<!${L})(?:${f(['خلال', 'طيلة', 'طوال', 'على مدى', 'على مدار', 'في'])})\\s+(?:${f(['الأسابيع', 'الأشهر', 'الشهور', 'السنوات', 'الأعوام'])})\\s+(?:[^\\s،,.]+\\s+)?(?:${f(['الأولى'])})\\s+(?:${f(['من'])})(?!${L})|(?<!${L})(?:${f(['خلال', 'طيلة', 'طوال', 'على مدى', 'على مدار', 'في'])})\\s+(?:${f(['الأسابيع', 'الأشهر', 'الشهور', 'السنوات', 'الأعوام', 'العقود'])})\\s+(?:[^\\s،,.]+\\s+)?(?:${f(['الماضية', 'الأخيرة', 'المنصرمة', 'الفائتة'])})(?!${L})`,
  'u',
);

/**
 * "October is on pace to be the deadliest month for American troops in nearly two years, with 73
 * killed so far", "ما يجعله الشهر الأكثر دموية منذ…": a month (or a year) ranked by its dead, whose
 * count the clause then gives: the month's toll, not one event's.
 */
const DEADLIEST_SPAN = new RegExp(
  `(?<!${L})(?:deadliest|bloodiest|most violent)\\s+(?:month|year)(?!${L})|(?<!${L})(?:${f(['الشهر الأكثر دموية', 'العام الأكثر دموية', 'أكثر الأشهر دموية', 'أدمى شهر', 'أدمى عام'])})(?!${L})`,
  'u',
);

/** Days from a date's first to its last for it to be a month or more (February's 27 too). */
const MONTH_DAYS = 27;

/**
 * "خلال الشهر الفائت", "خلال شهر كانون الثاني", "طيلة العام", "during September", "over the past
 * year", "throughout 2016": a word that spreads what is counted over the whole of the date after it
 * (not "في أيلول", "in September", which may only date one event of the month).
 */
const OVER_THE_WHOLE = new RegExp(
  `(?<!${L})(?:${f(['خلال', 'طيلة', 'طوال', 'على مدى', 'على مدار'])}|during|over|throughout)\\s*$`,
  'u',
);

/**
 * "خلال الشهر ذاته", "طيلة الفترة نفسها", "during the same month", "over the same period": the span a
 * report counts over, named back (no date of its own for the readers of dates to find).
 */
const OVER_THE_SAME_SPAN = new RegExp(
  `(?<!${L})(?:${f(['خلال', 'طيلة', 'طوال', 'على مدى', 'على مدار'])})\\s+(?:${f(['الشهر', 'الفترة', 'المدة', 'العام', 'السنة'])})\\s+(?:${f(['ذاته', 'ذاتها', 'نفسه', 'نفسها'])})(?!${L})|(?<!${L})(?:during|over|throughout)\\s+the\\s+same\\s+(?:month|period|year)(?!${L})`,
  'u',
);

/**
 * "خلال الموسم الماضي", "طيلة العام", "على مدى الحرب", "during the year", "over the past season",
 * "throughout the war": a span named by its noun (a year, a season, a period, a war) that a word
 * spreads what is counted over, which no reader of dates gives a day to. Only where the clause
 * gives no day of its own: dated so ("قتل جندي أمس بعبوة، فيما رفعت الفرق 40 لغماً خلال الشهر
 * الحالي"), the span is of something else the clause tells. So is the month a monthly report covers,
 * told bare at the end of its phrase: "ووثق التقرير مقتل 214 مدنياً خلال الشهر، بينهم 52 طفلاً" (not
 * "ومن أبرز المجازر التي وثقها المرصد خلال الشهر، مقتل 41 … في الـ23 من تموز", dated). Not a day or a week, which may hold one event told in it, nor a
 * campaign or an operation, whose noun may name one raid ("قتل ثلاثة مسلحين خلال العملية").
 */
const OVER_A_NAMED_SPAN = new RegExp(
  `(?<!${L})(?:${f(['خلال', 'طيلة', 'طوال', 'على مدى', 'على مدار'])})\\s+(?:${f(['العام', 'السنة', 'الموسم', 'الفترة', 'المدة', 'الحرب'])})(?!${L})|(?<!${L})(?:${f(['خلال الشهر', 'طيلة الشهر', 'طوال الشهر'])})(?=\\s*(?:[،,.؛;]|$))|(?<!${L})(?:during|over|throughout)\\s+the\\s+(?:(?:past|last|whole|entire)\\s+)?(?:year|season|period|war)(?!${L})`,
  'u',
);

/**
 * A date of a month or more that a word before it spreads the clause's count over, the same span
 * named back, or months or years counted back; or a span named by its noun where the clause gives
 * no date of an event (text in matching form).
 */
function countedOverMonths(text: string, dates: readonly DateMention[]): boolean {
  if (OVER_THE_SAME_SPAN.test(text) || PAST_MONTHS_OR_YEARS.test(text)) return true;
  // ("خلال ثلاثة أشهر من المعارك", "over three months of fighting": months-counted.ts)
  if (countedOverCountedMonths(text)) return true;
  if (!dates.some((d) => d.role === 'event') && OVER_A_NAMED_SPAN.test(text)) return true;
  const monthLong = (d: DateMention): boolean => daysBetween(d.date.from, d.date.to) >= MONTH_DAYS;
  // "2,417 were wounded in bombings across the country in August": a month told over the whole
  // country is the month's count of all its events, whatever word dates it
  if (acrossCountry(text) && dates.some(monthLong)) return true;
  return dates.some(
    (d) => monthLong(d) && OVER_THE_WHOLE.test(text.slice(Math.max(0, d.start - 20), d.start)),
  );
}

/**
 * A toll summed over a span or over documented events (text in matching form). A documenting verb
 * before the dead of one event the clause names at its place ("وثّق المرصد مقتل 5 جنود في هجوم على
 * مواقعهم في بادية الميادين", "the monitor documented the deaths of four fighters in clashes near Tal
 * Tamr") tells that event: `oneEvent` says the clause names one.
 */
export function periodTotal(text: string, oneEvent = false, dates: readonly DateMention[] = []): boolean {
  return (
    // (not "since the operation began on Thursday", the running toll of the one told: since-own-onset.ts)
    ((SPAN.test(withoutOwnOnsetDay(text)) || SPAN_ALONE.test(text) || countedOverMonths(text, dates)) &&
      !(oneEvent && blowStruckInSpan(text))) ||
    // (not the week an ordinal ranks the event in: "وهذا هو الانفجار الثاني في المدينة خلال أسبوع")
    REPORT_WEEK.test(withoutRankedSpans(text)) ||
    WEEK_ACROSS.test(text) ||
    DEADLIEST_SPAN.test(text) ||
    (DOCUMENTED.test(text) && !(oneEvent && !manyBlowsUndated(text, dates))) ||
    (ACKNOWLEDGED.test(text) && !dates.some((d) => d.role === 'event')) ||
    standingCharge(text, dates)
  );
}

/**
 * "وثقت الشبكة مقتل 40 مقاتلاً في ريف حمص، أغلبهم في كمائن وغارات", "documented 40 deaths, most in
 * raids on the camps": what a body documented in blows told only in the plural, with no day of
 * their own, is its count of many blows, even where the clause names a place (clashes of one day,
 * "في الاشتباكات يوم أمس", stay one battle).
 */
function manyBlowsUndated(text: string, dates: readonly DateMention[]): boolean {
  return BLOWS_IN_PLURAL.test(text) && !ONE_BLOW_STRUCK.test(text) && !dates.some((d) => d.role === 'event');
}

/**
 * "وكانت عصابات التنظيم قد شنت خلال شهر رمضان هجوماً على نقطة…", "…قتلوا خلال الشهر الماضي بكمين
 * قرب…", "militants launched an attack on a post during the month of Ramadan": one blow, named
 * indefinite in the singular as what was done, that the span only dates — not a toll summed over it.
 * (Not one counted, "14 هجوماً", nor beside blows in the plural, "في هجمات وتفجيرات".)
 */
const ONE_BLOW_STRUCK = new RegExp(
  `(?<![\\d\\p{N}]\\s*)(?<!${L})(?:${f(['هجوما', 'تفجيرا', 'كمينا', 'بهجوم', 'بتفجير', 'بكمين', 'في هجوم', 'في تفجير', 'في كمين'])})(?!${L})|(?<!${L})(?:in|launched|carried out|staged|mounted)\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:attack|bombing|ambush|raid|assault)(?!${L})`,
  'u',
);

/** Blows in the plural: a span's many, which one blow named beside them does not make one event. */
const BLOWS_IN_PLURAL = new RegExp(
  `(?<!${L})(?:${f(['هجمات', 'تفجيرات', 'غارات', 'كمائن', 'عمليات', 'معارك', 'اشتباكات', 'الهجمات', 'التفجيرات', 'الغارات', 'العمليات', 'المعارك', 'الاشتباكات'])})(?!${L})|(?<!${L})(?:attacks|bombings|ambushes|raids|assaults|strikes|airstrikes|clashes|battles)(?!${L})`,
  'u',
);

/** The clause (in matching form) tells one blow struck within its span. */
function blowStruckInSpan(text: string): boolean {
  return ONE_BLOW_STRUCK.test(text) && !BLOWS_IN_PLURAL.test(text);
}

/**
 * "تتواصل الاشتباكات بين قسد وعناصر التنظيم …، حيث وثق المرصد مقتل 7 من قسد و12 من التنظيم منذ
 * صباح أمس", "وثّق المرصد مقتل 11 مقاتلاً من قسد و17 من التنظيم في هذه الاشتباكات يوم أمس": clashes the
 * clause names, on one day (or since one), are one battle whose dead the monitor counts — even at a
 * spot the gazetteer does not know ("east of the city").
 */
export function dayOfClashes(event: IncidentEvent | null, date: DateValue | null): boolean {
  return event?.subType === 'armed_clash' && date?.precision === 'day';
}

/** The clause (in matching form) without a superlative's span, with as many characters (offsets keep). */
export function withoutSuperlative(text: string): string {
  if (!RANKING_WORD.test(text)) return text;
  return text.replace(SUPERLATIVE, (m) => ' '.repeat(m.length));
}

/**
 * "وكانت الكرادة قد شهدت … أعنف تفجير تشهده العاصمة منذ عام 2003، … ما أدى إلى مقتل أكثر من 320",
 * "a string of bombings killed more than 130 people there, in the deadliest attack in the capital's
 * vicinity since the start of the crisis in 2011", "…were killed when troops clashed with gunmen near
 * X, in the deadliest such confrontation since December": the superlative of one blow, the elative before a
 * blow's noun in the singular, ranks the blow whose toll the clause counts among those of a span —
 * one event, no total (without a toll of its own, "في ما وصفه ناشطون بأنه أكبر مجزرة منذ بدء
 * الثورة" only remarks on the news).
 */
const BLOW_SUPERLATIVE = new RegExp(
  `(?<!${L})(?:${f(['أعنف', 'أسوأ', 'أخطر', 'أكبر', 'أشد', 'أدمى'])})\\s+(?:${f(['تفجير', 'هجوم', 'اعتداء', 'انفجار', 'غارة', 'هجمة', 'مجزرة', 'قصف', 'كمين'])})(?!${L})[^،,.؛]*|(?<!${L})the (?:deadliest|worst|bloodiest|biggest|largest) (?:single |such )?(?:attack|bombing|blast|strike|assault|ambush|massacre|confrontation|clash|incident|raid|explosion)(?!${L})[^,.;]*`,
  'gu',
);

/** The clause (in matching form) that counts a toll, without its blow's superlative (offsets keep). */
export function withoutBlowSuperlative(text: string): string {
  if (!RANKING_WORD.test(text)) return text;
  return text.replace(BLOW_SUPERLATIVE, (m) => ' '.repeat(m.length));
}

/**
 * "وهذه الغارة الثانية من نوعها خلال الشهر الجاري، إذ قتل اثنان … في وقت سابق من هذا الشهر" (or
 * "وهذه ثاني عملية اغتيال … منذ مطلع الشهر، إذ قتل الناشط … في الثاني من تشرين الثاني", the toll
 * after the comma): the
 * event's rank among others of a span, with the toll of an earlier one told after it, sums nothing
 * (English copy splits the rank off into a clause of its own: "the third such attack this month,
 * after…"). A rank with no toll ("ويعد الهجوم الثالث من نوعه منذ مطلع الشهر") only remarks on the
 * event told, and stays a span.
 */
const RANK = new RegExp(
  `(?<!${L})(?:${f(['الثاني', 'الثانية', 'الثالث', 'الثالثة', 'الرابع', 'الرابعة', 'الخامس', 'الخامسة'])})\\s+(?:${f(['من نوعه', 'من نوعها'])})(?!${L})[^،,.؛]*|(?<!${L})(?:${f(['ثاني', 'ثالث', 'رابع', 'خامس'])})\\s+(?:${f(['عملية', 'هجوم', 'غارة', 'تفجير', 'حادثة', 'اعتداء'])})(?!${L})[^،,.؛]*(?=[،,])`,
  'gu',
);

/** The clause (in matching form) without an ordinal rank's span, with as many characters (offsets keep). */
export function withoutRank(text: string): string {
  if (!text.includes(normalizeForMatch('نوع')) && !/(?:ثاني|ثالث|رابع|خامس)\s/u.test(text)) return text;
  return text.replace(RANK, (m) => ' '.repeat(m.length));
}

/** Dead that one event with no word for what it was seldom leaves, and a month's count often does. */
const MANY_DEAD = 10;

/**
 * "45 civilians were killed in Idlib in July", "قتل 45 مدنيا الشهر الماضي": many dead over a month
 * or more, with no word for what happened, are a month's count, not one event ("In February, a
 * rocket attack killed…" names its event; "an operation last month killed a senior financier" has
 * one dead: both stay events). So are many wounded where no dead are read ("a health directorate put
 * the wounded in the province last month at 1,093"): the month's other side of the same count.
 */
export function monthsToll(
  date: { from: string; to: string },
  eventNamed: boolean,
  killed: Count | null,
  wounded: Count | null = null,
): boolean {
  const days = daysBetween(date.from, date.to);
  const many = (c: Count | null): boolean => c !== null && (typeof c === 'number' ? c : c.low) >= MANY_DEAD;
  return !eventNamed && days >= 27 && (many(killed) || (killed === null && many(wounded)));
}

/**
 * "four American soldiers died in Iraq in October, one of the lowest monthly tolls since 2003", "وهي
 * أدنى حصيلة شهرية منذ…", "the highest monthly death toll": the count named as a month's, however few.
 */
const MONTHLY_TOLL = new RegExp(
  `(?<!${L})monthly (?:death |casualty )?(?:tolls?|tally|tallies|figures?)(?!${L})|(?<!${L})(?:${f(['حصيلة شهرية', 'الحصيلة الشهرية'])})(?!${L})`,
  'u',
);

/**
 * "The number of civilians killed in the province fell by half in December", "ارتفع عدد القتلى
 * المدنيين خلال تشرين الأول إلى…": the number of a side's dead (a few words may say whose) told over
 * a month is the month's count, however the clause goes on — no one event of the month.
 * (The number of one event's dead, "raising the number of people killed in the attack to 20", is
 * dated by its day, not a month.)
 */
const NUMBER_OF_DEAD = new RegExp(
  `(?<!${L})number of (?:[\\p{L}-]+ ){0,4}?(?:killed|dead|deaths|who (?:were |have been |had been )?killed|who (?:have |had )?died)(?!${L})|(?<!${L})(?:${f(['عدد القتلى', 'عدد الضحايا', 'عدد الشهداء'])})(?!${L})`,
  'u',
);

/**
 * The clause (in matching form), told over a month or more, names its count a month's toll: the
 * month's count, not one event, however few its dead (beside `monthsToll`, which goes by how many);
 * so is the number of the dead told over a month.
 */
export function namedMonthlyToll(date: DateValue, text: string): boolean {
  const days = daysBetween(date.from, date.to);
  return (days >= 27 && MONTHLY_TOLL.test(text)) || (days >= 27 && NUMBER_OF_DEAD.test(text));
}

/**
 * "The attack was the deadliest since December, when gunmen killed 11 people in a village", "…منذ
 * كانون الأول، حين قتل مسلحون 11 شخصاً": the month told, then the one occasion in it ("when") whose
 * dead they were — an event of that month, however many died, not the month's count (not blows in
 * the plural, "in July, when raids killed 40").
 */
const KILLED_WHEN = new RegExp(
  `(?<!${L})(?:when|${f(['حين', 'حينما', 'عندما'])})\\s+[^,.;،؛]{0,80}?(?:${KILLED_CUES.source})`,
  'u',
);

/** The clause (in matching form) tells its dead as killed on one occasion of its span. */
export function killedOnOneOccasion(text: string): boolean {
  return KILLED_WHEN.test(text) && !BLOWS_IN_PLURAL.test(text);
}

/**
 * "سيطرت القوات على البلدة في شباط، بعد معارك قتل خلالها أكثر من 100 مسلح", "after weeks of battles
 * in which more than 100 fighters were killed": the dead counted over fights in the plural, the sum
 * of the many a month of them took: named so, they make no one event of the month's toll.
 */
const DEAD_OVER_FIGHTS = new RegExp(
  `(?<!${L})(?:${f(['معارك', 'اشتباكات', 'مواجهات', 'المعارك', 'الاشتباكات', 'المواجهات'])})(?!${L})[^.،,؛]{0,60}?(?<!${L})(?:${f(['قتل', 'قتلوا', 'لقي', 'لقوا', 'سقط', 'قضى', 'قضوا'])})\\s+(?:${f(['خلالها', 'فيها'])})(?!${L})|(?<!${L})(?:battles|clashes|fighting)\\s+(?:during|in)\\s+which(?!${L})`,
  'u',
);

/**
 * "22 militants were killed in air strikes in March", "قتل 12 مسلحاً في عمليات أمنية", "مقتل 30
 * بغارات جوية", "قضى 19 في حوادث اغتيال": the dead counted in blows in the plural, a few words after
 * their casualty word (the count and whose men they were between, or the wounded or the arrested
 * counted with them: "killed 17 militants and arrested 38 suspects in operations", "were killed and
 * 1,870 wounded in acts of terrorism"): what a monitor's or a ministry's review sums over its span.
 */
const DEAD_IN_BLOWS = new RegExp(
  `(?<!${L})(?:killed|dead|died|neutrali[sz]ed)\\s+(?:[^,.;:]{0,50}?\\s)?(?:in|during|by)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:operations|raids|strikes|airstrikes|attacks|bombings|clashes|battles|acts of (?:violence|terrorism))(?!${L})|${ar(['قتلوا', 'قتلا', 'قتل', 'مقتل', 'قتلى', 'قتيلا', 'تحييد', 'قضى', 'قضوا'])}\\s+(?:[^\\s،,.]+\\s+){0,6}?(?:(?:${f(['في', 'خلال'])})\\s+|${f(['ب'])})(?:${f(['عمليات', 'غارات', 'هجمات', 'ضربات', 'اشتباكات', 'معارك', 'مواجهات', 'حوادث'])})(?!${L})`,
  'u',
);

/**
 * The clause (in matching form) counts its dead over fights in the plural ("معارك قتل خلالها…"), or
 * in blows in the plural ("killed in air strikes").
 */
export function deadOverFights(text: string): boolean {
  return DEAD_OVER_FIGHTS.test(text) || DEAD_IN_BLOWS.test(text);
}

/**
 * "Attacks in the capital last week killed more than 60 people": blows in the plural as the doer of
 * the killing, a few words saying where between them and the week they fell in — a week's blows
 * summed (not blows a relative clause counts, "two bombings that killed 12", told one by one; nor
 * blows of a month or a day, which may be one raid: "earlier this month, strikes killed five").
 */
const WEEK_BLOWS_KILLED = new RegExp(
  `(?<!${L})(?:attacks|bombings|raids|strikes|airstrikes)(?:\\s+(?!(?:that|which|who)(?!${L}))[^\\s,.;:]+){0,4}?\\s+(?:last|this|the\\s+past)\\s+week\\s+(?:have\\s+|has\\s+|had\\s+)?killed(?!${L})`,
  'u',
);

/**
 * Provinces told as many: "across five provinces", "in several governorates", "في بغداد وعدد من
 * المحافظات", "في عدة محافظات", "في محافظتي درعا ودير الزور". (Not the country as a whole, "in
 * separate attacks across Iraq": a day's countrywide toll is a roundup's lead, folded over the items
 * it sums where it tells them, incident-totals.ts, and the day's one incident where it tells none.)
 */
const SEVERAL_PROVINCES = new RegExp(
  `(?<!${L})(?:across|throughout|in)\\s+(?:several|many|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:provinces|governorates)(?!${L})|${ar(['عدد من المحافظات', 'عدة محافظات', 'مختلف المحافظات', 'محافظات عدة', 'في محافظتي'])}`,
  'u',
);

/** Days a span must last for blows told over it to be many days' events (a week). */
const WEEK_DAYS = 6;

/**
 * The one reading of a count told over many blows: dead counted in blows in the plural (above), told
 * over provinces named as many or over a week or more ("31 killed yesterday in scattered attacks in
 * Baghdad and a number of provinces", "had killed 17 militants … in operations across five
 * provinces", "killed … in acts of terrorism in September"), are their sum, a figure: no one event
 * at one place on one day has them. (Blows in the plural at one place on one day, "killed in air
 * strikes on the town on Sunday", may be one raid, and stay an event; so do a day's dead told by
 * their side with no count of the clause's own, "أما المقاتلون فقد قضوا في اشتباكات في عدة
 * محافظات": the side's share of a bulletin's toll, counted before.) `counted`: the clause gives
 * its own count.
 */
export function spreadToll(
  text: string,
  date: { from: string; to: string } | null,
  counted: boolean,
): boolean {
  if (!deadOverFights(text) && !WEEK_BLOWS_KILLED.test(text)) return false;
  const days = date ? daysBetween(date.from, date.to) : 0;
  return (counted && SEVERAL_PROVINCES.test(text)) || days >= WEEK_DAYS;
}
