// Filling what the article left open (place, date, roles, event type) once all clauses are read.
import { withoutFarMeasure } from '../places/elsewhere/far-measure.js';
import { bearingFromPlaceTold } from '../places/bearing-from-place-told.js';
import { bearingFromTownOfBefore } from '../places/bearing-from-town-of-before.js';
import type { IncidentEvent, Language } from '../../content/schema.js';
import type { ResolvedPlace } from '../../places/types.js';
import { stateForceOf, strikesFromAfar, type ActorId } from '../actors/actor-table.js';
import { oppositionAsNamed } from '../actors/opposition-named.js';
import { gunmenOfNamedGroup } from '../actors/gunmen-named.js';
import { addCheck } from '../drafts/checks.js';
import { assaultOnPost } from '../events/post-attacks.js';
import { pointsBack } from '../followups/earlier-events.js';
import { duringTheDeed } from '../places/during-the-deed.js';
import { clipTo } from '../dates/date-values.js';
import { militantsOnlyDead } from '../attackers/militants-only.js';
import { fightOfTwoForces } from '../attackers/fight-of-two-forces.js';
import { clashBetweenSides } from '../attackers/clash-between-sides.js';
import { killedInClashesWith } from '../attackers/killed-in-clashes-with.js';
import { postAttackersApart } from '../attackers/post-attack-apart.js';
import { SIMILAR } from './clause-links.js';
import { SAME_PLACE, namesOneAnother, sameGovernorate } from '../places/incident-places.js';
import { matchView } from '../reading/view.js';
import { spanOf, sumCounts, type Count } from '../reading/count.js';
import { pointsToTownTold } from '../places/place-pointer.js';
import { atTheBareTown } from '../places/bare-town.js';
import { likenedBefore } from '../places/likened-before.js';
import { namesakeQuarter } from '../places/namesake-quarter.js';
import { bearingFromTownTold } from '../places/bearing-from-town.js';
import { quarterOfCityTold } from '../places/quarter-of-city.js';
import type { Building, ExtractedIncident, IncidentContext } from './incident-types.js';
import type { Sentence } from '../reading/types.js';
import { kindNamed, namesKind } from '../places/kind-told.js';
import { regionOfArticle } from '../places/region-of-article.js';
import { leadSpotOfTitle, offCity, titleSpotOffCity } from '../places/off-city.js';
import { headingPlace } from '../places/section-heading.js';
import { filedFromTown } from '../places/filed-from.js';
import { spotNamedAgain, spotSituated } from '../places/spot-situated.js';
import { paragraphOpenedAt } from '../places/paragraph-opened-at.js';
import { belongsToTold } from '../places/belongs-to-told.js';
import { protestedBlow } from '../places/protested-blow.js';
import { townNamedAgain } from '../places/town-named-again.js';

/** Where an incident told at a place the gazetteer does not know lies, as far as the text says. */
export interface PlaceContext {
  /** The one governorate its paragraph names, if it names exactly one; if it names none, its list's heading. */
  governorate(b: Building): ResolvedPlace | null;
  /**
   * The place heading the roundup's list it is an item of, when its own paragraph names no
   * governorate ("Aleppo countryside", then "- Kafr Taal: three killed…"): section-heading.ts.
   */
  heading(b: Building): ResolvedPlace | null;
  /** The incident told before it that has a governorate, when its own paragraph names none. */
  before(b: Building): Building | null;
  /** The incident told just before it in its paragraph, if that one has a governorate. */
  inParagraphBefore(b: Building): Building | null;
  /** The incident told before it at the kind of place it names only with the article ("the base"): kind-told.ts. */
  kindTold(b: Building): Building | null;
  /** The country the article is about (its title, else its other incidents), if any. */
  country: ResolvedPlace['country'] | null;
  /** The known place some sentence situates a spot the gazetteer does not know by: spot-situated.ts. */
  situated(name: string): ResolvedPlace | null;
  /** The known place some sentence situates a spot by, where the incident names that spot again bare: spot-situated.ts. */
  namedAgain(b: Building): ResolvedPlace | null;
  /** Where the lead sentence places the story (resolved when first asked). */
  lead(): ResolvedPlace | null;
  /** The lead sentence's words ('' where the article has none). */
  leadText: string;
  /**
   * The province the article gives its story, named as such (in its title, else up to its first
   * event), where every incident it places lies in it.
   */
  province(): ResolvedPlace | null;
  /** The place of the incidents the article places, where all lie in one governorate. */
  placed(): ResolvedPlace | null;
  /**
   * The town of the article's dateline ("SINJAR, Iraq -"), where the title places nothing and every
   * incident the article places lies in its governorate.
   */
  dateline(): ResolvedPlace | null;
}

