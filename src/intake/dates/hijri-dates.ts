import { normalizeForMatch } from '../../text/normalize.js';
import { addDays, lastWeekday } from './calendar.js';
import { ORDINAL, ORDINALS, WEEKDAY, weekdayIndex } from './date-patterns.js';
import { hijriBefore, hijriToIso, isoToHijri } from './hijri.js';
import { monthStartDays } from './new-moon.js';
import { L } from '../reading/word-pattern.js';

/** What dates.ts needs of a rule: a pattern on matched text, and the range it resolves to. */
interface HijriRule {
  pattern: RegExp;
  resolve(
    groups: Record<string, string | undefined>,
    ctx: { published: string; feastStart?: string | null },
  ): { from: string; to: string; precision: 'approximate' } | null;
}

const f = normalizeForMatch;
const B = (s: string): string => `(?<!${L})(?<pre>[وف]?[بل]?)(?:${s})(?!${L})`;
const alt = (words: readonly string[]): string => `(?:${words.map(f).join('|')})`;

const HIJRI_MONTHS: readonly (readonly string[])[] = [
  ['محرم'],
  ['صفر'],
  ['ربيع الأول', 'ربيع أول'],
  ['ربيع الثاني', 'ربيع الآخر', 'ربيع ثاني'],
  ['جمادى الأولى', 'جمادى الأول'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة'],
  ['ذو الحجة', 'ذي الحجة'],
];
/** The Hijri month names in matching form ("محرم", "ذو الحجة"). */
export const hijriMonthNames = (): string[] => HIJRI_MONTHS.flat().map(f);
const HIJRI_MONTH_INDEX = new Map(
  HIJRI_MONTHS.flatMap((names, i) => names.map((n) => [f(n), i + 1] as const)),
);

/** The days of a feast by their ordinal: "ثالث أيام العيد", "the third day of Eid". */
export const ORDINAL_DAYS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    [['أول', 'اول', 'first'], 1],
    [['ثاني', 'second'], 2],
    [['ثالث', 'third'], 3],
    [['رابع', 'fourth'], 4],
  ].flatMap(([names, n]) => (names as string[]).map((w) => [f(w), n as number])),
);

/** The same ordinals as adjectives after "اليوم": "اليوم الأول من العيد", "اليوم الثالث من عيد الأضحى". */
const ORDINAL_DAYS_AFTER: Readonly<Record<string, number>> = Object.fromEntries(
  [
    [['الأول', 'الاول'], 1],
    [['الثاني'], 2],
    [['الثالث'], 3],
    [['الرابع'], 4],
  ].flatMap(([names, n]) => (names as string[]).map((w) => [f(w), n as number])),
);

/** Feasts as Hijri month and day of their first day. */
const FITR = { month: 10, day: 1 };
const ADHA = { month: 12, day: 10 };
const FEASTS: Readonly<Record<string, { month: number; day: number }>> = Object.fromEntries([
  ...['الفطر', 'fitr'].map((w) => [f(w), FITR]),
  ...['الأضحى', 'adha'].map((w) => [f(w), ADHA]),
]);

/**
 * Feast months (Hijri year-month) whose first day was announced on the later of the two days the
 * crescent allows: no sighting was accepted on the first evening the new moon could be seen, so
 * Eid al-Fitr 1437 fell on Wednesday 6 July 2016 and Eid al-Adha 1433, 1436 and 1437 on 26 October
 * 2012, 24 September 2015 and 12 September 2016 — a day after the reading of new-moon.ts. No rule
 * of the moon's age tells these apart (a younger moon was "seen" for Shawwal 1440): the announced
 * days themselves are the record.
 */
const ANNOUNCED_LATER: ReadonlySet<string> = new Set(['1433-12', '1436-12', '1437-10', '1437-12']);

