import type { IncidentEvent, Language } from '../content/schema.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { ResolvedPlace } from '../places/types.js';
import { NON_STATE, REMOTE_ONLY, stateForceOf, type ActorId } from './actors.js';
import { addDays } from './calendar.js';
import { analyseClause, type ClauseFacts, type PlaceResolver } from './clause.js';
import type { DateValue } from './dates.js';
import { splitClauses } from './sentences.js';
import type { DateMention, Sentence } from './types.js';
import { addCheck } from './checks.js';
import { mergeSameEvents, type EventMention } from './same-event.js';
import { unknownPlaceName, withUnknownSpot } from './unknown-place.js';
import { countText, sameCount, spanOf, sumCounts, type Count } from './count.js';
import { CUES } from './event-cues.js';
import { findGovernorates } from '../places/resolve.js';
import { matchView } from './view.js';

/**
 * An incident as extracted, before it is written in the briefing format: what deciding "the same
 * event, told twice" needs (EventMention: date, place, event, actors, targets, the suspected among
 * them, killed, wounded, attackers killed apart from the victims, sentences, checks, `separate`),
 * with the date's own words and the clause that opened it.
 */
export interface ExtractedIncident extends EventMention {
  date: DateValue & { text: string | null };
  /** The clause that opened it, in the article's words. */
  source: string;
}

/** An incident while its clauses are gathered: an EventMention whose date and place may still be missing. */
interface Building extends Omit<EventMention, 'date' | 'place' | 'another'> {
  date: (DateValue & { text: string }) | null;
  reporting: (DateValue & { text: string }) | null;
  place: ResolvedPlace | null;
  source: string;
  /** Paragraph of the last sentence it drew on. */
  paragraph: number;
  another: boolean;
  /** A place the clause names that the gazetteer does not know (see unknown-place.ts). */
  placeName: string | null;
}

/** A place named by pointing back at the one told before: "في القرية نفسها", "at the same checkpoint". */
const SAME_PLACE =
  /(?:^|[^\p{L}])(?:في|ب|قرب|على)\s*ال[\p{L}]+\s+(?:نفسها|نفسه|ذاتها|ذاته)(?![\p{L}])|(?:^|[^\p{L}])(?:in|at|near|on) the same (?:area|town|village|city|district|region|spot|place|checkpoint|post|road|neighbou?rhood)(?![\p{L}])/iu;
/** A place told as near the one before: "القرية القريبة", "البلدة المجاورة", "a nearby village". */
const NEARBY = /(?<![\p{L}])(?:القريبة|القريب|المجاورة|المجاور|nearby|neighbou?ring)(?![\p{L}])/u;
/** Events further back than this before publication are background, not news of the article. */
const HISTORY_DAYS = 183;
/** How many sentences on a casualty figure with no place or date of its own may still belong to an incident. */
const MAX_GAP = 3;
const PRECISION_RANK = { locality: 0, district: 1, governorate: 2, country: 3 } as const;

export interface IncidentContext {
  lang: Language;
  published: string;
  resolvePlace: PlaceResolver;
  /** Where the title places the story: the fallback for incidents whose sentences name no place. */
  titlePlace: ResolvedPlace | null;
}

/**
 * One incident per distinct event. Clause by clause: a clause reports an event (casualties, or an
 * event word that is not a count of events); it opens a new incident when it says so ("وفي حادث
 * منفصل", "Separately"), when it gives another date or another governorate, or other casualties;
 * otherwise it adds to the incident before it (a later sentence often gives the date or the actor).
 * Denied claims, aggregates ("since 2011"), statistics ("27 attacks since the start of the year"),
 * mass graves and exhumed remains, and background years ago are left out.
 */
