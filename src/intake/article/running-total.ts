// "…، ليرتفع عدد قتلى القوات في البادية منذ مطلع العام إلى 143": a running total told after an event.
import { ACROSS_EN, COUNTRY_AS_WRITTEN_EN } from '../roundups/whole-country.js';

/** The whole country a running total may be counted over in Arabic: "في سوريا" ("across Iraq": whole-country.ts). */
const COUNTRY_AR = '(?:سوريا|سورية|العراق|البلاد|عموم\\sالبلاد|مختلف\\sالمحافظات)';

/**
 * The dead of a campaign ("عدد ضحايا الحملة", "قتلى الحملة العسكرية"): a rise to them sums the
 * campaign's days ("…، ما أدى إلى مقتل طفلين، لترتفع حصيلة قتلى الحملة إلى 14"), so the
 * blow told before it keeps its own toll.
 */
const OF_CAMPAIGN_AR = '(?:قتلى|ضحايا|شهداء)\\s(?:ال)?(?:حملة|حملات)';

/**
 * A running total over a battle told by the teller of its day's toll ("، مشيراً إلى أن حصيلة القتلى منذ انطلاق المعركة فجر
 * الأربعاء ارتفعت إلى أكثر من 120 من الطرفين"): the sum of a battle's days, a clause of its own, so
 * that the day's toll of both sides told before it is kept (not read as part of the aggregate). The
 * toll told as such ("حصيلة", "عدد"): "مشيرة إلى أن 12 مدنياً قتلوا … منذ مطلع العام" tells victims of
 * the day's kind, read with the item it follows.
 */
const TOLD_SINCE_AR = `مشير(?:ا\\u064B?|\\u064Bا|ة\\u064B?)?\\s+(?:إلى|الى)\\s+(?:أن|ان)\\s+(?:حصيلة|عدد)\\s[^،,.]{0,80}?منذ\\s(?:مطلع|بداية|بدء|أول|انطلاق)\\s`;

/**
 * Where a running total over a span starts after a comma ("، ليرتفع عدد قتلى … منذ مطلع العام الجاري
 * إلى ١٤٣", ", bringing the number of soldiers killed since the start of the year to 143"), as a
 * lookahead for the clause breaks of sentences.ts: the total sums the year's events and is no update
 * of the one just told, so it is a clause of its own (an aggregate), and the event before it keeps
 * its own toll. So is one counted over the whole country ("، ليرتفع عدد شهداء اليوم في سوريا إلى
 * 90", ", bringing the day's toll across Syria to 90"): the sum of the items of a day's bulletin,
 * each told before it with its own count.
 */
export const RUNNING_TOTAL_AR = `(?:(?:ل|و)?(?:يرتفع|ترتفع|يصل|تصل|يبلغ|تبلغ)\\s[^،,.]{0,80}(?:منذ\\s(?:مطلع|بداية|بدء|أول)|في\\s${COUNTRY_AR}|${OF_CAMPAIGN_AR})\\s|${TOLD_SINCE_AR})`;
export const RUNNING_TOTAL_EN = `(?:bringing|raising|taking)\\s[^,.;]{0,80}(?:since\\s+the\\s+(?:start|beginning)\\s+of|(?:${[...ACROSS_EN, 'in'].join('|')})\\s+${COUNTRY_AS_WRITTEN_EN}\\b)`;
