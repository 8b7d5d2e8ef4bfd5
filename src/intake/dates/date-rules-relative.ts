// Date rules for days told from another: chains, "ago", weekdays, "yesterday".
import { addDays, lastWeekday, weekday } from './calendar.js';
import {
  ABOUT,
  ANY_WEEKDAY,
  alt,
  B,
  count,
  f,
  L,
  PREVIOUS,
  RELATIVE_DAY,
  WEEKDAY,
  weekdayIndex,
} from './date-patterns.js';
import {
  ago,
  chain,
  day,
  relativeDay,
  type DateContext,
  type DateRule,
  type DateValue,
} from './date-values.js';
import { isNight } from './event-period.js';
import { todayNamed } from './today-named.js';

/** The words of a toll a window of recent hours may be told of ("قتل 23 … خلال الساعات الماضية"). */
const RECENT_HOURS_TOLL_WORDS = ['قتل', 'قتلت', 'مقتل', 'استشهد', 'استشهاد', 'killed', 'died', 'dead'];

/**
 * Hours that make whole days, in digits or words ("24", "الأربع والعشرين", "48", "الثماني والأربعين"),
 * with the days they count back from the report.
 */
const DAYS_OF_HOURS: readonly { hours: string; words: readonly string[]; days: number }[] = [
  { hours: '24', words: ['الأربع والعشرين', 'أربع وعشرين', 'الأربعة والعشرين', 'أربعة وعشرين'], days: 1 },
  { hours: '48', words: ['الثماني والأربعين', 'ثماني وأربعين', 'الثمان والأربعين', 'ثمان وأربعين'], days: 2 },
  { hours: '72', words: ['الاثنتين والسبعين', 'اثنتين وسبعين', 'الاثنين والسبعين', 'اثنين وسبعين'], days: 3 },
];
/** Hours that make whole days, the name of the group it is caught in given. */
const dayOfHours = (group: string): string =>
  `(?<${group}>${DAYS_OF_HOURS.map((d) => `${d.hours}|${alt(d.words)}`).join('|')})`;

/**
 * A word of rank after "اليوم" ("الأكثر دموية", "الأعنف", "الأول"), then within a word the weekday or
 * number of the day it names: "the day" of a period, not today.
 */
const DAY_OF_RANK_NAMED = `${alt(['الأكثر', 'الأشد', 'الأعنف', 'الأسوأ', 'الأدمى', 'الأكبر', 'الأول', 'الأخير'])}(?:\\s+\\S+)?\\s+(?:${ANY_WEEKDAY.source}|\\d)`;

/**
 * "اليوم الأول من العملية", "اليوم الأول للهجوم": the first day of a period, then what it is of ("من",
 * "لـ"); the day it began, told by its start, not today. (A later day of it, "في اليوم الخامس من
 * الاحتجاجات", is most often the news' own; "لليوم الأول على التوالي" is none of a period; "أمس
 * الأول" is the day before yesterday.)
 */
const FIRST_DAY_OF_PERIOD = `${alt(['الأول'])}\\s+(?:${alt(['من'])}\\s|ل)`;

/** The days back the hours caught count ("48", "الثماني والأربعين": two). */
function daysOfHours(caught: string): number {
  const told = DAYS_OF_HOURS.find(
    (d) => d.hours === caught || new RegExp(`^(?:${alt(d.words)})$`, 'u').test(caught),
  );
  return told?.days ?? 1;
}

/** The units a time ago is counted in: "قبل ثلاثة أيام", "قبل خمس سنوات". */
const AGO_UNITS = alt(['أيام', 'يوما', 'أسابيع', 'أشهر', 'شهور', 'سنوات', 'أعوام', 'سنة', 'عاما']);

/**
 * "وتأتي هذه التطورات بعد يومين من", "جاء القصف بعد يوم من", "The raid comes ten days after": the
 * news itself is told as coming after the event counted. Lookbehind only: the frame is not the date's
 * words (an empty alternative, not an optional group: an optional group matching nothing is skipped).
 */
const NEWS_COMES = `(?:(?<framed>)(?<=(?<!${L})[وف]?${alt(['تأتي', 'يأتي', 'جاء', 'جاءت'])}\\s+(?:[^\\s،,.]+\\s+){0,3})|)`;

/** Weekday names, each where it stands (matching form). */
const WEEKDAYS_NAMED = new RegExp(ANY_WEEKDAY.source, 'gu');

/**
 * The day a night is told by: the last weekday its words name, where that is its first day ("Tuesday
 * night", "ليلة الثلاثاء": the evening of that day); else the day it came to ("ليلة السبت على الأحد",
 * "late Monday and early Tuesday", "overnight", "ليلة أمس").
 */