export function extractIncidents(sentences: readonly Sentence[], ctx: IncidentContext): ExtractedIncident[] {
  const built: Building[] = [];
  let anchor: DateValue | null = null;
  const epidemic = sentences.some((s) => CUES.disease.test(matchView(s.text).text));
  for (const sentence of sentences) {
    let sentenceDate: ClauseFacts['eventDate'] = null;
    const told = { killed: false, wounded: false };
    for (const [nth, clause] of splitClauses(sentence.text, ctx.lang).entries()) {
      const analysed = analyseClause(
        clause.text,
        ctx.lang,
        ctx.published,
        anchor,
        ctx.resolvePlace,
        built.find((b) => b.date)?.date ?? null,
      );
      // "مقتل شخص، وجرح ثمانية آخرين": others than the dead of the same sentence, not more victims
      const otherKindTold = analysed.casualties.killed === null ? told.killed : told.wounded;
      const facts = { ...analysed, additional: analysed.additional && !otherKindTold };
      told.killed ||= facts.casualties.killed !== null;
      told.wounded ||= facts.casualties.wounded !== null;
      // chains ("two days earlier") count from the last event date, not from when it was reported
      const usable = facts.dates.filter((d) => !d.aggregate);
      const lastDate: DateMention | undefined =
        usable.filter((d) => d.role === 'event').pop() ?? (anchor ? undefined : usable.pop());
      if (lastDate) anchor = lastDate.date;
      if (facts.eventDate) sentenceDate = facts.eventDate;
      if (!facts.reportsEvent || facts.denied || facts.aggregate || facts.remains || facts.event === null)
        continue;
      // an epidemic's cases and deaths: casualties with no word for what happened are the disease's
      if (epidemic && !facts.eventNamed) continue;
      const date = facts.eventDate ?? sentenceDate;
      if (date && (isBackground(date.date, ctx.published) || longPeriod(date.date))) continue;
      const current = built[built.length - 1];
      const distance = current
        ? sentence.index - (current.sentences[current.sentences.length - 1] ?? 0)
        : Infinity;
      // "على قرية النيرب القريبة", "a village nearby": near the place just told, whatever governorate
      // another place of that name lies in
      const nearby =
        NEARBY.test(clause.text) &&
        !facts.separate &&
        // "the neighbouring province of Daraa" names its governorate itself
        facts.place?.precision !== 'governorate' &&
        !!current?.place?.governorate &&
        !!facts.place?.governorate &&
        !sameGovernorate(current.place, facts.place);
      const place = nearby
        ? current!.place
        : facts.place && facts.place.governorate
          ? withUnknownSpot(
              clause.text,
              facts.place,
              ctx.lang,
              (name) => ctx.resolvePlace(name, ctx.lang) !== null,
            )
          : // "في الجزيرة نفسها", "at the same checkpoint": where the event told before happened
            SAME_PLACE.test(clause.text) && current?.place?.governorate
            ? current.place
            : null;
      // "…in Kut, while in Suwaira gunmen killed…": a clause of its own at another town is another event
      const elsewhere =
        nth > 0 &&
        !!facts.place?.governorate &&
        !!current?.place &&
        (otherSpot(current.place, facts.place) ||
          // with dead or wounded of its own at a spot the one before does not name ("…، فيما عثر على
          // جثة في أطراف ناحية مندلي")
          (hasCasualties(facts) && !namesOneAnother(current.place.text, facts.place.text)));
      if (
        current &&
        !elsewhere &&
        !opensNew(current, facts) &&
        !newItem(current, facts, sentence.paragraph)
      ) {
        // a figure a few sentences on ("“Thirteen were killed and three wounded,” the source said") completes the incident
        if (distance <= 1 || place || (distance <= MAX_GAP && fillsCasualties(current, facts))) {
          merge(current, facts, date, place, sentence.index);
          current.paragraph = sentence.paragraph;
        }
        continue;
      }
      // back to a place told before, with nothing new about when: more on that earlier incident
      const earlier =
        facts.separate || facts.eventDate || elsewhere || (current && followsAnother(current, facts))
          ? undefined
          : built.find((b) => samePlace(b, place, facts) && !casualtiesConflict(b, facts));
      if (earlier) {
        merge(earlier, facts, date, place, sentence.index);
        continue;
      }
      if (
        !current &&
        !place &&
        !date &&
        facts.casualties.killed === null &&
        facts.casualties.wounded === null &&
        facts.casualties.attackersKilled === null
      )
        continue;
      // "the shelling hit X, killing seven, and the town of Y, killing four": the verb of the
      // sentence's first clause names what happened at both
      const sameSentence =
        nth > 0 && !facts.eventNamed && current?.sentences.includes(sentence.index) === true;
      const event = sameSentence && current && facts.actors.length === 0 ? current.event : facts.event;
      built.push({
        date: date ? date.date : null,
        reporting: facts.reportingDate ? facts.reportingDate.date : null,
        place: place ?? facts.place,
        event,
        // "وأنهم نفذوا غارة…": the doer is the one of the incident told before
        // "فيما أصيب ثلاثة بقصف مماثل": a similar blow, by the hand of the one before
        actors:
          facts.actors.length === 0 && (facts.continues || sameSentence || facts.similar) && current
            ? [...current.actors]
            : [...facts.actors],
        targets: [...facts.targets],
        suspected:
          facts.actors.length === 0 && (facts.continues || sameSentence || facts.similar) && current
            ? [...current.suspected]
            : [...facts.suspected],
        // an event whose only dead are the attackers (a raid, a bomb going off as they planted it):
        // they are its dead, not attackers set apart from victims
        killed: facts.casualties.killed ?? facts.casualties.attackersKilled,
        wounded: facts.casualties.wounded,
        attackersKilled: facts.casualties.killed === null ? null : facts.casualties.attackersKilled,
        source: clause.text,
        sentences: [sentence.index],
        checks: [...facts.notes],
        paragraph: sentence.paragraph,
        separate: facts.separate || elsewhere,
        another: facts.another,
        placeName: place ? null : unknownPlaceName(clause.text, ctx.lang),
      });
    }
  }
  const governorateOf = (b: Building): string | null =>
    (b.place?.governorate ? b.place : ctx.titlePlace)?.governorate?.en ?? null;
  // a lead total placed nowhere ("in recent violence across Iraq") sums events of any governorate,
  // whatever the title names first; so does one told across several ("في محافظات درعا والقنيطرة
  // والسويداء"), whichever of them the resolver named first
  const scopeOf = (b: Building): string | null =>
    findGovernorates(b.source).length > 1 ? null : (b.place?.governorate?.en ?? null);
  const totals = findTotals(
    built.map((b) => ({ ...b, governorate: governorateOf(b), scope: scopeOf(b), b })),
  );
  const dropped = new Set([...totals.keys()].map((x) => x.b));
  // "Government shelling … killed 11" then "the shelling hit X, killing seven, and Y, killing four":
  // who did it, told once in the total, is who did each of the events it sums
  // (only where none of them names one: a roundup's lead sums the deeds of many)
  for (const [total, parts] of totals)
    if (parts.every(({ b }) => b.actors.length === 0))
      for (const { b } of parts) {
        b.actors = [...total.b.actors];
        b.suspected = [...total.b.suspected];
      }
  // "Seven people were killed … on Monday" then the items it sums: an item with no date of its own
  // is of the total's day, not of the night of the item told before it
  for (const [total, parts] of totals) if (total.b.date) for (const { b } of parts) b.date ??= total.b.date;
  // an undated incident takes the date of the nearest dated one told before it (a roundup dates its lead)
  let leadDate: Building['date'] = null;
  const dated = built.map((b) => {
    const inherited = leadDate;
    if (b.date) leadDate = b.date;
    return { b, inherited };
  });
  const kept = new Set(built.filter((b) => !dropped.has(b)));
  const context = placeContext(sentences, built, ctx);
  return mergeSameEvents(
    dated.filter((d) => kept.has(d.b)).flatMap((d) => finish(d.b, ctx, d.inherited, context)),
  );
}