export function placeContext(
  sentences: readonly Sentence[],
  built: readonly Building[],
  ctx: IncidentContext,
): PlaceContext {
  const byParagraph = new Map<number, ResolvedPlace | null>();
  const named = new Map<number, boolean>();
  let lead: ResolvedPlace | null | undefined;
  let first: ResolvedPlace | null | undefined;
  /** Every incident the article places lies in the governorate of `place`. */
  const placedIn = (place: ResolvedPlace): boolean =>
    built.every((b) => !b.place?.governorate || sameGovernorate(b.place, place));
  const paragraphGovernorate = (paragraph: number): ResolvedPlace | null => {
    if (!byParagraph.has(paragraph)) {
      const places = sentences
        .filter((s) => s.paragraph === paragraph)
        .map((s) => {
          // (not the city a spot a hundred kilometres off is measured from: far-measure.ts)
          const place = ctx.resolvePlace(withoutFarMeasure(s.text), ctx.lang);
          // "قذائف سقطت في حي السليمانية" of Aleppo: the incident told there read the quarter as its city's
          const told = built.find((b) => b.sentences.includes(s.index) && b.place)?.place;
          return place && told && namesakeQuarter(place, told) ? told : place;
        })
        .filter((p): p is ResolvedPlace => !!p?.governorate);
      const names = new Set(places.map((p) => p.governorate?.en));
      named.set(paragraph, names.size > 0);
      byParagraph.set(paragraph, names.size === 1 ? (places[0] ?? null) : null);
    }
    return byParagraph.get(paragraph) ?? null;
  };
  const heading = (paragraph: number): ResolvedPlace | null =>
    headingPlace(sentences, paragraph, ctx.resolvePlace, ctx.lang);
  return {
    governorate: (b) => {
      const first = sentences.find((s) => s.index === b.sentences[0]);
      if (!first) return null;
      const own = paragraphGovernorate(first.paragraph);
      return named.get(first.paragraph) ? own : heading(first.paragraph);
    },
    heading: (b) => {
      const first = sentences.find((s) => s.index === b.sentences[0]);
      if (!first) return null;
      paragraphGovernorate(first.paragraph);
      return named.get(first.paragraph) ? null : heading(first.paragraph);
    },
    before: (b) => {
      const first = sentences.find((s) => s.index === b.sentences[0]);
      if (!first) return null;
      paragraphGovernorate(first.paragraph);
      if (named.get(first.paragraph)) return null;
      const at = built.indexOf(b);
      for (let i = at - 1; i >= 0; i--) if (built[i]?.place?.governorate) return built[i]!;
      return null;
    },
    inParagraphBefore: (b) => {
      const told = built[built.indexOf(b) - 1];
      return told?.place?.governorate && told.paragraph === b.paragraph ? told : null;
    },
    kindTold: (b) => {
      const kind = kindNamed(b.source);
      if (!kind) return null;
      return (
        built.slice(0, built.indexOf(b)).find((e) => e.place?.governorate && namesKind(e.source, kind)) ??
        null
      );
    },
    country: ctx.titlePlace?.country ?? built.find((b) => b.place)?.place?.country ?? null,
    situated: (name) =>
      spotSituated(
        name,
        sentences.map((s) => s.text),
        ctx.lang,
        ctx.resolvePlace,
      ),
    namedAgain: (b) =>
      spotNamedAgain(
        b.source,
        sentences.map((s) => s.text),
        ctx.lang,
        ctx.resolvePlace,
      ) ??
      // (an English town told by its kind, "the town of X in eastern Y province": town-named-again.ts)
      townNamedAgain(
        b.source,
        sentences.map((s) => s.text),
        ctx.lang,
        ctx.resolvePlace,
      ),
    lead: () => {
      if (lead === undefined) lead = sentences[0] ? ctx.resolvePlace(sentences[0].text, ctx.lang) : null;
      return lead;
    },
    leadText: sentences[0]?.text ?? '',
    province: () => {
      // (the title's, else the lead's up to the first event, a line of dateline or date standing
      // first: "…in Syria's eastern Deir al-Zor province, a monitor said")
      const firstEvent = built[0]?.sentences[0] ?? -1;
      first ??= ctx.titlePlace?.governorate
        ? ctx.titlePlace
        : (sentences
            .filter((s) => s.index <= firstEvent)
            .map((s) => ctx.resolvePlace(s.text, ctx.lang))
            .find((p): p is ResolvedPlace => !!p?.governorate) ?? null);
      const told = first;
      return told?.precision === 'governorate' && placedIn(told) ? told : null;
    },
    placed: () => {
      const one = built.find((b) => b.place?.governorate)?.place ?? null;
      return one && placedIn(one) ? one : null;
    },
    dateline: () => {
      // (a title's place comes first: "أربيل – كوردستان 24" over a story on Hammam al-Alil is the
      // outlet's office, the title where it happened)
      // (or the office of an outlet's line of its own, "الغد برس / سامراء", where no dateline stands:
      // office-line.ts)
      const town = ctx.titlePlace?.governorate ? null : (ctx.datelinePlace ?? ctx.officePlace);
      return town?.governorate && placedIn(town) ? town : null;
    },
  };
}

