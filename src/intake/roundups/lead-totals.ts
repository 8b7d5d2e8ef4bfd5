// Lead and headline totals that sum the incidents listed below them.
import { sameCount, spanOf, sumCounts, type Count } from '../reading/count.js';
import type { Check } from '../drafts/checks.js';
import { addsUpToUnsplit, countedUnsplit } from '../casualties/casualty-notes.js';
import { COUNTED_BLOWS, NAMES_SEVERAL_EVENTS, RANKED_BLOW } from './lead-names-events.js';
import { floorValues } from './lower-bound.js';
import { SCATTERED_EVENTS } from './scattered-events.js';
import { tollOverSpan } from './span-toll.js';
import { spanFightOfSides } from './span-fight-of-sides.js';
import { matchView } from '../reading/view.js';
import { L } from '../reading/word-pattern.js';
import type { DateValue } from '../dates/date-values.js';
import { addDays } from '../dates/calendar.js';
import type { IncidentEvent } from '../../content/schema.js';

const MAX_PARTS = 10;

export type Summable = {
  killed: Count | null;
  wounded: Count | null;
  sentences: number[];
  governorate: string | null;
  /** The governorate the total itself names, if any (default: `governorate`). */
  scope?: string | null;
  /** The clause the total is told in. */
  source?: string;
  /** What the editor is told of its figures (a floor: "more than 25"). */
  checks?: readonly Check[];
  /** It gives a toll of its own told of the whole country ("in attacks across Iraq"). */
  acrossCountry?: boolean;
  /** It is told as one more event of its kind ("A separate strike", "هجوم آخر"). */
  another?: boolean;
  /** Its clause counts casualties itself, not only the item glued to it after (own-toll.ts). */
  ownToll?: boolean;
  /** The days it was told of, if any. */
  date?: DateValue | null;
  /** The governorates its own clause names (canonical English), where it names any. */
  named?: readonly string[];
  /** Its sentences all lie in one paragraph. */
  oneParagraph?: boolean;
  /** What kind of event it is, where known. */
  event?: IncidentEvent;
};

/**
 * "killed in separate incidents", "في هجمات متفرقة", "in recent violence", "في أعمال عنف متفرقة":
 * the toll of several events, told as one.
 */
const RECENT_VIOLENCE_SOURCE = `(?<!${L})(?:in (?:recent|fresh|separate|continuing) violence)(?!${L})`;
export const SEVERAL_EVENTS = new RegExp(`${RECENT_VIOLENCE_SOURCE}|${SCATTERED_EVENTS}`, 'u');
/** "in recent violence", "in separate violence": the English words of SEVERAL_EVENTS for a whole area's toll. */
export const RECENT_VIOLENCE = new RegExp(RECENT_VIOLENCE_SOURCE, 'u');

/**
 * A lead or headline total ("Four people were killed and five wounded in separate attacks") that
 * is the sum of incidents the body lists one by one is not an incident of its own: it goes, and
 * the incidents it sums remain. Totals are looked for among the first sentences only.
 */
export function withoutTotals<T extends Summable>(incidents: readonly T[]): T[] {
  const totals = findTotals(incidents);
  return incidents.filter((x) => !totals.has(x));
}

/**
 * Each lead total with the incidents it sums (see `withoutTotals`); `chrome`: the lines above the
 * lead (an outlet's name, a date alone), not counted among the first sentences.
 */
export function findTotals<T extends Summable>(incidents: readonly T[], chrome = 0): Map<T, T[]> {
  const totals = new Map<T, T[]>();
  // an incident a total told before it sums is one of its parts, never a total of the ones after it
  // ("11 killed" then "five killed in X", "two in Y", "three in Z": five is not two and three)
  const summed = new Set<T>();
  incidents.forEach((total, t) => {
    if (summed.has(total)) return;
    const parts = summedBy(total, t, incidents, chrome);
    if (!parts) return;
    totals.set(total, parts);
    parts.forEach((p) => summed.add(p));
  });
  return totals;
}