/** Where an incident told at a place the gazetteer does not know lies, as far as the text says. */
interface PlaceContext {
  /** The one governorate its paragraph names, if it names exactly one. */
  governorate(b: Building): ResolvedPlace | null;
  /** The country the article is about (its title, else its other incidents), if any. */
  country: ResolvedPlace['country'] | null;
}

function placeContext(
  sentences: readonly Sentence[],
  built: readonly Building[],
  ctx: IncidentContext,
): PlaceContext {
  const byParagraph = new Map<number, ResolvedPlace | null>();
  const paragraphGovernorate = (paragraph: number): ResolvedPlace | null => {
    if (!byParagraph.has(paragraph)) {
      const places = sentences
        .filter((s) => s.paragraph === paragraph)
        .map((s) => ctx.resolvePlace(s.text, ctx.lang))
        .filter((p): p is ResolvedPlace => !!p?.governorate);
      const names = new Set(places.map((p) => p.governorate?.en));
      byParagraph.set(paragraph, names.size === 1 ? (places[0] ?? null) : null);
    }
    return byParagraph.get(paragraph) ?? null;
  };
  return {
    governorate: (b) => {
      const first = sentences.find((s) => s.index === b.sentences[0]);
      return first ? paragraphGovernorate(first.paragraph) : null;
    },
    country: ctx.titlePlace?.country ?? built.find((b) => b.place)?.place?.country ?? null,
  };
}

