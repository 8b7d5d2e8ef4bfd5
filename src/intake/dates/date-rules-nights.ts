// Date rules for nights and evenings that run into the next day, each resolved by one decision.
import { addDays, lastWeekday, weekday } from './calendar.js';
import { alt, B, f, PREVIOUS, WEEKDAY, weekdayIndex } from './date-patterns.js';
import { day, type DateRule, type DateValue } from './date-values.js';
import { isNight } from './event-period.js';

/**
 * The night that begins on the evening of `evening`: that day and the next. Reporters mean by
 * "ليل الاثنين", "ليلة الجمعة", "Monday night" the night after the day named, and the night they
 * tell of has passed when they write; where the next day has not yet come (the day named is the
 * publication day), the two readings ("the night before", "tonight") share only the day itself.
 */
export function nightFrom(evening: string, published: string): DateValue {
  return evening < published ? { from: evening, to: addDays(evening, 1), precision: 'day' } : day(evening);
}

/**
 * From the evening of one named weekday to the morning of another: the second is the last such day
 * on or before publication, the first the last such day before it ("ليلة الجمعة على السبت", "from
 * Monday to Wednesday"); told of "last week" (`weekBefore`), the second is that day of the week before.
 */
function weekdaysSpan(
  first: string | undefined,
  second: string | undefined,
  published: string,
  weekBefore = false,
): DateValue {
  const to = weekBefore
    ? dayOfWeekBefore(published, weekdayIndex(second))
    : lastWeekday(published, weekdayIndex(second));
  const gap = (weekday(to) - weekdayIndex(first) + 7) % 7 || 1;
  return { from: addDays(to, -gap), to, precision: 'day' };
}

/**
 * "ليلة الاثنين – الثلاثاء من الأسبوع الماضي", "the night of Monday to Tuesday last week": the days
 * named lie in the Monday–Sunday week before the one of the news (the span "last week" names,
 * date-rules-calendar.ts), not in the last seven days.
 */
const WEEK_BEFORE = `(?:\\s*[،,]?\\s*(?<weekBefore>(?:${alt(['من', 'في', 'خلال'])}\\s+)?(?:${alt(['الأسبوع', 'الاسبوع'])})\\s+(?:${PREVIOUS})|${alt(['last week', 'of last week'])}))?`;

/** The day with this weekday in the Monday–Sunday week before the one of `published`. */
export function dayOfWeekBefore(published: string, day: number): string {
  const monday = addDays(lastWeekday(published, 1), -7);
  return addDays(monday, (day + 6) % 7);
}

/** A dash between two weekdays: "الاثنين-الثلاثاء", "الاثنين – الثلاثاء", "الخميس/الجمعة". */
const BETWEEN_DAYS = '(?:/|-|–|—)';

/**
 * A day told in Arabic: a weekday ("السبت", "يوم السبت", "أمس السبت", "اليوم الأحد") or "أمس" /
 * "اليوم" alone; the named groups end in `n`, so that two days may be told in one phrase.
 */
const arDay = (n: 1 | 2): string =>
  `(?:(?:${alt(['يوم'])}\\s+)?(?:(?<near${n}>${alt(['أمس', 'البارحة', 'اليوم'])})\\s+)?${WEEKDAY(`day${n}`)}|(?<only${n}>${alt(['أمس', 'البارحة', 'اليوم'])}))`;

/** The day an Arabic day phrase names (`arDay`): the weekday last on or before publication, else "أمس" / "اليوم". */
function arDayOf(g: Readonly<Record<string, string | undefined>>, n: 1 | 2, published: string): string {
  const near = g[`near${n}`] ?? g[`only${n}`];
  if (near) return near === f('اليوم') ? published : addDays(published, -1);
  return lastWeekday(published, weekdayIndex(g[`day${n}`]));
}

/**
 * An evening hour before midnight, told as the hour of a night: "الساعة الحادية عشرة والنصف من ليل",
 * "قرابة الساعة العاشرة وخمس وأربعين دقيقة من ليلة" (up to four words of minutes after the hour).
 */
const EVENING_HOUR_OF = `${alt(['الساعة'])}\\s+${alt(['التاسعة', 'العاشرة', 'الحادية عشرة', 'الحادية عشر'])}(?:\\s+\\p{L}+){0,4}?\\s+${alt(['من'])}\\s+`;