/**
 * The parts' sum is the total told: the same count, or a range the total gives one figure of ("at
 * least nine" over "between six and eight" and three more; "killed at least nine" over five and
 * "between three and four": a lead sums the lowest figures, or the highest).
 */
function sums(sum: Count, told: Count): boolean {
  if (sameCount(sum, told)) return true;
  const { low, high } = spanOf(sum);
  return typeof told === 'number' && told >= low && told <= high;
}

function summedBy<T extends Summable>(
  total: T,
  t: number,
  incidents: readonly T[],
  chrome: number,
): T[] | null {
  const some = (c: Count | null): boolean => c !== null && spanOf(c).high > 0;
  // (the first two sentences leave room for one line above the lead; each more moves them down)
  if ((total.sentences[0] ?? Infinity) > Math.max(1, chrome)) return null;
  const unnumbered = !(some(total.killed) || some(total.wounded));
  const unsplit = (x: T): boolean => (x.checks ?? []).some((c) => c.reason === 'casualties-unsplit');
  if (unnumbered && !unsplit(total)) return null;
  const gov = total.scope === undefined ? total.governorate : total.scope;
  // a total is told before what it sums: an event beside it in the same sentence ("قتل مدنيان…،
  // فيما قتل عنصر…") is another one, never a part of it (nor is one beside a sentence it drew on
  // later); the items between its lead and a later sentence it drew on ("ويأتي هذا العدوان في سياق
  // تصعيد…" after the items) are still told after it
  const told = total.sentences[0] ?? 0;
  const parts = incidents
    .filter(
      (p, i) =>
        i > t &&
        (p.sentences[0] ?? 0) > told &&
        !total.sentences.includes(p.sentences[0] ?? 0) &&
        !recalledBefore(p, total) &&
        // a total placed nowhere ("across north-west Syria") sums items wherever they are, even one
        // at a village the gazetteer does not know; a placed one sums those of its governorate, and
        // one placed in none that is told as one more of its kind ("A separate strike hit a truck
        // near the crossing"), not any item at a place the gazetteer does not know
        (gov === null || p.governorate === gov || (p.governorate === null && p.another === true)),
    )
    .slice(0, MAX_PARTS);
  // "قتل وجرح مدنيون بقصف على ريفي إدلب وحماة" ("civilians were killed and wounded"), then the
  // items with their figures: a lead with no figure announces them, it is no event of its own
  // (not one blow at one place that counts its toll unsplit, "قصفت … قرى ريف منبج، ما أسفر عن سقوط
  // خمسة مدنيين بين شهيد وجريح", where no items told after it add up to that count: a background item
  // of one dead and one wounded is another event; a series across provinces may tell only some items)
  const view = total.source ? matchView(total.source).text : '';
  if (unnumbered) {
    const told = parts.filter((p) => some(p.killed) || some(p.wounded) || unsplit(p));
    const oneBlow = gov !== null && !SEVERAL_EVENTS.test(view) && !NAMES_SEVERAL_EVENTS.test(view);
    const countedOne = oneBlow && countedUnsplit(total.checks ?? []);
    return told.length >= 2 && (!countedOne || someAddUpTo(total, told)) ? told : null;
  }
  for (let mask = 1; mask < 1 << parts.length; mask++) {
    const chosen = parts.filter((_, i) => mask & (1 << i));
    // each part adds to a figure the total gives: a total of killed is not made of the wounded
    const adds = (p: T): boolean =>
      (total.killed !== null && some(p.killed)) || (total.wounded !== null && some(p.wounded));
    if (chosen.length < 2 || !chosen.every(adds)) continue;
    const killed = sumCounts(chosen.map((p) => p.killed ?? 0));
    const wounded = sumCounts(chosen.map((p) => p.wounded ?? 0));
    // a side the total leaves out ("killed eight", no wounded given) is not compared
    if (
      (total.killed === null || sums(killed, total.killed)) &&
      (total.wounded === null || sums(wounded, total.wounded))
    )
      return chosen;
    // "11 killed and more than 25 wounded" over items of 5, 4 and 2 dead and 12, 10 and 6 wounded:
    // a side told as a floor is summed by any count above it, where the other side sums exactly
    const floors = floorValues(total.checks ?? []);
    const above = (sum: Count, told: Count | null): boolean =>
      typeof told === 'number' && floors.includes(told) && spanOf(sum).low >= told;
    if (
      (total.killed !== null && sums(killed, total.killed) && above(wounded, total.wounded)) ||
      (total.wounded !== null && sums(wounded, total.wounded) && above(killed, total.killed))
    )
      return chosen;
  }
  // a toll it says fell in separate incidents sums the ones told after it, whatever their figures
  // add up to (one side may count the attackers it sets apart: "Six militants and two soldiers")
  // ("in two raids", "بضربة جوية وكمين"); so does a toll over a span ("in two days", "خلال يومين")
  // told in a sentence of its own: the span's events, told one by one, whatever a floor makes them
  // add up to (not a span's events told with no count, "شهدت درعا خلال الساعات الماضية ثلاث عمليات",
  // that took its toll from the first of them)
  const spanToll = total.sentences.length === 1 && tollOverSpan(view);
  const fightOfSides = spanToll && spanFightOfSides(view);
  // so does a toll told of a whole country ("killed in attacks across Iraq", "في محافظات عدة"),
  // which no one event has, where the items told after it leave some of it out or miscount it
  const countryToll = total.sentences.length === 1 && total.acrossCountry === true;
  // (not a lead of several events that gives no figure: its toll is its first item's, glued to it)
  const several = total.ownToll !== false && (SEVERAL_EVENTS.test(view) || NAMES_SEVERAL_EVENTS.test(view));
  if (several || spanToll || countryToll) {
    const told = parts.filter(
      (p) =>
        (some(p.killed) || some(p.wounded)) &&
        !toldOnOtherDays(p, total) &&
        !(spanToll && !several && !countryToll && otherBlowThanStrikes(p, total)) &&
        // (nor a blow from afar after a span's toll of a fight's two sides: span-fight-of-sides.ts)
        !(spanToll && !several && !countryToll && fightOfSides && p.event?.type !== 'battles'),
    );
    if (told.length >= 2) return told;
  }
  const named = itemsAtNamedGovernorates(total, gov, parts);
  if (named) return named;
  // "Two roadside bombs went off …, killing seven and wounding 19", then "The first bomb …, killing
  // three" and "a second bomb …, killing two": blows the lead counts, told after it one by one by
  // their rank, each with its toll, are what it sums, whatever another source makes of one of them
  if (COUNTED_BLOWS.test(view)) {
    const ranked = parts.filter(
      (p) =>
        (some(p.killed) || some(p.wounded)) &&
        !toldOnOtherDays(p, total) &&
        RANKED_BLOW.test(matchView(p.source ?? '').text),
    );
    if (ranked.length >= 2) return ranked;
  }
  return nearSum(total, gov, parts);
}

