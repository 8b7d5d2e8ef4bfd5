// A toll counted from an onset or over a named month: the sum of a span, not one event.
import { monthNames } from '../dates/months.js';
import { PART_OF_MONTH } from '../dates/date-patterns.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** Every month name the date rules read, in matching form (Levantine, Egyptian, Maghrebi; English too). */
const MONTH_NAMES = monthNames().map((m) => m.name);

/** A month, with the part of it the text may name first ("early June", "mid-October", "أواخر أيلول"). */
const PART_MONTH = `(?:(?:${Object.keys(PART_OF_MONTH).join('|')})[- ](?:of )?)?(?:${anyOf(['شهر'])} )?(?:${anyOf(MONTH_NAMES)})(?: (?:19|20)\\d\\d)?`;

/**
 * "قتل 9 إرهابيين … خلال كانون الثاني" (during a month, its name without "شهر"); "between early June
 * and mid-October", "بين مطلع حزيران ومنتصف تشرين الأول" (from one month to another, whatever part of
 * each); "The toll was lower than January's, when the mission counted 1,027 killed", "أقل من حصيلة
 * شهر كانون الثاني" (a month's toll set against another's); "منذ إعلان السيطرة على المدينة", "منذ
 * سيطرة القوات على…", "منذ دخول القوات…" (since an onset told by its noun, beside event-cues' "منذ
 * طرد", "منذ بدء"; or by the noun of a round taken up again, "منذ استئناف الحملة", "منذ تجدد القصف"); "since Turkey launched its offensive" (the onset in the active, its doer named:
 * event-cues and period-totals read "since the offensive began"); "الحملة … أسفرت حتى الآن عن مقتل
 * 6", "the campaign has so far killed", "المرحلة الثانية من العمليات … أسفرت حتى الآن عن مقتل 196" (a
 * campaign's toll to date, or a phase's, not a rising toll of one event: the campaign is named). So
 * is a span from a campaign's launch told by its verb or from a truce's collapse ("تشهد الجبهات معارك منذ أطلقت الفصائل معركة في 21 آذار", "تصعيد في القصف
 * منذ انهيار الهدنة الشهر الماضي", "have fled the city since a previous offensive in April"): what
 * happened all along since then, not the launch or the collapse, and no event of that day. So is a
 * toll "in the violence, which began with attacks on…", "في أعمال العنف التي اندلعت في…": a wave told
 * with its onset, whatever it cost since (not "the clashes, which began at dawn": one fight's).
 */
const SPAN_FROM_ONSET = new RegExp(
  [
    `(?<!${L})(?:${anyOf(['خلال', 'طيلة', 'طوال'])}) (?:${anyOf(MONTH_NAMES)})(?!${L})`,
    `(?<!${L})(?:between|from|${anyOf(['بين', 'ما بين', 'من'])}) ${PART_MONTH},? (?:and|to|until|${anyOf(['و', 'إلى', 'حتى'])}) ?${PART_MONTH}(?!${L})`,
    // "1,870 people died between Jan. 22, when the talks opened, and Thursday", "قتلوا في الفترة ما بين
    // 22 كانون الثاني و…": the dead counted from a day of a month on (not "killed on the night
    // between Jan. 22 and 23": the verb is told right before the span)
    `(?<!${L})(?:killed|died|dead|deaths) between (?:${anyOf(MONTH_NAMES)})\\.? \\d{1,2}(?!${L})|(?<!${L})(?:${anyOf(['قتلوا', 'قتل', 'سقطوا', 'لقوا حتفهم', 'قضوا'])}) (?:${anyOf(['في الفترة'])} )?(?:${anyOf(['ما'])} )?${anyOf(['بين'])} \\d{1,2} (?:${anyOf(MONTH_NAMES)})(?!${L})`,
    `(?<!${L})(?:lower|higher|fewer|more|down|up) (?:than|from) (?:in )?(?:${anyOf(MONTH_NAMES)})(?:'s|’s)?(?!${L})|(?<!${L})(?:${anyOf(['مقارنة ب', 'مقارنة مع', 'أقل من', 'أكثر من', 'أعلى من'])}) ?(?:${anyOf(['حصيلة', 'الحصيلة'])} )?(?:${anyOf(['شهر'])} )?(?:${anyOf(MONTH_NAMES)})(?!${L})`,
    `(?<!${L})${anyOf(['منذ'])} (?:${anyOf(['إعلان', 'سيطرة', 'السيطرة', 'دخول', 'انهيار', 'أطلقت', 'أطلق', 'أطلقوا', 'بدأت', 'بدأ', 'انطلقت', 'انطلاق', 'استئناف', 'تجدد', 'عودة'])})(?!${L})`,
    // "عدد قتلى حملة البراميل", "ضحايا الحملة": the dead of a campaign, counted over its days, not
    // of one of its blows
    `(?<!${L})(?:${anyOf(['قتلى', 'ضحايا', 'شهداء'])}) (?:${anyOf(['حملة', 'الحملة', 'حملات', 'الحملات'])})(?!${L})`,
    `(?<!${L})since (?:an?|the|its|their) (?:[\\p{L}-]+ ){0,3}(?:offensive|campaign|incursion|invasion)(?!${L})`,
    `(?<!${L})since (?:[\\p{L}-]+ ){1,4}(?:launched|began|started|opened) (?:its|their|the|an?) (?:[\\p{L}-]+ ){0,2}(?:offensive|campaign|operation|assault|incursion|invasion)(?!${L})`,
    `(?<!${L})(?:${anyOf(['حملة', 'الحملة', 'حملات', 'الحملات', 'المرحلة', 'مرحلة'])})(?!${L})[^.؛]*(?<!${L})${anyOf(['حتى الآن'])}(?!${L})`,
    `(?<!${L})(?:campaign|offensive|phase)(?!${L})[^.;]*(?<!${L})so far(?!${L})`,
    `(?<!${L})(?:in|during) the (?:[\\p{L}-]+ ){0,2}(?:violence|unrest|war|offensive|campaign),? (?:which|that) (?:began|started|erupted|broke out)(?!${L})`,
    `(?<!${L})(?:${anyOf(['في أعمال العنف', 'خلال أعمال العنف', 'في موجة العنف', 'خلال موجة العنف'])}) (?:${anyOf(['التي'])}) (?:${anyOf(['بدأت', 'اندلعت', 'انطلقت'])})(?!${L})`,
  ].join('|'),
  'u',
);