function dayOfNight(night: DateValue & { text?: string | null }): DateValue {
  const named = [...f(night.text ?? '').matchAll(WEEKDAYS_NAMED)].map((m) => weekdayIndex(m[0]));
  return day(named.length > 0 && named[named.length - 1] === weekday(night.from) ? night.from : night.to);
}

/**
 * Counted back from the news (`framed`: "the raid comes ten days after", "came two days after"): where
 * the news is a night, a count of days is told from the day the night is told by (`dayOfNight`); days
 * not counted ("بعد أيام من") lie before the whole night, and any other day is counted back from the
 * start of the main event.
 */
function beforeTheNews(ctx: DateContext, framed: boolean, n: string | undefined, unit: string | undefined) {
  const news = ctx.lead ?? ctx.anchor;
  const from = framed && news && isNight(news) && count(n) > 0 ? dayOfNight(news) : news;
  return chain({ ...ctx, anchor: from }, -1, n, unit);
}

/** "بعد أسبوع تقريباً من": "about" told after the count, as "نحو" is before it (ABOUT). */
const APPROXIMATELY = alt(['تقريبا', 'تقريباً']);

/** "بعد يوم واحد من", "بعد أسبوع واحد من": "one" after a day or a week named alone, only stressing it. */
const ONE_ALONE = alt(['واحد', 'واحدة']);

/**
 * "عثر على جثته بعد يومين من اختفائه", "بعد يوم من فقدانه": the days counted from the victim's own
 * going missing, no deed's day and one the news does not tell; the body found is not that many days
 * before the last event. (An abduction, "بعد يوم من اختطافه", is the deed the killing began with: its
 * day is the incident's first.)
 */
const OWN_DISAPPEARANCE = `(?!\\s+${alt(['اختفائ', 'فقدان'])}${alt(['ه', 'ها', 'هما', 'هم'])}(?!${L}))`;