/**
 * "At least 11 people were killed when mortar shells struck central Damascus and a car bomb went off
 * in Homs", "Israeli strikes on Syria's capital and Homs province killed eight", then an item with a
 * toll of its own at each: a toll its clause tells of two governorates by name is no one event's (an
 * incident lies in one), it is the total of the items told at them, whatever their figures add up
 * to (one source's count here, another's there; a floor; a range) — items at each of at least two
 * of the governorates it names (not one item beside it: the lead may tell an event the body never
 * counts again). An item of the eve counts ("over the weekend" then "on Friday": parts recalled
 * from days before are already left out). The total may be a lead of two sentences in its paragraph
 * ("At least 38 people were killed in the provinces of Homs and Hama …. Most of the deaths were in
 * Homs province, …"), never a lead that took in the first item, told in a paragraph of its own.
 */
function itemsAtNamedGovernorates<T extends Summable>(
  total: T,
  gov: string | null,
  parts: readonly T[],
): T[] | null {
  const named = total.named ?? [];
  const leadOnly = total.sentences.length === 1 || total.oneParagraph === true;
  if (gov !== null || named.length < 2 || !leadOnly) return null;
  const some = (c: Count | null): boolean => c !== null && spanOf(c).high > 0;
  const told = parts.filter(
    (p) => (some(p.killed) || some(p.wounded)) && p.governorate !== null && named.includes(p.governorate),
  );
  return new Set(told.map((p) => p.governorate)).size >= 2 ? told : null;
}