/**
 * The day a Hijri date falls on: its month begins on one of the two days after the evening the new
 * crescent can first be seen (new-moon.ts), and the first of them is the one Saudi Arabia, Syria and
 * Iraq's Sunni endowment announce, which the news of both countries dates a feast by ("ثاني أيام عيد
 * الأضحى" 2022 is 10 July, Eid having begun on the 9th; Iraq's Shia kept it a day later). Marked
 * approximate for the editor, as the other reading is a day later; a weekday in the text decides.
 */
function hijriDays(
  year: number,
  month: number,
  day: number,
): { from: string; to: string; precision: 'approximate' } {
  const starts = monthStartDays(hijriToIso(year, month, 1));
  const first = addDays(ANNOUNCED_LATER.has(`${year}-${month}`) ? starts.to : starts.from, day - 1);
  return { from: first, to: first, precision: 'approximate' };
}

/** The Hijri year of the latest occurrence of month/day on or a little after publication. */
function yearBefore(published: string, month: number, day: number): number {
  return isoToHijri(hijriBefore(published, month, day)).year;
}

/** The latest feast on or just after publication: Fitr or Adha, whichever is later, as Hijri year, month and first day. */
function feastStart(
  feast: string | undefined,
  published: string,
): { year: number; month: number; day: number } {
  const named = feast ? FEASTS[feast] : undefined;
  const candidates = (named ? [named] : [FITR, ADHA]).map((x) => ({
    iso: hijriBefore(published, x.month, x.day),
    ...x,
  }));
  const latest = candidates.sort((a, b) => a.iso.localeCompare(b.iso)).at(-1)!;
  return { year: isoToHijri(latest.iso).year, month: latest.month, day: latest.day };
}

/**
 * The n-th day (1 = the first) of a feast; a day later where the article told the feast began on the
 * later of its two possible days (`told`, feastStartTold).
 */
function feastDay(
  feast: string | undefined,
  published: string,
  n: number,
  told: string | null = null,
): ReturnType<typeof hijriDays> {
  const start = feastStart(feast, published);
  const days = hijriDays(start.year, start.month, start.day + n - 1);
  if (told !== addDays(hijriDays(start.year, start.month, start.day).from, 1)) return days;
  const later = addDays(days.from, 1);
  return { ...days, from: later, to: later };
}

/**
 * "اليوم السبت، ثالث أيام عيد الأضحى", "أمس الاثنين، ثاني أيام عيد الفطر" (in matching form): a feast
 * day told beside its weekday; or beside today or yesterday alone ("صباح اليوم، ثاني أيام العيد",
 * "قتل أمس، أول أيام العيد"), the publication date or the day before telling the day as well.
 */
const FEAST_DAY_ON_WEEKDAY = new RegExp(
  `(?<!${L})(?:(?:${alt(['اليوم', 'أمس'])}\\s+)?${WEEKDAY('weekday')}|(?<relative>${alt(['اليوم', 'أمس'])}))\\s*[،,]?\\s+(?<ord>${alt(Object.keys(ORDINAL_DAYS))})\\s+${alt(['أيام', 'ايام'])}\\s+(?:${alt(['العيد'])}|${alt(['عيد'])}\\s+(?<feast>${alt(['الفطر', 'الأضحى'])}))(?!${L})`,
  'u',
);

/**
 * The day the feast began on where the article tells one of its days beside a weekday, today or
 * yesterday: that settles which of the two readings the article's country kept, for every other day
 * of the feast it tells ("اليوم السبت، ثالث أيام عيد الأضحى", then "قتلوا أول أيام العيد"). Null where
 * no such pair is told, or its day fits neither reading. `texts` are the article's sentences in matching form.
 */
export function feastStartTold(texts: readonly string[], published: string): string | null {
  for (const text of texts) {
    const g = FEAST_DAY_ON_WEEKDAY.exec(text)?.groups;
    if (!g) continue;
    const told = g.weekday
      ? lastWeekday(published, weekdayIndex(g.weekday))
      : addDays(published, g.relative === f('اليوم') ? 0 : -1);
    const start = addDays(told, 1 - (ORDINAL_DAYS[g.ord ?? ''] ?? 1));
    const first = feastDay(g.feast, published, 1).from;
    if (start === first || start === addDays(first, 1)) return start;
  }
  return null;
}

