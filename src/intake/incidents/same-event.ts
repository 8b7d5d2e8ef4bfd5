import type { IncidentEvent } from '../../content/schema.js';
import type { ResolvedPlace } from '../../places/types.js';
import { normalizeForMatch } from '../../text/normalize.js';
import type { ActorId } from '../actors/actor-table.js';
import { addCheck, type Check } from '../drafts/checks.js';
import { sameCount, spanOf, type Count } from '../reading/count.js';
import { addsUpToUnsplit, approximateValues, countedUnsplit } from '../casualties/casualty-notes.js';
import type { DateValue } from '../dates/date-values.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { guessedDay, retellsAnnounced } from './announced-retold.js';
import { retoldNearby } from './retold-nearby.js';
import { gunmenOfNamedGroup } from '../actors/gunmen-named.js';

/** What deciding "the same event, told twice" needs of an incident. */
export interface EventMention {
  date: DateValue;
  place: ResolvedPlace;
  event: IncidentEvent;
  actors: ActorId[];
  targets: ActorId[];
  suspected: ActorId[];
  killed: Count | null;
  wounded: Count | null;
  attackersKilled: Count | null;
  /** Its `killed` counts its attackers killed among the dead (a fight's sides summed), not beside them. */
  attackersAmong?: boolean;
  sentences: number[];
  checks: Check[];
  /** Opened by "Separately", "وفي حادث منفصل", "جاء الهجوم بعد…": another event than the one told just before. */
  separate: boolean;
  /** Counts itself as a second event of its kind ("هجوم آخر", "a second checkpoint"). */
  another?: boolean;
  /** Its toll was told as risen to the figures it has ("bringing the toll to 32"). */
  risen?: boolean;
}