/** A day counted back from the article's main event: "بعد يوم من مقتل…". */
export const AFTER_EVENT_RULES: readonly DateRule[] = [
  // "جاء القصف بعد يوم من مقتل…", "بعد ثلاثة أيام (فقط) من", "بعد نحو أسبوع (واحد) من", "بعد أسبوع
  // تقريباً من": the event told next is
  // that many days before the last one ("بعد نحو ستة أشهر من انفجار مماثل": that many months, the
  // month told round, date-values.ts)
  {
    pattern: new RegExp(
      B(
        `${NEWS_COMES}${alt(['بعد'])}\\s+(?:${ABOUT}\\s+)?(?<n>${alt(['يوم', 'يومين', 'يومان', 'أسبوع', 'أسبوعين'])}|\\d+|[\\p{L}]+)(?:\\s+(?<unit>${alt(['أيام', 'يوما', 'أشهر', 'شهور'])}))?(?:\\s+${ONE_ALONE})?(?:\\s+${alt(['فقط'])})?(?:\\s+${APPROXIMATELY})?\\s+${alt(['من', 'بعد', 'على'])}${OWN_DISAPPEARANCE}`,
      ),
      'gu',
    ),
    resolve: (g, ctx) =>
      beforeTheNews(
        ctx,
        g.framed !== undefined,
        g.n === f('يوم') ? '1' : g.n === f('يومين') || g.n === f('يومان') ? '2' : g.n,
        g.unit,
      ),
  },
  // "The attack came two days after a roadside bomb killed…": that bomb was so many days before it
  {
    pattern: new RegExp(
      B(
        `(?:comes|came|come)\\s+(?:only\\s+|just\\s+|barely\\s+)?(?:(?<n>\\d+|a few|a|one|two|three|four|five|six|seven|ten)\\s+)?(?<unit>days?|weeks?)\\s+after`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => beforeTheNews(ctx, true, g.n, g.unit),
  },
];

/**
 * "The raid came three days after two soldiers were killed": what follows "after" is that many days
 * before the event told first (the chain rule below would count forward).
 */
export const CAME_AFTER_RULES: readonly DateRule[] = [
  {
    pattern: new RegExp(
      B(
        `(?:came|comes|come)\\s+(?:(?<n>\\d+|a few|a|one|two|three|four|five|six|seven|ten)\\s+)?(?<unit>days?|weeks?)\\s+after`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => beforeTheNews(ctx, true, g.n, g.unit),
    requires: ['came', 'come'],
  },
];

/**
 * "ومرافقَيه الاثنين", "ولديها الاثنين": after a noun in the dual with its owner's pronoun (its ي read
 * ا where vowelled: vowelled-dual.ts), "الاثنين" is "the two" agreeing with it, not Monday (the
 * noun's stem is three letters at least: after "عليه", "لديها", prepositions, a bare weekday is the day).
 */
const NOT_THE_TWO = `(?!(?<=(?<!${L})\\p{L}{3,}${alt(['يه', 'يها', 'يهما', 'اه', 'اها', 'اهما'])}\\s+)${alt(['الاثنين'])}(?!${L}))`;

/** Days told from another: chains, "two days ago", weekdays, "yesterday" (nights: date-rules-nights.ts). */
export const RELATIVE_RULES: readonly DateRule[] = [
  // chains: "قبل ذلك بيومين", "بعد ذلك بثلاثة أيام", "two days earlier", "a day later", "the next day"
  {
    pattern: new RegExp(
      B(
        `(?<dir>${alt(['قبل ذلك', 'بعد ذلك'])})\\s+ب(?<n>\\d+|[\\p{L}]+)(?:\\s+(?<unit>${alt(['أيام', 'يوما', 'أسابيع'])}))?`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => chain(ctx, g.dir === f('قبل ذلك') ? -1 : 1, g.n, g.unit),
  },
  {
    pattern: new RegExp(
      B(
        `(?<n>\\d+|a|one|two|three|four|five|six|seven|ten)\\s+(?<unit>days?|weeks?)\\s+(?<dir>earlier|before|later|after)`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => chain(ctx, g.dir === 'earlier' || g.dir === 'before' ? -1 : 1, g.n, g.unit),
  },
  {
    pattern: new RegExp(
      B(`${alt(['في اليوم التالي', 'اليوم التالي', 'the next day', 'the following day', 'a day later'])}`),
      'gu',
    ),
    resolve: (_g, ctx) => (ctx.anchor ? day(addDays(ctx.anchor.to, 1)) : null),
  },
  {
    pattern: new RegExp(
      B(`${alt(['the day before', 'the previous day', 'في اليوم السابق', 'اليوم السابق'])}`),
      'gu',
    ),
    resolve: (_g, ctx) => (ctx.anchor ? day(addDays(ctx.anchor.from, -1)) : null),
  },
  // "fighters said a suicide bomber had struck a screening point the night before", "في الليلة
  // السابقة": the night before the day just told, late on the day before it (as "late Monday" tells it)
  // ("On the previous night, Friday into Saturday" names its two days: left to them)
  {
    pattern: new RegExp(B(`${alt(['the night before', 'في الليلة السابقة', 'الليلة السابقة'])}`), 'gu'),
    resolve: (_g, ctx) => (ctx.anchor ? day(addDays(ctx.anchor.from, -1)) : null),
  },
  // "قبل يومين", "two days ago", "قبل خمس سنوات", "five years ago"
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['قبل'])}\\s+(?<n>\\d+|[\\p{L}]+)(?:\\s+(?<unit>${AGO_UNITS}))?|(?<n2>\\d+|a|one|two|three|four|five|six|seven|ten)\\s+(?<unit2>days?|weeks?|months?|years?)\\s+ago)`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => ago(ctx, g.n ?? g.n2, g.unit ?? g.unit2),
  },
  // "وقبل نحو أسبوعين، قُتل راعيان": about so long ago, told first in its clause, dates what the clause
  // tells (inside a clause, "عادت إلى المدينة قبل نحو شهرين" dates a return, not the blow told after it)
  {
    pattern: new RegExp(
      `(?<=^["«“]?\\s*)${B(`${alt(['قبل'])}\\s+${ABOUT}\\s+(?<n>\\d+|[\\p{L}]+)(?:\\s+(?<unit>${AGO_UNITS}))?`)}`,
      'gu',
    ),
    resolve: (g, ctx) => ago(ctx, g.n, g.unit),
  },
  // "كان آخرها منذ أسبوع عندما قتل…", "منذ ثلاثة أيام حين": "منذ" with a time and "when" is "ago" (alone,
  // "منذ أسبوع" may be "for a week", the length of what still goes on)
  {
    pattern: new RegExp(
      B(
        `${alt(['منذ'])}\\s+(?<n>\\d+|[\\p{L}]+)(?:\\s+(?<unit>${alt(['أيام', 'يوما', 'أسابيع', 'أشهر', 'شهور'])}))?(?=\\s+${alt(['عندما', 'حين', 'حينما'])}(?!${L}))`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => ago(ctx, g.n, g.unit),
  },
  // "أول أمس", "أمس الأول" (the Levant's word order), "the day before yesterday"
  {
    pattern: new RegExp(
      B(`${alt(['أول أمس', 'أول من أمس', 'أمس الأول', 'the day before yesterday'])}`),
      'gu',
    ),
    resolve: (_g, ctx) => day(addDays(ctx.published, -2)),
  },
  // "خلال الساعات الـ24 الماضية", "خلال الأربع والعشرين ساعة الفائتة", "in the past 24 hours": the
  // day before the report and the day itself; "in the past 48 hours", "خلال الـ48 ساعة الماضية": the
  // two days before it as well (a roundup's lead, whose items carry that span)
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['الساعات'])}\\s+(?:${alt(['ال'])})?\\s*${dayOfHours('after')}|(?:${alt(['ال'])})?\\s*${dayOfHours('before')}\\s+${alt(['ساعة'])})\\s+${alt(['الماضية', 'الفائتة', 'الأخيرة', 'المنصرمة'])}|(?:the\\s+)?(?:past|last)\\s+(?<en>24|48|72)\\s+hours`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => ({
      from: addDays(ctx.published, -daysOfHours(g.after ?? g.before ?? g.en ?? '')),
      to: ctx.published,
      precision: 'day',
    }),
  },
  // "قُتل 23 شخصاً … خلال الساعات الماضية", "nine were killed over the past few hours": recent hours
  // with no count of them, told of a toll counted before them in the sentence, are the news' day and
  // the night before it, like "the past 24 hours" (not a roundup lead's "شهدت المحافظة خلال الساعات
  // الماضية حوادث أمنية", whose items keep their own days; nor "الساعات الأخيرة", as often the last
  // hours of a life or a siege)
  {
    pattern: new RegExp(
      `(?<=(?<![\\p{L}\\p{N}])(?:${alt(RECENT_HOURS_TOLL_WORDS)})(?![\\p{L}\\p{N}])[^.!?؟]{0,120}?)` +
        B(
          `${alt(['الساعات'])}\\s+(?:${alt(['القليلة'])}\\s+)?${alt(['الماضية', 'الفائتة', 'المنصرمة'])}|(?:the\\s+)?past\\s+(?:few\\s+)?hours|recent\\s+hours`,
        ),
      'gu',
    ),
    resolve: (_g, ctx) => ({ from: addDays(ctx.published, -1), to: ctx.published, precision: 'day' }),
  },
  // weekdays with optional relative word: "أمس السبت", "اليوم الاثنين", "مساء السبت", "on Monday";
  // "أول أمس الثلاثاء" is the day before yesterday, not the "أمس الثلاثاء" inside it
  {
    pattern: new RegExp(
      NOT_THE_TWO +
        B(
          `(?:[وف]?(?:${alt(['يوم', 'صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ظهيرة', 'منتصف ليل'])})\\s+)?(?:[وف]?ب?(?<twoBack>${alt(['أول من', 'أول'])}\\s+)?${RELATIVE_DAY}\\s+)?(?<last>last\\s+)?${WEEKDAY('first')}(?:\\s+(?<past>${PREVIOUS}))?`,
        ),
      'gu',
    ),
    resolve: (g, ctx) => {
      if (g.twoBack && g.relative === f('أمس')) return day(addDays(ctx.published, -2));
      // ("فجر اليوم السبت" quoted in a paper of Sunday: the statement's today, today-named.ts)
      if (g.relative === f('اليوم')) return todayNamed(g.relative, weekdayIndex(g.first), ctx);
      if (g.relative) return relativeDay(g.relative, ctx);
      const d = lastWeekday(ctx.published, weekdayIndex(g.first));
      // "الأحد الماضي" / "last Sunday" said on a Sunday: a week before
      return day((g.last || g.past) && d === ctx.published ? addDays(d, -7) : d);
    },
  },
  // "أمس", "اليوم", "yesterday", "today", "this morning"; not the first day of a period
  // (FIRST_DAY_OF_PERIOD), nor with a word of rank and the day it names after it ("وكان اليوم الأكثر دموية
  // الأربعاء 12 آب"): "the day" of a period, told there
  // (bare, "في اليوم الأكثر دموية منذ…" is most often the news' own day)
  {
    pattern: new RegExp(
      B(
        `[وف]?(?:${alt(['يوم', 'صباح', 'مساء', 'ظهر', 'فجر'])}\\s+)?(?:ب|بال)?${RELATIVE_DAY}(?!\\s+(?:${alt(['التالي', 'السابق', 'نفسه', 'ذاته'])}|${DAY_OF_RANK_NAMED}))(?!(?<=${alt(['اليوم'])})\\s+${FIRST_DAY_OF_PERIOD})`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => relativeDay(g.relative ?? '', ctx),
  },
  {
    pattern: new RegExp(
      B(`(?<relative>yesterday|today|this morning|this evening|tonight|earlier today)`),
      'gu',
    ),
    resolve: (g, ctx) => day(g.relative === 'yesterday' ? addDays(ctx.published, -1) : ctx.published),
  },
];