/**
 * A place the gazetteer does not know, kept as the article's words: in the governorate its
 * paragraph names ("…in Kharab, in Duhok's border area"), else with no governorate — never guessed.
 */
function unknownPlace(
  name: string,
  b: Building,
  context: PlaceContext,
  lang: Language,
): ResolvedPlace | null {
  const around = context.governorate(b);
  const country = around?.country ?? context.country;
  if (!country) return null;
  return {
    country,
    governorate: around?.governorate ?? null,
    district: null,
    locality: { [lang]: name },
    precision: around ? 'locality' : 'country',
    text: name,
  };
}

const MAX_PARTS = 10;

type Summable = {
  killed: Count | null;
  wounded: Count | null;
  sentences: number[];
  governorate: string | null;
  /** The governorate the total itself names, if any (default: `governorate`). */
  scope?: string | null;
};

/**
 * A lead or headline total ("Four people were killed and five wounded in separate attacks") that
 * is the sum of incidents the body lists one by one is not an incident of its own: it goes, and
 * the incidents it sums remain. Totals are looked for among the first sentences only.
 */
export function withoutTotals<T extends Summable>(incidents: readonly T[]): T[] {
  const totals = findTotals(incidents);
  return incidents.filter((x) => !totals.has(x));
}

/** Each lead total with the incidents it sums (see `withoutTotals`). */
export function findTotals<T extends Summable>(incidents: readonly T[]): Map<T, T[]> {
  const totals = new Map<T, T[]>();
  incidents.forEach((total, t) => {
    const parts = summedBy(total, t, incidents);
    if (parts) totals.set(total, parts);
  });
  return totals;
}

function summedBy<T extends Summable>(total: T, t: number, incidents: readonly T[]): T[] | null {
  const some = (c: Count | null): boolean => c !== null && spanOf(c).high > 0;
  if ((total.sentences[0] ?? Infinity) > 1 || !(some(total.killed) || some(total.wounded))) return null;
  const gov = total.scope === undefined ? total.governorate : total.scope;
  // a total is told before what it sums: an event beside it in the same sentence ("قتل مدنيان…،
  // فيما قتل عنصر…") is another one, never a part of it
  const last = Math.max(...total.sentences);
  const parts = incidents
    .filter(
      (p, i) =>
        i > t &&
        (p.sentences[0] ?? 0) > last &&
        p.governorate !== null &&
        (gov === null || p.governorate === gov),
    )
    .slice(0, MAX_PARTS);
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
      (total.killed === null || sameCount(killed, total.killed)) &&
      (total.wounded === null || sameCount(wounded, total.wounded))
    )
      return chosen;
  }
  return null;
}