const words = (s: string): string =>
  ` ${normalizeForMatch(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * "البادية شرق مدينة السلمية", "ريف المدينة الشرقي", "the desert east of Homs": a locality that is only
 * an area of the district (its desert, its countryside), holding any village of it, not one spot.
 */
const AREA = new RegExp(
  `^(?:${anyOf(['البادية', 'بادية', 'الريف', 'ريف', 'الصحراء', 'صحراء'])}|(?:the )?(?:desert|countryside|badia))(?!${L})`,
  'u',
);
const areaOnly = (p: ResolvedPlace): boolean =>
  AREA.test(normalizeForMatch(p.locality?.en ?? p.locality?.ar ?? ''));

/**
 * One place names the other: the same district (localities not told apart), or the words of one
 * inside the other's ("دمشق" and "ضواحي دمشق", "Baquba" and "near Baquba"). Two places of the same
 * governorate with nothing more are not enough: a roundup lists several events in one province.
 */
function samePlace(a: ResolvedPlace, b: ResolvedPlace): boolean {
  if (a.country !== b.country) return false;
  const ta = words(a.text);
  const tb = words(b.text);
  if (ta.trim() && tb.trim() && (ta.includes(tb) || tb.includes(ta))) return true;
  if (!sameDistrict(a, b)) return false;
  const la = a.locality?.en ?? a.locality?.ar;
  const lb = b.locality?.en ?? b.locality?.ar;
  return !la || !lb || la === lb;
}

function sameDistrict(a: ResolvedPlace, b: ResolvedPlace): boolean {
  return (
    a.country === b.country &&
    !!a.governorate &&
    a.governorate.en === b.governorate?.en &&
    !!a.district &&
    a.district.en === b.district?.en
  );
}

/**
 * "استشهد أربعة … في البادية شرق مدينة السلمية", then a source's "قرب قرية الشيخ هلال، ما أدى إلى
 * استشهاد أربعة": a spot of the district inside the area of it the other telling gave, with the same
 * dead, several of them (one dead each is too common a toll in a roundup to tell one event by).
 */
function spotInArea(a: EventMention, b: EventMention): boolean {
  return (
    sameDistrict(a.place, b.place) &&
    (areaOnly(a.place) || areaOnly(b.place)) &&
    typeof a.killed === 'number' &&
    a.killed >= 2 &&
    a.killed === b.killed
  );
}

/**
 * "Militants ambushed fuel tankers in northeastern Syria on Friday, killing 12 drivers", then "the
 * ambush on the road south of Shaddadi in Hasakah province … later raised the toll to 12": a lead
 * placed only in the country, then the event placed in a governorate of it, with the same dead (told
 * exactly, several): the lead told at its spot. Without a toll of its own the country-wide lead may
 * sum a roundup's items; one dead each is too common a toll in a roundup (an item at a village the
 * gazetteer does not know is placed only in the country) to tell one event by.
 */
function countryThenSpot(a: EventMention, b: EventMention): boolean {
  const [wide, spot] = a.place.governorate ? [b, a] : [a, b];
  return (
    !wide.place.governorate &&
    !!spot.place.governorate &&
    wide.place.country === spot.place.country &&
    (wide.sentences[0] ?? 0) < (spot.sentences[0] ?? 0) &&
    typeof wide.killed === 'number' &&
    wide.killed >= 2 &&
    wide.killed === spot.killed
  );
}

const someCasualties = (x: EventMention): boolean =>
  x.killed !== null || x.wounded !== null || x.attackersKilled !== null;

/** A toll told only unsplit, with its number: "nine people were killed or wounded", "سبعة بين قتيل وجريح". */
const unsplitOnly = (x: EventMention): boolean =>
  x.killed === null && x.wounded === null && countedUnsplit(x.checks);

/**
 * One exact toll inside the other's range: one source's figure of a toll the article gives as a
 * range ("between five and seven", then "said five bodies had been pulled…").
 */
function withinRange(x: Count, y: Count): boolean {
  const [a, b] = [spanOf(x), spanOf(y)];
  const inside = (p: typeof a, q: typeof a): boolean =>
    p.low === p.high && q.low < q.high && p.low >= q.low && p.low <= q.high;
  return inside(a, b) || inside(b, a);
}

/** How far an exact toll may lie from one the article gives as approximate ("نحو 30", "about 30"). */
const NEAR = 0.1;

/**
 * Two exact tolls of which one is told as approximate ("وأصيب نحو 30", then a hospital's "28
 * جريحا"), within a tenth of it: one event, in two sources' figures.
 */
export function nearApproximate(
  x: Count,
  y: Count,
  xApprox: readonly number[],
  yApprox: readonly number[],
): boolean {
  if (typeof x !== 'number' || typeof y !== 'number') return false;
  const near = (v: number, w: number): boolean => Math.abs(v - w) <= Math.max(1, Math.floor(v * NEAR));
  return (xApprox.includes(x) && near(x, y)) || (yApprox.includes(y) && near(y, x));
}

/**
 * The same toll, or one of the two tells none: two tolls that differ are two events. One telling
 * may give only the dead the other gives with its wounded ("ارتفعت الحصيلة إلى 11 قتيلاً", then "11
 * killed and 21 wounded"): the same dead, the wounded left out.
 */
function compatibleCasualties(a: EventMention, b: EventMention): boolean {
  // "nine people were killed or wounded" and "four killed", of a village told apart in the same
  // province: a toll that does not add up to the unsplit one is another event's
  const [unsplit, other] = unsplitOnly(a) ? [a, b] : [b, a];
  if (unsplitOnly(unsplit) && !unsplitOnly(other) && someCasualties(other))
    return addsUpToUnsplit(unsplit.checks, other.killed, other.wounded);
  if (!someCasualties(a) || !someCasualties(b)) return true;
  const [aApprox, bApprox] = [approximateValues(a.checks), approximateValues(b.checks)];
  const same = (x: Count | null, y: Count | null): boolean =>
    x === null || y === null
      ? x === y
      : sameCount(x, y) || withinRange(x, y) || nearApproximate(x, y, aApprox, bApprox);
  const deadOnly = (x: EventMention, y: EventMention): boolean =>
    x.killed !== null && spanOf(x.killed).low > 0 && x.wounded === null && y.wounded !== null;
  if ((deadOnly(a, b) || deadOnly(b, a)) && same(a.killed, b.killed)) return true;
  return same(a.killed, b.killed) && same(a.wounded, b.wounded);
}

/** A generic "attack" (the word alone, or casualties with no word for what happened) fits any kind. */
export const isGeneric = (e: IncidentEvent): boolean =>
  e.type === 'violence_against_civilians' && e.subType === 'attack';

/** Both name who did it, or both whom it hit, and they name nobody in common: two events. */
const apart = (x: readonly ActorId[], y: readonly ActorId[]): boolean =>
  x.length > 0 && y.length > 0 && !x.some((v) => y.includes(v));

/**
 * In a clash each side fights the other: which one a telling names as the doer is only how its clause
 * runs ("ISIS attacked an army post", then "the army's fire killed two of the attackers"), so a telling
 * that names only sides the other named, in whatever role, tells the same clash (ISIS on the army, then
 * the army alone); one that names a side the other did not (ISIS on the police, ISIS on the PMF) is another.
 */
const sides = (x: EventMention): ActorId[] => [...x.actors, ...x.targets];
const sidesWithin = (x: EventMention, y: EventMention): boolean =>
  sides(x).every((v) => sides(y).includes(v));

function sameKind(a: EventMention, b: EventMention): boolean {
  if (!isGeneric(a.event) && !isGeneric(b.event) && a.event.subType !== b.event.subType) return false;
  if (!apart(a.actors, b.actors) && !apart(a.targets, b.targets)) return true;
  return (
    a.event.subType === 'armed_clash' &&
    b.event.subType === 'armed_clash' &&
    (sidesWithin(a, b) || sidesWithin(b, a))
  );
}

/** One range of days inside the other: a night told as its two days, then as the morning it ended. */
const nestedDays = (a: DateValue, b: DateValue): boolean =>
  (a.from >= b.from && a.to <= b.to) || (b.from >= a.from && b.to <= a.to);

/** The kinds of one ground assault: its clashes, and the mortars or rockets fired in it. */
const ASSAULT_KINDS: readonly string[] = ['armed_clash', 'shelling_artillery_missile_attack'];

/**
 * The same kind of event (or one told generically), or the two kinds one assault is told as: not a
 * landmine and an attack on a post, two items of a roundup with the same toll in one district.
 */
const oneAssaultsKinds = (a: IncidentEvent, b: IncidentEvent): boolean =>
  isGeneric(a) ||
  isGeneric(b) ||
  a.subType === b.subType ||
  (ASSAULT_KINDS.includes(a.subType) && ASSAULT_KINDS.includes(b.subType));

/**
 * "صدت القوات هجوماً على الناحية فجر اليوم، فيما استشهد ثلاثة وأصيب خمسة", then the commander's
 * account of the night "…مستخدمين قذائف الهاون … ثلاثة استشهدوا … وأصيب خمسة"; "forces killed six
 * militants in a raid south of the city", then "troops of the army's division raided a cave near the
 * town, some 60 km south of the city, and killed all six": a lead and the body's detailed telling give
 * the same exact toll of several dead at the same place within the same days. That toll is the event's
 * fingerprint; which of an assault's kinds each telling's words classify (the night's mortars or its
 * clashes) and whom it names as doer (the security forces, or the branch of them that went in) are
 * only its wording (not whom it hit: ISIS on an army post, then ISIS on a PMF post, are two).
 * (One dead is too common a toll in a roundup to tell one event by; and a place told only by its
 * province, "in Hama", holds many events of the day: both tellings must name the district.)
 */
function sameTollTwice(a: EventMention, b: EventMention): boolean {
  return (
    oneAssaultsKinds(a.event, b.event) &&
    !apart(a.targets, b.targets) &&
    typeof a.killed === 'number' &&
    a.killed >= 2 &&
    a.killed === b.killed &&
    nestedDays(a.date, b.date) &&
    sameDistrict(a.place, b.place) &&
    samePlace(a.place, b.place) &&
    compatibleCasualties(a, b)
  );
}

const nextDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A night told as its two days ("overnight", "ليلة الأحد على الاثنين"): a day and the next. */
const night = (d: DateValue): boolean => d.from < d.to && nextDay(d.from) === d.to;

/**
 * "Rebels clashed overnight with the council west of Manbij", then "the council repelled an attack
 * that began late Sunday, killing 14": a fight told as a night and again on one day of that night,
 * at the same place, is the same fight (a fight runs on across midnight; its tellings name either
 * day). Only clashes: a night's shelling and a day's shelling of one town are often two.
 */
const fightOfTheNight = (a: EventMention, b: EventMention): boolean => {
  const [long, day] = night(a.date) ? [a, b] : [b, a];
  return (
    a.event.subType === 'armed_clash' &&
    b.event.subType === 'armed_clash' &&
    night(long.date) &&
    day.date.from === day.date.to &&
    (day.date.from === long.date.from || day.date.from === long.date.to)
  );
};

/**
 * Mentions of one event: the same day (or range), the same place (or a spot inside the area of the
 * district the other names: spotInArea; or the country, then a spot of it: countryThenSpot), tolls
 * that agree and the same kind of event (no actor or target told apart), and nothing in the text counting either as a
 * second event ("another attack", "نقطة ثانية"). An article often tells an event twice — in the lead and
 * again as background to another, "Syria said on Friday that Israel struck Damascus…" after "a
 * similar attack on the suburbs of Damascus three days before" — which is one incident, not two.
 * An incident the article opens as separate from the one before it is never merged into that one.
 */
export function sameEvent(a: EventMention, b: EventMention): boolean {
  // the text counts one of them as a second event: never the same, whatever the toll
  if (a.another || b.another) return false;
  if (sameTollTwice(a, b)) return true;
  return (
    ((a.date.from === b.date.from && a.date.to === b.date.to) ||
      retellsAnnounced(a, b) ||
      fightOfTheNight(a, b)) &&
    (samePlace(a.place, b.place) || spotInArea(a, b) || countryThenSpot(a, b)) &&
    compatibleCasualties(a, b) &&
    sameKind(a, b)
  );
}

function absorb<T extends EventMention>(into: T, other: T): T {
  const union = <V>(x: readonly V[], y: readonly V[]): V[] => [...new Set([...x, ...y])];
  // (an event dated only by when it was announced takes the day its retelling gives: announced-retold.ts)
  const [dated, undated] = guessedDay(into) && !guessedDay(other) ? [other, into] : [into, other];
  const checks = [...dated.checks];
  for (const c of undated.checks)
    if (dated === into || (c.reason !== 'date-guessed' && c.reason !== 'date-approximate'))
      addCheck(checks, c);
  const toll = someCasualties(into) ? into : other;
  return {
    ...into,
    date: dated.date,
    // the more precise place of the two, when one lies inside the other's governorate
    place: !into.place.governorate && other.place.governorate ? other.place : into.place,
    event: isGeneric(into.event) ? other.event : into.event,
    // (a clash told from the other side's view keeps the first telling's doers and targets: sameKind)
    // (gunmen one telling leaves unnamed are the group the other names)
    actors: gunmenOfNamedGroup(
      union(
        into.actors,
        other.actors.filter((x) => !into.targets.includes(x)),
      ),
    ),
    targets: union(
      into.targets,
      other.targets.filter((x) => !into.actors.includes(x)),
    ),
    suspected: union(into.suspected, other.suspected).filter(
      (s) =>
        !(into.actors.includes(s) && !into.suspected.includes(s)) &&
        !(other.actors.includes(s) && !other.suspected.includes(s)),
    ),
    killed: toll.killed,
    // (the wounded of the telling that gives them, where the other gives the dead alone)
    wounded: toll.wounded ?? other.wounded,
    // (and the attackers killed the other telling counts, where the one kept counts none)
    attackersKilled: toll.attackersKilled ?? (toll === into ? other : into).attackersKilled,
    // (only the telling whose dead they are among can count them so)
    attackersAmong: toll.attackersKilled !== null && toll.attackersAmong === true,
    sentences: union(into.sentences, other.sentences).sort((x, y) => x - y),
    checks,
  };
}

/**
 * Incidents with the mentions of one event merged into the first (see `sameEvent`; and a later telling
 * of it at another spot or day, `retoldNearby`), in article order.
 */
export function mergeSameEvents<T extends EventMention>(
  incidents: readonly T[],
  // (two the text keeps apart whatever they share: two bullets of a roundup, bullet-items-apart.ts)
  apart: (a: T, b: T) => boolean = () => false,
): T[] {
  const out: T[] = [];
  // where each incident went: the one kept for it
  const home: number[] = [];
  incidents.forEach((incident, i) => {
    const at = out.findIndex(
      // "Separately, …": not the event told just before it
      (kept, k) =>
        sameEvent(kept, incident) &&
        !(incident.separate && i > 0 && home[i - 1] === k) &&
        !apart(kept, incident),
    );
    const retold =
      at < 0 ? out.findIndex((kept) => retoldNearby(kept, incident) && !apart(kept, incident)) : -1;
    if (at >= 0) out[at] = absorb(out[at]!, incident);
    else if (retold >= 0) {
      const days = retoldNearby(out[retold]!, incident)!;
      const kept = absorb(out[retold]!, incident);
      out[retold] = { ...kept, date: { ...kept.date, ...days } };
    } else out.push(incident);
    home.push(at >= 0 ? at : retold >= 0 ? retold : out.length - 1);
  });
  return out;
}
