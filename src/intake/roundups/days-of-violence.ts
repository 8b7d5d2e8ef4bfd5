// A toll of "four days of violence": the cost of a wave of events, not of one.
import { monthNames } from '../dates/months.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** A count of days or weeks that no single blow lasts: three or more, or "several". */
const SEVERAL_EN = '(?:three|four|five|six|seven|eight|nine|ten|several|\\d+)';
const SEVERAL_AR = `(?:${anyOf(['ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة', 'عدة'])}|\\d+)`;

/**
 * Words for a wave of violence, as what the days were "of": not a fight's ("four days of fighting
 * between the SDF and the tribes" is one battle, its toll rising as it goes on).
 */
const WAVE_EN = '(?:violence|unrest|killings|bloodshed|chaos)';
const WAVE_AR = anyOf(['العنف', 'أعمال العنف', 'الفوضى', 'الاضطرابات']);

/**
 * "more than 900 people had been killed in four days of violence", "over three weeks of unrest",
 * "قتل 200 شخص خلال أربعة أيام من أعمال العنف": a toll over days (or weeks) of a wave of violence, named as
 * such, sums many events: a figure. Not a short span alone ("killed 30 in two days", which a roundup's
 * lead sums from the items it tells: span-toll.ts).
 */
const DAYS_OF_WAVE = new RegExp(
  `(?<!${L})${SEVERAL_EN}\\s+(?:days|weeks)\\s+of\\s+(?:[\\p{L}-]+\\s+)?${WAVE_EN}(?!${L})|(?<!${L})${SEVERAL_AR}\\s+(?:${anyOf(['أيام', 'أسابيع'])})\\s+(?:${anyOf(['من'])}\\s+)?(?:${WAVE_AR})(?!${L})`,
  'u',
);

/**
 * "more than 70 were killed in a single week of shelling", "over a month of air strikes", "خلال أسبوع
 * من القصف": a week or longer of blows in the plural or of a bombardment sums the blows it took, as
 * days of violence do (unlike days of fighting, one battle going on).
 */
const SPAN_OF_BLOWS = new RegExp(
  `(?<!${L})(?:an?|one|single|${SEVERAL_EN})\\s+(?:weeks?|months?|years?)\\s+of\\s+(?:[\\p{L}-]+\\s+)?(?:shelling|bombardment|bombing|bombings|strikes|airstrikes|raids|attacks)(?!${L})|(?<!${L})(?:${anyOf(['أسبوع', 'أسابيع', 'شهر', 'أشهر', 'عام'])})\\s+(?:${anyOf(['من'])})\\s+(?:${anyOf(['القصف', 'الغارات', 'الهجمات', 'التفجيرات'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells a toll of days or weeks of violence, or of a week or more of blows. */
export function daysOfViolence(matchText: string): boolean {
  return DAYS_OF_WAVE.test(matchText) || SPAN_OF_BLOWS.test(matchText);
}

/** Days a wave's date must span for its toll to be the sum of several days' events. */
const SEVERAL_DAYS = 3;

/**
 * "الموجة الأولى من الاحتجاجات التي شهدتها البلاد مطلع الشهر قد أودت بحياة 149", "the first wave of
 * protests earlier this month killed 149": a wave of protests or violence told over days (its date
 * a span of three days or more) sums the events of those days, as days of violence do (a wave of
 * bombings on one day is left to the lead-total rules, which fold it over the blasts it sums).
 */
const WAVE = new RegExp(
  `(?<!${L})(?:${anyOf(['موجة', 'الموجة'])})(?:\\s+[^\\s،,.]+){0,2}?\\s+(?:${anyOf(['من'])}\\s+)?(?:${anyOf(['الاحتجاجات', 'التظاهرات', 'المظاهرات', 'العنف', 'أعمال العنف', 'الهجمات', 'التفجيرات', 'الاغتيالات'])})(?!${L})|(?<!${L})wave\\s+of\\s+(?:protests|demonstrations|violence|unrest|attacks|bombings|assassinations|killings)(?!${L})`,
  'u',
);

/**
 * "A first wave, from October 1 to 6, left 157 people dead", "the second wave of protests": a wave
 * counted by its place in a series is the movement's, not one day's blow told as a wave.
 */
const ORDINAL_WAVE = new RegExp(
  `(?<!${L})(?:first|second|third|earlier|previous)\\s+wave(?!${L})|(?<!${L})(?:${anyOf(['الموجة الأولى', 'الموجة الثانية', 'الموجة الثالثة', 'موجة أولى', 'موجة ثانية'])})(?!${L})`,
  'u',
);

/** A month's name, in matching form, of any tradition the articles use. */
const A_MONTH = `(?:${monthNames()
  .map((m) => m.name)
  .join('|')})`;

/**
 * "from October 1 to 6", "between September 28 and October 3", "من 1 إلى 6 تشرين الأول": the days of
 * a span told by their numbers beside a month, which the date read of the clause may keep as its first
 * day alone.
 */
const TOLD_SPAN = new RegExp(
  `(?<!${L})(?:from|between)\\s+${A_MONTH}\\s+(\\d{1,2})\\s+(?:to|until|through|and)\\s+(?:${A_MONTH}\\s+)?(\\d{1,2})(?!\\d)|(?<!${L})(?:${anyOf(['من', 'بين'])})\\s+(\\d{1,2})\\s+(?:${anyOf(['إلى', 'الى', 'حتى', 'و'])})\\s*(\\d{1,2})\\s+${A_MONTH}(?!${L})`,
  'u',
);

/** The days a span told by its numbers covers (a month's turn counted round), or 0. */
function toldSpanDays(matchText: string): number {
  const m = TOLD_SPAN.exec(matchText);
  if (!m) return 0;
  const first = Number(m[1] ?? m[3]);
  const last = Number(m[2] ?? m[4]);
  return last >= first ? last - first : last + 30 - first;
}

/** The clause (in matching form) tells a toll of a wave of protests or violence over several days. */
export function waveOverDays(matchText: string, date: { from: string; to: string } | null): boolean {
  if (!date) return false;
  const days = (Date.parse(date.to) - Date.parse(date.from)) / 86_400_000;
  const toldAsWave = (): boolean => WAVE.test(matchText) || ORDINAL_WAVE.test(matchText);
  if (days >= SEVERAL_DAYS - 1) return toldAsWave();
  // (the told span, whose month names make it the costliest test, read last, only of a wave told; a
  // date that does not parse counts no days, the span's either)
  return !Number.isNaN(days) && toldAsWave() && toldSpanDays(matchText) >= SEVERAL_DAYS - 1;
}