/** Parts of a Hijri month as first and last day ("الأسبوع الأخير من رمضان", "the last week of Ramadan"). */
const MONTH_PARTS: Readonly<Record<string, [number, number]>> = Object.fromEntries(
  [
    [
      ['الأسبوع الأول', 'the first week of'],
      [1, 7],
    ],
    [
      [
        'أوائل',
        'مطلع',
        'بداية',
        'العشر الأوائل',
        'the start of',
        'the beginning of',
        'the first ten days of',
      ],
      [1, 10],
    ],
    [
      ['منتصف', 'أواسط', 'the middle of'],
      [11, 20],
    ],
    [
      ['أواخر', 'نهاية', 'العشر الأواخر', 'العشر الأخيرة', 'the end of', 'the last ten days of'],
      [21, 30],
    ],
    [
      ['الأسبوع الأخير', 'الأيام الأخيرة', 'the last week of', 'the last days of'],
      [23, 30],
    ],
  ].flatMap(([words, range]) => (words as string[]).map((w) => [f(w), range as [number, number]])),
);

/**
 * The days of a Hijri month, or of a part of it, in the latest such month begun by publication; day
 * 30 is the eve of the next month, however long this one ran. One still running when the article
 * was published is its setting ("يكتظ السوق بالمتسوقين في شهر رمضان"), no date: null.
 */
function hijriMonthPart(
  published: string,
  month: number,
  [first, last]: [number, number],
): { from: string; to: string; precision: 'approximate' } | null {
  const year = yearBefore(published, month, first);
  const from = hijriDays(year, month, first).from;
  // (a span ends on the later of the two days its last can fall on: it holds both readings)
  const next = monthStartDays(hijriToIso(month === 12 ? year + 1 : year, (month % 12) + 1, 1));
  const lastDays = monthStartDays(hijriToIso(year, month, 1));
  const end =
    last === 30
      ? { from: addDays(next.from, -1), to: addDays(next.to, -1) }
      : { from: addDays(lastDays.from, last - 1), to: addDays(lastDays.to, last - 1) };
  // (over by publication at the earliest it can have ended)
  if (end.from >= published) return null;
  return { from, to: end.to < published ? end.to : published, precision: 'approximate' };
}

