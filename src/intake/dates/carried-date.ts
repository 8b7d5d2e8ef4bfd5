// Which date an undated incident takes from what was told before it.
import { CUES } from '../events/event-cues.js';
import { isBackground, longerThanNight } from './event-period.js';
import type { Building } from '../incidents/incident-types.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { anyOf } from '../reading/word-pattern.js';
import { SAID_THAT } from './date-roles.js';
import { killsDatedByStatement } from './kills-statement-day.js';
import { reportedBefore } from './reported-before.js';
import { headsRoundup } from '../roundups/roundup-heading.js';
import { tellsRaid } from './raid-lead.js';
import { tellsCapture } from './capture-lead.js';
import { tellsKillingOfThem } from './killing-lead.js';
import { tellsOperation } from './operation-lead.js';
import { listItemOfItsOwn } from './list-item-day.js';
import { duringTheirDeed } from './during-lead-event.js';

type Dated = Building['date'];

/**
 * A lead that announces deaths ("documented the deaths of dozens across Syria on Monday, October 5:",
 * "شهدت بغداد، اليوم الثلاثاء، سلسلة هجمات أسفرت عن سقوط خمسة عشر بين قتيل وجريح"), not a dateline
 * ("موقع … – 20 جمادى الآخرة 1442 هجرية", the day the page was put out).
 */
export function announcesDeaths(matchText: string): boolean {
  return [CUES.killed, CUES.wounded, CUES.combined, CUES.killedNoun].some(
    (cue) => matchText.search(cue) >= 0,
  );
}

/**
 * "قال الفصيل إن مقاتليه أفشلوا فجر أمس محاولة تسلل", "said its fighters repelled an advance on
 * Sunday": a lead's day told inside what a source said is the day of the deed it reports, whatever
 * words the deed is told in; a dateline's day ("تاريخ النشر: 12 أيار 2021") is told by no one.
 */
function dayOfReportedDeed(matchText: string, dayStart: number): boolean {
  return SAID_THAT.test(matchText.slice(0, dayStart));
}

/**
 * "اقتحمت دبابات الجيش المدينة فجر أمس الأحد، وسط قصف بالرشاشات", "Warplanes struck the town on
 * Sunday": a lead sentence that tells the deed of the news (the blow, the attack, a raid: raid-lead.ts;
 * the taking of a place: capture-lead.ts; those it named, killed: killing-lead.ts; a security
 * operation: operation-lead.ts) on its day; the
 * tolls told after it with no day of their own are of that day.
 */
export function tellsDeedOfNews(sentenceMatchText: string): boolean {
  return (
    sentenceMatchText.search(CUES.action) >= 0 ||
    tellsRaid(sentenceMatchText) ||
    tellsCapture(sentenceMatchText) ||
    tellsKillingOfThem(sentenceMatchText) ||
    tellsOperation(sentenceMatchText)
  );
}

/**
 * A lead that announces the events its items tell: their deaths, a deed on a day a source gave, or
 * the roundup it heads (roundup-heading.ts).
 */
export function announcesEvents(matchText: string, dayStart: number): boolean {
  return announcesDeaths(matchText) || dayOfReportedDeed(matchText, dayStart) || headsRoundup(matchText);
}

/**
 * "وكان طفلان استشهدا وأصيبت والدتهما أمس بقذيفة …", "وكانت طائرة قد قصفت …": a clause framed by "كان",
 * Arabic copy's way of telling what happened before the news, out of the order of the items; the
 * item told after it ("إلى ذلك، …") goes on from the news, not from that day.
 */
const BACKGROUND_FRAME = new RegExp(`^["«“]?\\s*(?:${anyOf(['وكان', 'وكانت'])})(?![\\p{L}])`, 'u');

/**
 * The time a lead gives the news its items tell: a day or a night ("اليوم الثلاثاء", "as of Wednesday"),
 * or a span that runs up to the news ("in the past 48 hours"). A span that ended before it ("خلال
 * الأسبوع الماضي", "last month") is a period a sentence of background told, not the day of the items.
 */
function daysOfNews(date: NonNullable<Dated>, published: string): boolean {
  return !longerThanNight(date) || date.to >= published;
}

/**
 * An undated incident takes the date of the nearest dated one told before it (a roundup dates its
 * lead). Where a lead that is no incident itself gives the time of the news (`daysOfNews`), that
 * time: another item's own date ("مساء أمس") is that item's alone; so is it before any item is
 * dated, where that lead announces the events its items tell (`announcesEvents`), else the day of
 * the deed the first sentence of news told (`tellsDeedOfNews`, under a dateline). Where the lead is
 * an incident itself, an item told in a paragraph of its own ("وفي البصرة، قتل ثلاثة", "In Baghdad, a
 * car bomb exploded") is of the news' day too; one told in the paragraph of the item dated before it
 * ("كما قتل عنصر آخر") goes on with that item. An item known only by a report given before the news
 * ("نشر المرصد يوم أمس أن…") is not of the news' day, and happened by then: it takes no day told
 * after its report (reported-before.ts); with none carried, it keeps the report's day (incident-finish.ts).
 */
export function carriedDates(
  built: readonly Building[],
  lead: { day: Dated; told: boolean; announces: boolean; remembers: boolean; deedDay: Dated },
  published: string,
): Dated[] {
  const news = lead.day && daysOfNews(lead.day, published) ? lead.day : null;
  const heading = lead.told ? null : news;
  // (an anniversary's lead dates the old event it remembers: its toll is of that day, anniversary-day.ts)
  const first = lead.remembers
    ? lead.day
    : heading && lead.announces && !isBackground(heading, published)
      ? heading
      : lead.deedDay && !isBackground(lead.deedDay, published)
        ? lead.deedDay
        : null;
  let last: { date: Dated; paragraph: number } | null = null;
  return built.map((b) => {
    // "وكانت القيادة قد أعلنت منتصف الشهر الماضي مقتل ثلاثة": background told in the pluperfect as
    // announced on a day of its own keeps that day, not the day of the item told before it
    const ownBackground = !b.date && !!b.reporting && BACKGROUND_FRAME.test(normalizeForMatch(b.source));
    // (so does a side's statement of the militants it killed: kills-statement-day.ts)
    const reported = b.date ? null : reportedBefore(b.reporting, published);
    const ownItem =
      !!last && b.paragraph !== last.paragraph && !reported && !!news && !isBackground(news, published);
    // (an undated item of a list takes no day from the item listed before it: list-item-day.ts)
    const ownListItem = !!last && listItemOfItsOwn(b.source, b.paragraph, last.paragraph);
    // (the first item, told as done while those the lead told of did what it told, "أثناء عبورها",
    // is of the lead's day: during-lead-event.ts)
    const duringLead =
      !first && !!heading && !isBackground(heading, published) && duringTheirDeed(normalizeForMatch(b.source))
        ? heading
        : null;
    const carried = last
      ? (heading ?? (ownItem ? news : ownListItem ? null : last.date))
      : (first ?? duringLead);
    const inherited = ownBackground || killsDatedByStatement(b) ? null : carried;
    // (a span back from the item's own day, "wounded last week … succumbed", is that item's alone;
    // so is the day of background told in the pluperfect, "وكان طفلان قتلا أمس …")
    if (b.date && !longerThanNight(b.date) && !BACKGROUND_FRAME.test(normalizeForMatch(b.source)))
      last = { date: b.date, paragraph: b.paragraph };
    return reported && inherited && inherited.from > reported.to ? reported : inherited;
  });
}