/** Night rules, told in Arabic and English. */
export const NIGHT_RULES: readonly DateRule[] = [
  // "الساعة الحادية عشرة والنصف من ليل أمس الاثنين", "الساعة العاشرة من ليلة الأربعاء": a clock
  // hour before midnight puts the event on the day that night began, not on the two days
  {
    pattern: new RegExp(B(`${EVENING_HOUR_OF}(?:${alt(['ليلة', 'ليل'])})\\s+${arDay(1)}`), 'gu'),
    resolve: (g, ctx) => day(arDayOf(g, 1, ctx.published)),
  },
  // "ليلة الثلاثاء على الأربعاء", "ليلة الثلاثاء/الأربعاء", "ليل الخميس الجمعة": the night between
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['ليلة', 'ليل', 'مساء'])})\\s+(?:${alt(['يوم'])}\\s+)?${WEEKDAY('first')}\\s*(?:${alt(['على', 'الى', 'إلى'])}|${BETWEEN_DAYS})?\\s*${WEEKDAY('second')}${WEEK_BEFORE}`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => weekdaysSpan(g.first, g.second, ctx.published, !!g.weekBefore),
  },
  // "ليل الأحد", "ليلة الجمعة", "في وقت متأخر من ليل الاثنين", "ليلة أمس", "ليل أمس الأربعاء",
  // "الليلة الماضية": the night that begins on that day (nightFrom)
  {
    pattern: new RegExp(B(`(?:${alt(['ليلة', 'ليل'])})\\s+${arDay(1)}`), 'gu'),
    resolve: (g, ctx) => nightFrom(arDayOf(g, 1, ctx.published), ctx.published),
  },
  {
    pattern: new RegExp(B(`${alt(['الليلة الماضية', 'last night', 'overnight'])}`), 'gu'),
    resolve: (_g, ctx) => nightFrom(addDays(ctx.published, -1), ctx.published),
  },
  // "منذ مساء السبت وحتى صباح اليوم الأحد", "من مساء أمس حتى فجر اليوم": from an evening to a
  // morning, the days between
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['منذ', 'من'])})\\s+(?:${alt(['مساء', 'عصر', 'ظهر', 'ليل', 'ليلة'])})\\s+${arDay(1)}\\s+و?(?:${alt(['حتى', 'إلى', 'الى', 'لغاية'])})\\s+(?:${alt(['صباح', 'فجر', 'ظهر'])})\\s+${arDay(2)}`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const from = arDayOf(g, 1, ctx.published);
      const to = arDayOf(g, 2, ctx.published);
      return from <= to ? { from, to, precision: 'day' } : null;
    },
  },
  // "overnight Saturday into Sunday", "the night of Saturday to Sunday", "late on Wednesday and into
  // Thursday", "late Monday and early Tuesday", "from late Thursday until early Friday": the days between
  {
    pattern: new RegExp(
      B(
        `(?:overnight\\s+(?:from\\s+|on\\s+)?|(?:the\\s+)?night\\s+of\\s+|(?:from\\s+)?late\\s+(?:on\\s+)?)?${WEEKDAY('first')}(?:\\s+(?:night|evening))?\\s+(?:(?:and\\s+)?(?:into|to|until|till)\\s+(?:early\\s+(?:on\\s+)?)?|and\\s+early\\s+(?:on\\s+)?)${WEEKDAY('second')}${WEEK_BEFORE}`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => weekdaysSpan(g.first, g.second, ctx.published, !!g.weekBefore),
  },
  // "ومع ساعات الصباح الأولى", "فجراً", "in the early hours", "at dawn", no day named, after a night
  // was told: the morning that night ran into, not its evening (no night before: not read here)
  // (not the verb written alike, "انتحاريان فجّرا نفسيهما": two who blew up themselves or what they bore)
  {
    pattern: new RegExp(
      B(
        `${alt(['ساعات الصباح الأولى', 'الساعات الأولى من الصباح', 'فجرا', 'فجراً', 'قبيل الفجر', 'عند الفجر', 'in the early hours', 'at dawn', 'before dawn', 'early in the morning'])}(?!\\s+${alt(['نفسيهما', 'أنفسهما', 'حزاميهما', 'سيارتيهما'])})`,
      ),
      'gu',
    ),
    // (a night told as passed by the news: a day told two ways, as a Hijri date may be, is none)
    resolve: (_g, ctx) =>
      ctx.anchor && isNight(ctx.anchor) && ctx.anchor.to <= ctx.published ? day(ctx.anchor.to) : null,
  },
  // "Tuesday evening": that day; "Monday night", "late Sunday night", "overnight Sunday": the night
  // that begins on it (nightFrom)
  {
    pattern: new RegExp(B(`${WEEKDAY('first')}\\s+evening`), 'gu'),
    resolve: (g, ctx) => day(lastWeekday(ctx.published, weekdayIndex(g.first))),
  },
  {
    pattern: new RegExp(
      B(`${WEEKDAY('first')}\\s+night|overnight\\s+(?:on\\s+|from\\s+)?${WEEKDAY('second')}`),
      'gu',
    ),
    resolve: (g, ctx) =>
      nightFrom(lastWeekday(ctx.published, weekdayIndex(g.first ?? g.second)), ctx.published),
  },
];