/**
 * A place the gazetteer does not know, kept as the article's words: in the governorate its
 * paragraph names ("…in Kharab, in Duhok's border area"), or the article gives all it tells,
 * else with no governorate — never guessed.
 */
function unknownPlace(
  name: string,
  b: Building,
  context: PlaceContext,
  lang: Language,
): ResolvedPlace | null {
  // "وسبق ذلك هجوم مماثل قرب قرية الصفرة", "a similar raid near the village of Tal Ward": told as like
  // the event before it, at a village the gazetteer does not know, it lies where that one did (a
  // village told with no such tie is not placed by its neighbour: a roundup moves on)
  // (so does one told by its bearing from the town just told: "قرب قرية الجنينة غربي المدينة")
  // (and a quarter named bare after an event in a city: "وفي حادث منفصل … في منطقة الشعب"; the
  // very quarter that event was told at is its place: "…على حي الزهراء في مدينة حمص", then "سقطت في
  // شارع الستين بحي الزهراء")
  const view = matchView(b.source).text;
  const before = context.before(b);
  const quarter = !!before?.place && quarterOfCityTold(view, name, `${before.place.text} ${before.source}`);
  if (quarter && before?.place && namesOneAnother(before.source, name)) return before.place;
  // (else the province the article tells all of: "…in Syria's eastern Deir al-Zor province",
  // then "a mortar round struck a house in the village of X"; a town told first is no such tie,
  // a roundup moves on)
  // (else the town the story was filed from, "SINJAR, Iraq -", then "killed … in the village of
  // Borek": a village too small for the gazetteer, in a story told from one town, lies around it,
  // where nothing the article places lies in another governorate)
  // (where its paragraph names no governorate, the place the article situates that very spot by
  // elsewhere comes first: "a base in X, near Sulaimaniyah", then "In X, an official said…",
  // spot-situated.ts)
  const around =
    context.governorate(b) ??
    context.situated(name) ??
    // (a blow the people of the article's place protested: in the governorate of all it places,
    // protested-blow.ts)
    (protestedBlow(view) ? context.placed() : null) ??
    (SIMILAR.test(view) ||
    bearingFromTownTold(view) ||
    quarter ||
    // ("في حي X شمال الدور" after an event placed "في قضاء الدور": bearing-from-place-told.ts)
    bearingFromPlaceTold(view, before?.place) ||
    // ("the town of Y southeast of Aleppo", then "the village of X north of Y": bearing-from-town-of-before.ts)
    bearingFromTownOfBefore(view, before?.source)
      ? (before?.place ?? null)
      : null) ??
    context.province() ??
    context.dateline();
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

/**
 * ACLED: violence against civilians is violence against unarmed people. Every actor the intake
 * knows is armed, so an "attack" whose target is one of them (a police station, an ISIS financier
 * killed in a raid) is a battle between armed groups.
 */
function eventType(
  event: IncidentEvent,
  targets: readonly ActorId[],
  actors: readonly ActorId[],
  armedDead: boolean,
  country: string,
): IncidentEvent {
  const generic =
    (event.type === 'violence_against_civilians' && event.subType === 'attack') ||
    event.subType === 'armed_clash';
  // "هجوم إسرائيلي على مواقع عسكرية": an attack by a force that only strikes from afar is a strike
  if (generic && actors.length > 0 && actors.every((a) => strikesFromAfar(a, country)))
    return { type: 'explosions_remote_violence', subType: 'air_drone_strike' };
  return event.type === 'violence_against_civilians' &&
    event.subType === 'attack' &&
    (targets.length > 0 || (armedDead && actors.length > 0))
    ? { type: 'battles', subType: 'armed_clash' }
    : event;
}

/**
 * Actors that are not also the target; unnamed gunmen give way to a group the article names, the
 * opposition's bare name to the factions it names.
 */
function perpetrators(b: Building): ActorId[] {
  return gunmenOfNamedGroup(oppositionAsNamed(b.actors.filter((a) => !b.targets.includes(a))));
}

/** Dead or wounded counted. */
const hasToll = (b: Building): boolean => b.killed !== null || b.wounded !== null;

/**
 * A clause tied to the event told before: retold in the pluperfect, "at the same place", at a part
 * of the town told ("near the city's airport"), as a like event come before ("سبق أن … مماثل"), or
 * as hit during the deed told ("خلال تبادل النار": during-the-deed.ts).
 */
const ties = (source: string): boolean => {
  const view = matchView(source).text;
  return (
    SAME_PLACE.test(source) ||
    pointsBack(view) ||
    pointsToTownTold(view) ||
    likenedBefore(view) ||
    duringTheDeed(view)
  );
};

/**
 * Fills what the article left open: the place from the title; the date from the lead's event (a
 * roundup dates its first event and lists the rest), else from when it was reported, else the
 * publication day — marked for the editor to check.
 */
export function finish(
  b: Building,
  ctx: IncidentContext,
  leadDate: Building['date'],
  context: PlaceContext,
): ExtractedIncident[] {
  // a joint "killed and wounded" figure that the article splits elsewhere needs no warning of its own
  const split = b.killed !== null && b.wounded !== null;
  const checks = b.checks.filter((c) => !(split && c.reason === 'casualties-unsplit'));
  // (a spot named bare, "بين دير قانون وكفير الزيت", lies where the article situated it when it
  // told it by its kind: "في بلدة دير قانون بوادي بردى", spot-situated.ts)
  const named = b.place?.governorate
    ? null
    : b.placeName
      ? unknownPlace(b.placeName, b, context, ctx.lang)
      : context.namedAgain(b);
  // ("في منطقة مطيبيجة شرقي المحافظة": region-of-article.ts)
  const spanned = regionOfArticle(b.place, b.source, context.province(), context.placed);
  // "the city's market", "the city's northern edge" with no place of its own: the town its paragraph
  // told — the event told just before it there ("In Basra, gunmen killed …. A bomb … wounded two in
  // the city's market"), else the one governorate the paragraph names when the title only situates
  // the story by a side of a far city ("Hilla … On Saturday a car bomb on the city's northern edge"
  // under "south of Baghdad", off-city.ts) — whatever the title's place
  const townTold =
    !named && pointsToTownTold(matchView(b.source).text)
      ? (context.inParagraphBefore(b)?.place ?? (offCity(ctx.titlePlace) ? context.governorate(b) : null))
      : null;
  // "وكان التفجير قد وقع في…", "في المنطقة ذاتها" with no place of their own: the event the lead
  // placed, else the one governorate of every event the article places ("وهي القرية ذاتها التي
  // شهدت…" under a lead that places nothing) (a clause with no such tie keeps no place, and no
  // incident, unless the story was filed from a town: filed-from.ts)
  // (so is a blow with casualties placed only at "the town", bare: the article's own town, bare-town.ts)
  const tiedPlace = (): ResolvedPlace | null =>
    named || !(ties(b.source) || (hasToll(b) && atTheBareTown(matchView(b.source).text)))
      ? null
      : context.lead()?.governorate
        ? context.lead()
        : context.placed();
  const openedAt = named?.governorate ? null : paragraphOpenedAt(b, context.inParagraphBefore(b));
  // (a spot it does not know, "ناحية X التابعة للقضاء": in the unit the article told, belongs-to-told.ts)
  const unitTold =
    b.place?.governorate || named?.governorate || !belongsToTold(matchView(b.source).text)
      ? null
      : (context.placed() ?? context.lead());
  const place = b.place?.governorate
    ? (titleSpotOffCity(b.place, ctx.titlePlace, b.source) ?? b.place)
    : named?.governorate
      ? named
      : unitTold?.governorate
        ? unitTold
        : spanned
          ? spanned
          : context.kindTold(b)?.place
            ? context.kindTold(b)!.place!
            : townTold?.governorate
              ? townTold
              : // (the town its paragraph opened on, "In X, …", the item before it there: paragraph-opened-at.ts)
                (openedAt ??
                (context.heading(b)
                  ? context.heading(b)!
                  : ctx.titlePlace?.governorate
                    ? (leadSpotOfTitle(ctx.titlePlace, context.lead(), context.leadText) ?? ctx.titlePlace)
                    : (tiedPlace() ??
                      filedFromTown(named ?? b.place, ctx.datelineWithCountry ? context.dateline() : null) ??
                      named ??
                      b.place)));
  if (!place) return [];
  if (!b.place?.governorate) {
    const text = named?.text ?? b.place?.text;
    addCheck(checks, { reason: 'place-unresolved', ...(text ? { detail: text } : {}) });
  }
  let date: ExtractedIncident['date'];
  // an event the article reports has happened by the day it was published: "ظهر ثاني أيام عيد
  // الفطر" in an article of that very day is not the day after, though moon sighting leaves the
  // feast's day open by one
  if (b.date) date = { ...b.date, ...clipTo(b.date, ctx.published) };
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
  // (no victims in any of its clauses, only militants: they are its dead, militants-only.ts)
  // (a fight between two forces, a place taken after battles or a large attack fought off in clashes,
  // whose enemy dead a clause of their own kept apart: both sides' dead are its toll, fight-of-two-forces.ts;
  // only where its own dead are armed men too — civilians a strike of the other side killed, merged into
  // the fight, are not a side's fighters to add the enemy dead to)
  const bothForces =
    b.killed !== null &&
    b.attackersKilled !== null &&
    !b.attackersAmong &&
    !b.doersDead &&
    b.event.type === 'battles' &&
    ((b.armedDead && fightOfTwoForces(matchView(b.source).text)) ||
      // (or armed men told killed "باشتباكات مع" a force, the other side's dead told after them, not
      // the attackers of a post: killed-in-clashes-with.ts)
      (killedInClashesWith(matchView(b.source).text) && !postAttackersApart(matchView(b.source).text)) ||
      // (or a clash told between two sides, "اشتباكات … بين" them or one that "اشتبكت … مع" the
      // other: clash-between-sides.ts)
      clashBetweenSides(matchView(b.source), b.killed));
  const killed = bothForces
    ? sumCounts([b.killed!, b.attackersKilled!])
    : militantsOnlyDead(b)
      ? b.attackersKilled
      : b.killed;
  const attackersKilled = militantsOnlyDead(b) || bothForces ? null : b.attackersKilled;
  return [
    {
      date,
      place,
      event: assaultOnPost(b.source, eventType(b.event, b.targets, actors, b.armedDead, place.country)),
      actors,
      suspected,
      targets: local(b.targets),
      killed,
      wounded: b.wounded,
      attackersKilled,
      // (among the dead only while they are more than the attackers: the sum kept its other side)
      ...(b.attackersAmong && killed !== null && attackersKilled !== null && exceeds(killed, attackersKilled)
        ? { attackersAmong: true }
        : {}),
      source: b.source,
      sentences: b.sentences,
      checks,
      separate: b.separate,
      another: b.another,
      ...(b.firstToll ? { risen: true } : {}),
    },
  ];
}

/** Every value `a` may take is more than any `b` may. */
function exceeds(a: Count, b: Count): boolean {
  return spanOf(a).low > spanOf(b).high;
}
