import { alt, ANY_MONTH, ANY_WEEKDAY, L } from './date-patterns.js';
import { CALENDAR_RULES } from './date-rules-calendar.js';
import { MONTH_OF_DEED_RULES } from './month-of-deed.js';
import { WEEKDAY_OF_LAST_WEEK_RULES } from './weekday-of-last-week.js';
import { SAME_YEAR_RULES } from './same-year.js';
import { DAY_OF_MONTH_RULES } from './date-rules-day-of-month.js';
import { SPAN_RULES, YEAR_RULES } from './date-rules-periods.js';
import { AFTER_EVENT_RULES, CAME_AFTER_RULES, RELATIVE_RULES } from './date-rules-relative.js';
import { CAME_WITHIN_RULES } from './date-rules-within.js';
import { NIGHT_RULES } from './date-rules-nights.js';
import type { DateContext, DateRule } from './date-values.js';
import { longerThanNight } from './event-period.js';
import { addDays } from './calendar.js';
import { HIJRI_RULES } from './hijri-dates.js';
import { WEEKEND_RULES } from './date-rules-weekend.js';
import { HOLIDAY_RULES } from './date-rules-holidays.js';
import { HOLIDAY_OF_YEAR_RULES } from './holiday-of-year.js';
import { namesMarket, namesQuotedDay, weekdayOfDateAfter } from './weekday-of-date.js';
import { namesPlace } from './place-named-date.js';
import { specifiedAfter } from './specified-day.js';
import type { DateMention } from '../reading/types.js';
import type { MatchView } from '../reading/view.js';
import { mayMatch } from '../reading/literal-screen.js';
import { memoByObject } from '../../text/memo.js';

// the order of the rules decides between matches of the same length at the same place
const RULES: readonly DateRule[] = [
  ...SPAN_RULES,
  ...AFTER_EVENT_RULES,
  ...CAME_AFTER_RULES,
  ...CAME_WITHIN_RULES,
  ...CALENDAR_RULES,
  ...MONTH_OF_DEED_RULES,
  ...SAME_YEAR_RULES,
  ...DAY_OF_MONTH_RULES,
  ...NIGHT_RULES,
  ...RELATIVE_RULES,
  ...WEEKDAY_OF_LAST_WEEK_RULES,
  ...WEEKEND_RULES,
  // New Year's Eve, Christmas: fixed days of the Gregorian year (date-rules-holidays.ts), of the
  // year told with them (holiday-of-year.ts)
  ...HOLIDAY_OF_YEAR_RULES,
  ...HOLIDAY_RULES,
  ...YEAR_RULES,
  // Hijri dates and feast days, resolved against the publication date (hijri-dates.ts)
  ...HIJRI_RULES,
];

// which rules need a month or a weekday named in the sentence, read once from their patterns
const SCREENS = RULES.map((rule) => ({
  rule,
  needsMonth: rule.pattern.source.includes('(?<month>'),
  needsWeekday: rule.pattern.source.includes('(?<first>'),
}));

/** "منذ", "since" right before a date: the start of a span that runs to the news. */
const SINCE_BEFORE = new RegExp(`(?<!${L})[وف]?${alt(['منذ', 'since'])}\\s+$`, 'u');
/** "…منذ آب، حين…", "since March 5, when…": the day of one event, told as the last like it. */
const WHEN_AFTER = new RegExp(`^\\s*[،,]?\\s*${alt(['when', 'عندما', 'حين', 'حينما'])}(?!${L})`, 'u');

/**
 * "الضربة الثالثة منذ مطلع الشهر الماضي، بعد أن قتل قيادي في 18 تشرين الثاني", "the second since early
 * this month, after a woman was shot…": a span of days told after "since", whatever rule read it,
 * runs up to the news; the events counted in it lie anywhere inside, and a day told after it is the
 * narrower time within it (event-period.ts `narrowest`), unless "when" tells the one event ("since
 * May, when gunmen killed…"). A day or a night told so ("منذ فجر اليوم", "since Monday") is when the
 * event still going on began: its day. The span rules read the common shapes of totals themselves.
 */
function toldSince(text: string, start: number, end: number): boolean {
  return SINCE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && !WHEN_AFTER.test(text.slice(end));
}

/**
 * "the militants had been shelling the area every few hours since Sunday", "have been fighting since
 * Saturday": a day after "since", told of what has been going on over and over, starts a span that
 * runs up to the news (what it tells of happened on any day of it), not the day of a deed.
 */
const GOING_ON_BEFORE = /(?<!\p{L})(?:had|have|has)\s+been\s+\p{L}+ing(?!\p{L})[^.;:!?]{0,60}$/u;
const goingOnSince = (text: string, start: number): boolean =>
  GOING_ON_BEFORE.test(text.slice(Math.max(0, start - 90), start).replace(SINCE_BEFORE, ''));

/**
 * "(2300 GMT Tuesday)": a world clock's time, in brackets after the local one, right before the day it
 * tells (not a wire's "as of 1500 GMT on Thursday", the time of its report).
 */