/**
 * "Air strikes killed at least 45 militants around the town over the past 24 hours", then "Mortar
 * shells killed four civilians" and "fighters killed 13 militants in a counter-attack": a span's toll
 * told of air strikes alone is theirs; an event of another kind told after it (shelling, a clash) is
 * one more of the span's news, not one of the strikes it counts.
 */
function otherBlowThanStrikes(part: Summable, total: Summable): boolean {
  const strike = (x: Summable): boolean => x.event?.subType === 'air_drone_strike';
  return strike(total) && part.event !== undefined && !strike(part);
}

/**
 * "Troops killed 11 militants in a series of raids on Sunday", then "In a separate incident on
 * Saturday, a roadside bomb killed two soldiers": an item dated to days the total's do not reach is
 * no event of the total's, whatever the words of several events make of the total (its figures do
 * not add up, or they would have decided it).
 */
function toldOnOtherDays(part: Summable, total: Summable): boolean {
  const a = part.date;
  const b = total.date;
  return !!a && !!b && (a.to < b.from || b.to < a.from);
}

/**
 * "Two soldiers were killed on Monday night", then "The attack came a week after gunmen killed an
 * elder…" and "His brother was killed in 2022": a dated total sums the news of its days; an event
 * told as ended more than a day before them is background the story recalls, never one of its parts
 * (a day's leeway for a night item of the eve).
 */
function recalledBefore(part: Summable, total: Summable): boolean {
  const a = part.date;
  const b = total.date;
  return !!a && !!b && a.to < addDays(b.from, -1);
}

/**
 * "شهدت نينوى وصلاح الدين هجمات خلفت اثني عشر شخصاً بين قتيل وجريح", then items of five, four
 * and three dead and wounded (and bodies found, of no day): some of the items add up to the count
 * the total gives unsplit.
 */
function someAddUpTo<T extends Summable>(total: T, parts: readonly T[]): boolean {
  const checks = total.checks ?? [];
  for (let mask = 1; mask < 1 << parts.length; mask++) {
    const chosen = parts.filter((_, i) => mask & (1 << i));
    const killed = sumCounts(chosen.map((p) => p.killed ?? 0));
    const wounded = sumCounts(chosen.map((p) => p.wounded ?? 0));
    if (addsUpToUnsplit(checks, killed, wounded)) return true;
  }
  return false;
}

/**
 * "Violence across Iraq left at least nine people dead and seven wounded", then items in several
 * governorates that give eight dead and seven wounded: a roundup's lead placed nowhere is its total
 * even where the items do not quite add up to it (the headline check tells the editor).
 */
function nearSum<T extends Summable>(total: T, gov: string | null, parts: readonly T[]): T[] | null {
  if (gov !== null) return null;
  const some = (c: Count | null): boolean => c !== null && spanOf(c).high > 0;
  const chosen = parts.filter(
    (p) => (total.killed !== null && some(p.killed)) || (total.wounded !== null && some(p.wounded)),
  );
  if (chosen.length < 3 || new Set(chosen.map((p) => p.governorate)).size < 2) return null;
  const near = (sum: Count, told: Count | null): boolean => {
    if (told === null) return true;
    const a = spanOf(sum).low;
    const b = spanOf(told).low;
    return Math.abs(a - b) <= Math.max(1, Math.round(b / 10));
  };
  return near(sumCounts(chosen.map((p) => p.killed ?? 0)), total.killed) &&
    near(sumCounts(chosen.map((p) => p.wounded ?? 0)), total.wounded)
    ? chosen
    : null;
}