/** The clause (in matching form) tells a toll or event counted over a span from an onset or a named month. */
export function spanFromOnset(matchText: string): boolean {
  return SPAN_FROM_ONSET.test(matchText);
}

/**
 * "منذ انتهاء المعارك", "منذ بداية العام", "منذ عودة الأهالي": since an onset told by a noun in construct
 * with what began or ended, whatever the noun: what was counted since sums all that followed. So is
 * one told by two ("مقتل 90 منذ إبرام صفقة التبادل", the chain's last noun the definite one) where the
 * clause counts dead: with none, "منذ انتهاء معركة البلدة" only sets the scene. Not a day
 * or a part of one ("منذ يوم الأحد", "منذ صباح اليوم": killed-since-day.ts weighs those), nor a blow
 * ("منذ تفجيري المقهى", "منذ وقوع الانفجار": the blow itself, its own toll or its running one).
 */
const SINCE_NO_ONSET = `(?<!${L})${anyOf(['منذ'])} (?!(?:${anyOf(['يوم', 'صباح', 'مساء', 'فجر', 'ظهر', 'ظهيرة', 'ليل', 'ليلة', 'ساعات', 'منتصف', 'لحظة', 'وقوع', 'حدوث', 'تفجير', 'تفجيري', 'تفجيرات', 'انفجار', 'هجوم', 'هجومي', 'هجمات', 'غارة', 'غارات', 'قصف', 'اغتيال', 'مجزرة'])})(?!${L}))`;
/** "منذ إبرام صفقة التبادل": a chain of two nouns in construct, a particle no first of them. */
const PARTICLE = anyOf(['في', 'على', 'من', 'إلى', 'عن', 'مع', 'بين', 'حتى', 'قبل', 'بعد']);
const SINCE_ONSET_NOUN = new RegExp(`${SINCE_NO_ONSET}\\p{L}+ ${anyOf(['ال'])}\\p{L}+`, 'u');
const SINCE_ONSET_CHAIN = new RegExp(
  `${SINCE_NO_ONSET}\\p{L}+ (?!${PARTICLE} )\\p{L}+ ${anyOf(['ال'])}\\p{L}+`,
  'u',
);

/**
 * The clause (in matching form, a superlative's span blanked) counts since an onset told by a noun in
 * construct (by two only where it counts dead: `casualties`).
 */
export function sinceOnsetNoun(matchText: string, casualties: boolean): boolean {
  return SINCE_ONSET_NOUN.test(matchText) || (casualties && SINCE_ONSET_CHAIN.test(matchText));
}