export const HIJRI_RULES: readonly HijriRule[] = [
  // "في الأسبوع الأخير من شهر رمضان", "خلال رمضان الماضي", "في أواخر شهر شعبان", "in the last week of
  // Ramadan": the month, or its part, before publication (a month other than Ramadan only after
  // "شهر": "صفر" and "رجب" are words and names too)
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['في', 'خلال'])})\\s+(?:(?<hpart>${alt(Object.keys(MONTH_PARTS))})\\s+(?:${alt(['من'])}\\s+)?)?(?:(?<shahr>${alt(['شهر'])})\\s+)?(?<hmonth>${alt(HIJRI_MONTHS.flat())})(?:\\s+${alt(['المبارك', 'الفضيل'])})?(?:\\s+${alt(['الماضي', 'المنصرم', 'الفائت'])})?(?:\\s+(?:${alt(['من'])}\\s+)?(?:${alt(['عام', 'العام', 'سنة'])}\\s+)?(?<gyear>(?:19|20)\\d\\d)(?!\\d))?|(?:in|during)\\s+(?:(?<epart>${alt(Object.keys(MONTH_PARTS).filter((k) => /^[a-z]/.test(k)))})\\s+)?(?:the\\s+(?:holy\\s+)?(?:muslim\\s+)?(?:fasting\\s+)?month\\s+of\\s+)?ramadan(?:\\s+(?:of\\s+)?(?<eyear>(?:19|20)\\d\\d)(?!\\d))?`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const month = g.hmonth ? HIJRI_MONTH_INDEX.get(g.hmonth) : 9;
      if (!month || (g.hmonth && !g.shahr && month !== 9)) return null;
      // ("في شهر رمضان من عام 2009", "in Ramadan 2009": the month as it fell in that year, the last
      // one over before the year ended)
      const year = g.gyear ?? g.eyear;
      const endOfYear = year ? `${Number(year) + 1}-01-01` : ctx.published;
      return hijriMonthPart(
        endOfYear < ctx.published ? endOfYear : ctx.published,
        month,
        MONTH_PARTS[g.hpart ?? g.epart ?? ''] ?? [1, 30],
      );
    },
  },
  // "14 ربيع الأول 1440", "في 10 ذي الحجة"
  {
    pattern: new RegExp(
      B(
        `(?<hday>[0-3]?\\d)(?:\\s*/\\s*|\\s+)(?:من\\s+)?(?:${alt(['شهر'])}\\s+)?(?<hmonth>${alt(HIJRI_MONTHS.flat())})(?:(?:\\s*/\\s*|\\s+)(?:${alt(['عام', 'سنة'])}\\s+)?(?<hyear>1[34]\\d\\d))?(?:\\s*(?:هـ|ه|${alt(['هجري', 'هجرية', 'للهجرة'])}))?`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const month = HIJRI_MONTH_INDEX.get(g.hmonth ?? '');
      const day = Number(g.hday);
      if (!month || day < 1 || day > 30) return null;
      return hijriDays(g.hyear ? Number(g.hyear) : yearBefore(ctx.published, month, day), month, day);
    },
  },
  // "صباح العاشر من محرم", "مساء التاسع من محرم": the day told as an ordinal word after the time of
  // day a deed took, as copy tells the days of Muharram and of the month's rites, or after "في" as a
  // deed's day is told ("في العشرين من رمضان الماضي"), its year the latest one before the news where
  // none is given — not "في العشرين من صفر من كل عام" (every year), "الأسبوع الأول من رمضان" (a
  // week) nor "لاستهداف المواكب يوم العاشر من محرم" (a day planned for)
  {
    pattern: new RegExp(
      B(
        `(?<=${alt(['صباح', 'مساء', 'ليلة', 'فجر', 'ظهر', 'عصر', 'في'])}\\s+)${ORDINAL}\\s+${alt(['من'])}\\s+(?:${alt(['شهر'])}\\s+)?(?<hmonth>${alt(HIJRI_MONTHS.flat())})(?!\\s+${alt(['من كل'])})(?:\\s+(?:${alt(['عام', 'سنة'])}\\s+)?(?<hyear>1[34]\\d\\d))?(?:\\s*(?:هـ|ه|${alt(['هجري', 'هجرية', 'للهجرة'])}))?`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const month = HIJRI_MONTH_INDEX.get(g.hmonth ?? '');
      const day = ORDINALS[g.ordinal ?? ''];
      if (!month || day === undefined || day > 30) return null;
      return hijriDays(g.hyear ? Number(g.hyear) : yearBefore(ctx.published, month, day), month, day);
    },
  },
  // "ثالث أيام عيد الأضحى", "أول أيام العيد", "أول يوم من عيد الفطر", "عيد الأضحى"; "عشية عيد الفطر",
  // "ليلة العيد": the eve of the feast, the day before its first, and the night from it into the first
  // (two days, as every night); "عيد" bare of the article only with its name: "ليلة عيد الميلاد" is
  // another feast. The ordinal may follow "اليوم" as its adjective: "في اليوم الأول من العيد", "اليوم
  // الثاني من أيام عيد الفطر" (the feast's day, not today)
  {
    pattern: new RegExp(
      B(
        `(?:(?<ord>${alt(Object.keys(ORDINAL_DAYS))})\\s+(?:${alt(['أيام', 'يوم', 'ايام'])})\\s+(?:${alt(['من'])}\\s+)?|${alt(['اليوم'])}\\s+(?<nth>${alt(Object.keys(ORDINAL_DAYS_AFTER))})\\s+${alt(['من'])}\\s+(?:${alt(['أيام', 'ايام'])}\\s+)?|(?<eve>${alt(['عشية', 'ليلة'])})\\s+)?(?:${alt(['العيد'])}|${alt(['عيد'])}(?=\\s+${alt(['الفطر', 'الأضحى'])}))(?:\\s+(?<feast>${alt(['الفطر', 'الأضحى'])}))?`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      // a bare "العيد"/"عيد" with no day named is too vague to date an event
      if (!g.ord && !g.nth && !g.eve && !g.feast) return null;
      const day = feastDay(
        g.feast,
        ctx.published,
        g.eve ? 0 : g.ord ? (ORDINAL_DAYS[g.ord] ?? 1) : g.nth ? (ORDINAL_DAYS_AFTER[g.nth] ?? 1) : 1,
        ctx.feastStart,
      );
      return g.eve?.startsWith('لي') ? { ...day, to: addDays(day.from, 1) } : day;
    },
  },
  // "قتل أربعة خلال العيد … في أول أيامه": a feast's day told by its pronoun, the feast named before it
  // in the clause (its own name, if it has one, telling which), or told in the article beside a weekday
  // ("أمس الثلاثاء ثالث أيام عيد الأضحى", then "…، إذ قتل أربعة … في أول أيامه": feastStartTold)
  {
    pattern: new RegExp(
      `(?:(?<=(?<!${L})(?:${alt(['العيد'])}|${alt(['عيد'])}\\s+(?<feast>${alt(['الفطر', 'الأضحى'])}))(?!${L})[^.؟!؛]{0,160}?)(?<named>)|)${B(`(?<ord>${alt(Object.keys(ORDINAL_DAYS))})\\s+${alt(['أيامه', 'ايامه'])}`)}`,
      'gu',
    ),
    resolve: (g, ctx) =>
      g.named === undefined && !ctx.feastStart
        ? null
        : feastDay(g.feast, ctx.published, ORDINAL_DAYS[g.ord ?? ''] ?? 1, ctx.feastStart),
  },
  // "the third day of Eid al-Adha", "on the first day of Eid", "on the first day of the Eid al-Adha
  // holiday" (the feast told as the holiday it opens)
  {
    pattern: new RegExp(
      B(
        `(?:the\\s+)?(?<ord>first|second|third|fourth)\\s+day\\s+of\\s+(?:the\\s+)?eid(?:\\s+(?:al\\s+)?(?<feast>adha|fitr))?`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => feastDay(g.feast, ctx.published, ORDINAL_DAYS[g.ord ?? ''] ?? 1, ctx.feastStart),
  },
  // "on the eve of Eid al-Fitr": the day before the feast's first
  {
    pattern: new RegExp(
      B(`(?:on\\s+)?the\\s+eve\\s+of\\s+(?:the\\s+)?eid(?:\\s+(?:al\\s+)?(?<feast>adha|fitr))?`),
      'gu',
    ),
    resolve: (g, ctx) => feastDay(g.feast, ctx.published, 0, ctx.feastStart),
  },
  // "يوم عرفة", "وقفة عرفة", "the Day of Arafah": the pilgrims' day on Mount Arafat, 9 Dhu al-Hijja,
  // which the news names rather than its date, the eve of Eid al-Adha (as its eve, it shifts with the
  // feast's start)
  {
    pattern: new RegExp(
      B(
        `${alt(['يوم', 'وقفة'])}\\s+${alt(['عرفة', 'عرفات'])}|(?:on\\s+)?(?:the\\s+)?day\\s+of\\s+arafa(?:h|t)?`,
      ),
      'gu',
    ),
    resolve: (_g, ctx) => feastDay(f('الأضحى'), ctx.published, 0, ctx.feastStart),
  },
];