/** A toll with no event, place or date of its own: the event just told, in another source's figures. */
function retold(facts: ClauseFacts): boolean {
  return facts.tollOnly && !facts.place?.governorate && !facts.eventDate && !facts.separate;
}

function hasCasualties(facts: ClauseFacts): boolean {
  return facts.casualties.killed !== null || facts.casualties.wounded !== null;
}

/** The words of one place's text inside the other's ("بعقوبة", "قرب بعقوبة"). */
function namesOneAnother(a: string, b: string): boolean {
  const words = (s: string): string =>
    ` ${normalizeForMatch(s)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  const x = words(a);
  const y = words(b);
  return x.trim() !== '' && y.trim() !== '' && (x.includes(y) || y.includes(x));
}

/**
 * Casualty figures for an incident that has none yet, or of the kind it lacks ("Four bodies were
 * recovered…" then "A villager nearby was lightly wounded, he added."), with no date or place of
 * their own.
 */
function fillsCasualties(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded } = facts.casualties;
  if (current.killed === null && current.wounded === null) return killed !== null || wounded !== null;
  if (facts.eventDate || facts.place?.governorate) return false;
  return (
    (killed === null && wounded !== null && current.wounded === null) ||
    (wounded === null && killed !== null && current.killed === null)
  );
}

/** A toll over a season or a year ("In 2022 alone, 82 people were killed") is a total, not an event. */
const LONGEST_EVENT_DAYS = 92;
function longPeriod(date: DateValue): boolean {
  return date.to > addDays(date.from, LONGEST_EVENT_DAYS);
}

function isBackground(date: DateValue, published: string): boolean {
  return date.to < addDays(published, -HISTORY_DAYS) || date.from > addDays(published, 7);
}

/** A night over two days ("ليلة الأحد على الاثنين", "late Sunday night"). */
function isNight(d: DateValue): boolean {
  return d.to === addDays(d.from, 1);
}

function inside(a: DateValue, b: DateValue): boolean {
  return a.from >= b.from && a.to <= b.to;
}

function sameRange(a: DateValue, b: DateValue): boolean {
  return a.from === b.from && a.to === b.to;
}

/** "Russian warplanes struck … after the attack": another side's blow that followed, not more of it. */
function followsAnother(current: Building, facts: ClauseFacts): boolean {
  return (
    facts.follows &&
    facts.actors.length > 0 &&
    facts.actors.every((a) => !current.actors.includes(a) && !current.targets.includes(a)) &&
    facts.event?.type !== 'strategic_developments'
  );
}

function opensNew(current: Building, facts: ClauseFacts): boolean {
  if (facts.separate || facts.another) return true;
  if (followsAnother(current, facts)) return true;
  if (facts.eventDate && current.date && !sameRange(facts.eventDate.date, current.date)) {
    // "late Sunday night", then "Four bodies were recovered this morning": a day of the night told
    if (!(isNight(current.date) && inside(facts.eventDate.date, current.date))) return true;
  }
  // "…said five bodies were pulled from the rubble." then "On Tuesday, warplanes struck a farm…": a
  // dated event of its own, named by its verb, is not more of an undated toll told before it
  if (
    facts.opensWithDate &&
    !current.date &&
    (current.killed !== null || current.wounded !== null) &&
    facts.eventNamed &&
    !facts.refersBack &&
    !facts.continues
  )
    return true;
  const gov = facts.place?.governorate?.en;
  const currentGov = current.place?.governorate?.en;
  if (gov && currentGov && gov !== currentGov) return true;
  return casualtiesConflict(current, facts);
}

/**
 * Other casualty figures for what would be the same event: another event — unless the clause only
 * gives a vaguer toll ("more than a dozen") with no place of its own: the same event, told loosely.
 */
function casualtiesConflict(current: Building, facts: ClauseFacts): boolean {
  if (addsOthers(current, facts)) return false;
  // "انفجر اللغم بأحدهم، ما أدى إلى مقتله": a pronoun points at a victim told before, with no
  // place of its own it is more of that event
  if (facts.casualties.byPronoun && !facts.place?.governorate) return false;
  // "The Observatory put the death toll at eight": another source's toll of the event just told
  if (retold(facts)) return false;
  // "Three … and two … died in the fighting": the event just told, its toll told in parts
  if (facts.refersBack && (!facts.place?.governorate || sameGovernorate(current.place, facts.place)))
    return false;
  if (!facts.place?.governorate && facts.notes.some((n) => n.reason === 'casualties-approximate'))
    return false;
  const { killed, wounded, attackersKilled } = facts.casualties;
  // "وسقط ستة مدنيين بين قتيل وجريح", then "وكان 18 قتلوا يوم السبت": the toll told unsplit, dead
  // and wounded told apart on a day of their own are another event's, not its split (with no day of
  // their own, "five were killed and wounded … killing one and wounding another", they are its split)
  if (
    (killed !== null || wounded !== null) &&
    facts.eventDate &&
    current.killed === null &&
    current.wounded === null &&
    current.checks.some((c) => c.reason === 'casualties-unsplit')
  )
    return true;
  if (attackersKilled !== null && killed === null && wounded === null) {
    if (current.attackersKilled !== null && !sameCount(attackersKilled, current.attackersKilled)) return true;
    // attackers' dead told with a place of their own (militants killed by the bomb they were
    // planting elsewhere): another event; with none ("two of the attackers were killed"), this one
    return !!facts.place?.governorate && facts.place.text !== current.place?.text;
  }
  if (killed !== null && current.killed !== null && !sameCount(killed, current.killed)) return true;
  return wounded !== null && current.wounded !== null && !sameCount(wounded, current.wounded);
}

/**
 * A clause of one kind of casualty only, counted as others ("an explosion nearby wounded four other
 * soldiers"), where the event has that kind already: more victims of the same event, to be added.
 */
function addsOthers(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded } = facts.casualties;
  if (!facts.additional || facts.place?.governorate) return false;
  return (
    (killed === null) !== (wounded === null) && (killed === null ? current.wounded : current.killed) !== null
  );
}

function sameGovernorate(a: ResolvedPlace | null, b: ResolvedPlace | null): boolean {
  return !!a?.governorate?.en && a.governorate.en === b?.governorate?.en;
}

/**
 * Back to a place told before: the same governorate, and nothing that tells the two apart — another
 * district or spot, or casualties of its own where one of them names only the governorate.
 */
function samePlace(earlier: Building, place: ResolvedPlace | null, facts: ClauseFacts): boolean {
  const known = earlier.place;
  if (!sameGovernorate(known, place) || !known || !place) return false;
  const text = (p: ResolvedPlace, key: 'district' | 'locality'): string | null =>
    p[key]?.en ?? p[key]?.ar ?? null;
  for (const key of ['district', 'locality'] as const) {
    const a = text(known, key);
    const b = text(place, key);
    if (a && b && a !== b) return false;
  }
  const ownCasualties = facts.casualties.killed !== null || facts.casualties.wounded !== null;
  const earlierCasualties = earlier.killed !== null || earlier.wounded !== null;
  return !(ownCasualties && earlierCasualties && (!text(known, 'district') || !text(place, 'district')));
}

function merge(
  current: Building,
  facts: ClauseFacts,
  date: ClauseFacts['eventDate'],
  place: ResolvedPlace | null,
  sentence: number,
): void {
  for (const note of facts.notes) addCheck(current.checks, note);
  if (addsOthers(current, facts)) {
    for (const kind of ['killed', 'wounded'] as const) {
      const more = facts.casualties[kind];
      const known = current[kind];
      if (more !== null && known !== null) current[kind] = sumCounts([known, more]);
    }
  }
  // the first figure stays; another one for the same casualties is shown to the editor
  else
    for (const kind of ['killed', 'wounded'] as const) {
      const other = facts.casualties[kind];
      const known = current[kind];
      if (other !== null && known !== null && !sameCount(other, known))
        addCheck(current.checks, {
          reason: 'casualties-conflict',
          detail: `${countText(known)} ≠ ${countText(other)}`,
        });
    }
  if (!current.date && date) current.date = date.date;
  if (!current.reporting && facts.reportingDate) current.reporting = facts.reportingDate.date;
  if (place && refines(current.place, place)) current.place = place;
  current.killed ??= facts.casualties.killed;
  current.wounded ??= facts.casualties.wounded;
  current.attackersKilled ??= facts.casualties.attackersKilled;
  for (const actor of facts.actors) if (!current.actors.includes(actor)) current.actors.push(actor);
  // a force told as the doer, then with its own wounded ("أحد مقاتلي الجيش أصيب خلال الاشتباك"), stays the doer
  for (const target of facts.targets)
    if (!current.targets.includes(target) && !(facts.refersBack && current.actors.includes(target)))
      current.targets.push(target);
  for (const actor of facts.suspected) if (!current.suspected.includes(actor)) current.suspected.push(actor);
  // what followed ("واعتقال ستة من المتورطين") is not the kind of the event itself
  if (
    current.event.subType === 'attack' &&
    facts.event &&
    facts.event.subType !== 'attack' &&
    facts.event.type !== 'strategic_developments'
  )
    current.event = facts.event;
  if (!current.sentences.includes(sentence)) current.sentences.push(sentence);
}

/**
 * A roundup gives one event per paragraph: a new paragraph with casualties other than the ones
 * already told is another event, even where its place is not in the gazetteer. A repeated
 * paragraph (the same figures) is not.
 */
function newItem(current: Building, facts: ClauseFacts, paragraph: number): boolean {
  const { killed, wounded } = facts.casualties;
  if (paragraph === current.paragraph) return false;
  // "وأضاف أن أحد الجنود أصيب خلال الاشتباك", "…died in the fighting, which broke out near a village
  // east of Afrin": the event just told, by its definite name, in its governorate
  if (facts.refersBack && (!facts.place?.governorate || sameGovernorate(current.place, facts.place)))
    return false;
  // "A third person in the car was wounded", "four others": more victims of it
  if (facts.additional && !facts.place?.governorate) return false;
  // "وإصابته متوسطة": the one just named, told again
  if (facts.casualties.byPronoun && !facts.place?.governorate) return false;
  if (retold(facts)) return false;
  // a new paragraph at another spot of the same governorate (another district, another town)
  if (facts.place?.governorate && current.place && otherSpot(current.place, facts.place)) return true;
  if (killed === null && wounded === null) return false;
  if (current.killed === null && current.wounded === null) return false;
  if (addsOthers(current, facts)) return false;
  // "More than a dozen people were killed…" with no place: the same event told loosely
  if (!facts.place?.governorate && facts.notes.some((n) => n.reason === 'casualties-approximate'))
    return false;
  const differs = (a: Count | null, b: Count | null): boolean =>
    a === null || b === null ? a !== b : !sameCount(a, b);
  return differs(killed, current.killed) || differs(wounded, current.wounded);
}

/**
 * Two places of one governorate told apart by their districts or their towns, both from the
 * gazetteer (named in both languages): "east of Nasiriyah" and "east of the city of Nasiriyah" are
 * one spot told in other words.
 */
function otherSpot(a: ResolvedPlace, b: ResolvedPlace): boolean {
  if (!sameGovernorate(a, b)) return false;
  const differ = (x: ResolvedPlace['district'], y: ResolvedPlace['district']): boolean =>
    !!x?.en && !!x.ar && !!y?.en && !!y.ar && x.en !== y.en;
  return differ(a.district, b.district) || differ(a.locality, b.locality);
}

/** A later mention sharpens the place only inside what is already known (same governorate and district). */
function refines(known: ResolvedPlace | null, next: ResolvedPlace): boolean {
  if (!known?.governorate) return true;
  if (known.governorate.en !== next.governorate?.en) return false;
  if (known.district && known.district.en !== next.district?.en) return false;
  return PRECISION_RANK[next.precision] < PRECISION_RANK[known.precision];
}

/**
 * ACLED: violence against civilians is violence against unarmed people. Every actor the intake
 * knows is armed, so an "attack" whose target is one of them (a police station, an ISIS financier
 * killed in a raid) is a battle between armed groups.
 */
function eventType(
  event: IncidentEvent,
  targets: readonly ActorId[],
  actors: readonly ActorId[],
): IncidentEvent {
  const generic =
    (event.type === 'violence_against_civilians' && event.subType === 'attack') ||
    event.subType === 'armed_clash';
  // "هجوم إسرائيلي على مواقع عسكرية": an attack by a force that only strikes from afar is a strike
  if (generic && actors.length > 0 && actors.every((a) => REMOTE_ONLY.has(a)))
    return { type: 'explosions_remote_violence', subType: 'air_drone_strike' };
  return event.type === 'violence_against_civilians' && event.subType === 'attack' && targets.length > 0
    ? { type: 'battles', subType: 'armed_clash' }
    : event;
}

/** Actors that are not also the target; unnamed gunmen give way to a group the article names. */
function perpetrators(b: Building): ActorId[] {
  const actors = b.actors.filter((a) => !b.targets.includes(a));
  return actors.some((a) => a !== 'unknown_gunmen' && NON_STATE.has(a))
    ? actors.filter((a) => a !== 'unknown_gunmen')
    : actors;
}

/**
 * Fills what the article left open: the place from the title; the date from the lead's event (a
 * roundup dates its first event and lists the rest), else from when it was reported, else the
 * publication day — marked for the editor to check.
 */
function finish(
  b: Building,
  ctx: IncidentContext,
  leadDate: Building['date'],
  context: PlaceContext,
): ExtractedIncident[] {
  // a joint "killed and wounded" figure that the article splits elsewhere needs no warning of its own
  const split = b.killed !== null && b.wounded !== null;
  const checks = b.checks.filter((c) => !(split && c.reason === 'casualties-unsplit'));
  const named = b.place?.governorate || !b.placeName ? null : unknownPlace(b.placeName, b, context, ctx.lang);
  const place = b.place?.governorate
    ? b.place
    : named?.governorate
      ? named
      : ctx.titlePlace?.governorate
        ? ctx.titlePlace
        : (named ?? b.place);
  if (!place) return [];
  if (!b.place?.governorate) {
    const text = named?.text ?? b.place?.text;
    addCheck(checks, { reason: 'place-unresolved', ...(text ? { detail: text } : {}) });
  }
  let date: ExtractedIncident['date'];
  if (b.date) date = b.date;
  else if (leadDate)
    date = { ...leadDate, precision: leadDate.precision === 'day' ? 'day' : leadDate.precision };
  // "announced on Monday" with no day for the event: most often that day's news, marked approximate
  else if (b.reporting)
    date = { from: b.reporting.from, to: b.reporting.to, precision: 'approximate', text: b.reporting.text };
  // news without a date is mostly the day's news: the day of publication, marked as a guess
  else date = { from: ctx.published, to: ctx.published, precision: 'approximate', text: null };
  if (!b.date && !leadDate) addCheck(checks, { reason: 'date-guessed' });
  else if (date.precision === 'approximate')
    addCheck(checks, { reason: 'date-approximate', ...(date.text ? { detail: date.text } : {}) });
  const local = (ids: ActorId[]): ActorId[] => ids.map((a) => stateForceOf(a, place.country));
  const actors = local(perpetrators(b));
  const suspected = local(b.suspected).filter((a) => actors.includes(a));
  if (suspected.length > 0) addCheck(checks, { reason: 'actor-suspected' });
  return [
    {
      date,
      place,
      event: eventType(b.event, b.targets, actors),
      actors,
      suspected,
      targets: local(b.targets),
      killed: b.killed,
      wounded: b.wounded,
      attackersKilled: b.attackersKilled,
      source: b.source,
      sentences: b.sentences,
      checks,
      separate: b.separate,
      another: b.another,
    },
  ];
}