const WORLD_CLOCK_BEFORE = /\(\s*\d{3,4}\s*(?:gmt|utc)\s+$/u;

/**
 * "at about 2:00 a.m. (2300 GMT Tuesday)", "before dawn Friday (2245 GMT Thursday)": the day of a world
 * clock is not the local one — Iraq and Syria run two or three hours ahead, so a deed in the small
 * hours falls on the next day there. Wire copy gives it beside the local time of a day it told, so it
 * is no day of the event: set aside.
 */
function worldClockDay(text: string, start: number): boolean {
  return WORLD_CLOCK_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/** From a day to the day before the news (what a report counts was told before it), or the news' day itself. */
function upToTheNews(from: string, published: string): { from: string; to: string } {
  const dayBefore = addDays(published, -1);
  return { from, to: dayBefore >= from ? dayBefore : published };
}

/** A match of a rule, not yet resolved. */
interface Candidate {
  start: number;
  end: number;
  rule: DateRule;
  groups: Readonly<Record<string, string | undefined>>;
}

// a sentence's dates are read for its incidents and for its figures: the rules' matches are found
// once per view (views are made once per text: view.ts), and never changed; resolving them depends
// on the context, so it is done for each reading
const candidatesOf: (view: MatchView) => readonly Candidate[] = memoByObject(matchesOf);

function matchesOf(view: MatchView): Candidate[] {
  const candidates: Candidate[] = [];
  const hasMonth = ANY_MONTH.test(view.text);
  const hasWeekday = ANY_WEEKDAY.test(view.text);
  for (const { rule, needsMonth, needsWeekday } of SCREENS) {
    // cheap screens first: most sentences name no month and no weekday
    if (
      (!hasMonth && needsMonth) ||
      (!hasWeekday && needsWeekday) ||
      (rule.requires && !rule.requires.some((w) => view.text.includes(w))) ||
      !mayMatch(rule.pattern, view.text)
    )
      continue;
    for (const m of view.text.matchAll(rule.pattern)) {
      // the glued proclitic (و، ف، ب، ل) is matched but is not part of the date's words
      candidates.push({
        start: m.index + (m.groups?.pre?.length ?? 0),
        end: m.index + m[0].length,
        rule,
        groups: m.groups ?? {},
      });
    }
  }
  return candidates;
}

/**
 * Dates of one sentence, resolved against the publication date: today/yesterday, weekdays (the
 * last such day on or before publication), nights over two days, chains from the previous date,
 * weeks, months in every Arabic tradition and in English, parts of months, years. Overlapping
 * matches keep the longest. Offsets are in the matched text; `text` quotes the article.
 */
export function findDates(view: MatchView, ctx: DateContext): DateMention[] {
  const found: DateMention[] = [];
  let anchor = ctx.anchor;
  const candidates = candidatesOf(view);
  // longest first, so "في تشرين الأول 2014" is read whole rather than as "في تشرين الأول"
  const probe: DateContext = {
    published: ctx.published,
    anchor: ctx.anchor ?? { from: ctx.published, to: ctx.published, precision: 'day' },
    feastStart: ctx.feastStart ?? null,
  };
  const chosen: Candidate[] = [];
  for (const c of [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (chosen.some((o) => c.start < o.end && o.start < c.end)) continue;
    if (c.rule.resolve(c.groups, probe)) chosen.push(c);
  }
  const ordered = chosen.sort((a, b) => a.start - b.start);
  for (const [i, c] of ordered.entries()) {
    const value = c.rule.resolve(c.groups, {
      published: ctx.published,
      anchor,
      lead: ctx.lead ?? null,
      feastStart: ctx.feastStart ?? null,
    });
    if (!value || value.from > value.to || worldClockDay(view.text, c.start)) continue;
    // ("في سوق الجمعة": a market's name, weekday-of-date.ts)
    if (namesMarket(view.text, c.start, c.end)) continue;
    // ("تشييع شهداء "الجمعة العظيمة"": a day a movement named, weekday-of-date.ts)
    if (namesQuotedDay(view.text, c.start, c.end)) continue;
    // ("محيط شارع 8 آذار", "the 14 July Bridge": a place's name, place-named-date.ts)
    if (namesPlace(view.text, c.start, c.end)) continue;
    const next = ordered[i + 1];
    const nextValue = next && next.rule.resolve(next.groups, probe);
    const toldNext = nextValue ? { start: next.start, end: next.end, value: nextValue } : undefined;
    // ("قبل يومين، وتحديداً يوم الخميس": the rough time, made exact by the day after it, specified-day.ts)
    if (specifiedAfter(view.text, { ...c, value }, toldNext)) continue;
    // ("يوم الجمعة التاسع عشر من حزيران 2009": the weekday is the day told after it, weekday-of-date.ts)
    if (weekdayOfDateAfter(view.text, { ...c, value }, toldNext)) continue;
    const span = view.sourceSpan(c.start, c.end);
    const told = !c.rule.aggregate && toldSince(view.text, c.start, c.end);
    const since = told && longerThanNight(value);
    // (what has been going on since a day runs on to the news' own day)
    const goingOn = told && !since && goingOnSince(view.text, c.start);
    const date = since
      ? { ...upToTheNews(value.from, ctx.published), precision: 'approximate' as const }
      : goingOn
        ? { from: value.from, to: ctx.published, precision: 'approximate' as const }
        : value;
    found.push({
      start: c.start,
      end: c.end,
      text: span.text,
      date: { ...date, text: span.text },
      role: 'event',
      aggregate: c.rule.aggregate ?? false,
    });
    if (!c.rule.aggregate) anchor = date;
  }
  return found;
}
