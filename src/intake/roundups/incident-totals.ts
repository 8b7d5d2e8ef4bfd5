// A lead's total over the items it sums (lead-totals.ts finds them): the total is dropped, what it
// says of all of them is lent to each.
import type { Building, IncidentContext } from '../incidents/incident-types.js';
import { findTotals } from './lead-totals.js';
import { tollOfItemTakenIn } from './lead-item.js';
import { countryWideToll } from './country-wide.js';
import { tollOfItsOwn } from './own-toll.js';
import { lendKind } from './lead-kind.js';
import { reportedBefore } from '../dates/reported-before.js';
import { toldAcrossSeveral } from './total-scope.js';
import { governoratesWithCountryside } from './city-countryside.js';
import { regionWideToll } from './region-wide.js';
import { offCity } from '../places/off-city.js';
import type { Sentence } from '../reading/types.js';
import { matchView } from '../reading/view.js';
import { findActors, stateForceOf } from '../actors/actor-table.js';

/** The total's doer is named in its sentences told before the first of its items. */
function namesDoerBeforeItems(
  total: Building,
  parts: readonly { b: Building }[],
  sentences: readonly Sentence[],
): boolean {
  const firstItem = Math.min(...parts.flatMap(({ b }) => b.sentences));
  const country = total.place?.country ?? '';
  const named = sentences
    .filter((s) => total.sentences.includes(s.index) && s.index < firstItem)
    .flatMap((s) => findActors(matchView(s.text)))
    .flatMap((m) => [m.id, stateForceOf(m.id, country)]);
  return total.actors.some((a) => named.includes(a));
}

/**
 * Lends each total's doer and day to the items it sums; returns the totals, to be left out.
 * `sentences`: the article's, where a total's clause is told; `chrome`: the lines above the lead
 * (byline-lines.ts).
 */
export function foldTotals(
  built: readonly Building[],
  ctx: IncidentContext,
  sentences: readonly Sentence[],
  chrome = 0,
): Set<Building> {
  const governorateOf = (b: Building): string | null =>
    (b.place?.governorate ? b.place : ctx.titlePlace)?.governorate?.en ?? null;
  // a lead total placed nowhere ("in recent violence across Iraq") sums events of any governorate,
  // whatever the title names first; so does one told across several ("في محافظات درعا والقنيطرة
  // والسويداء"), whichever of them the resolver named first, or across the country ("across Iraq"),
  // and one told only by its side of a city ("in mountains north of Baghdad"): the land that side
  // names lies in other governorates as well as the city's
  const sentenceOf = (b: Building): string =>
    sentences.find((s) => s.index === b.sentences[0])?.text ?? b.source;
  const scopeOf = (b: Building): string | null =>
    toldAcrossSeveral(b.source, sentenceOf(b)) ||
    countryWideToll(b.source, ctx.lang) ||
    regionWideToll(b.source) ||
    offCity(b.place)
      ? null
      : (b.place?.governorate?.en ?? null);
  // (read once per incident: findTotals runs up to three times over the same ones, and the reading —
  // a whole casualty pass for ownToll — depends only on its clause, place and sentences, which
  // nothing changes before the last run; only its figures are spread anew each time)
  const readingOf = (b: Building) => ({
    governorate: governorateOf(b),
    scope: scopeOf(b),
    acrossCountry: countryWideToll(b.source, ctx.lang),
    named: governoratesWithCountryside(b.source).map((g) => g.names.en[0] ?? g.id),
    oneParagraph:
      new Set(sentences.filter((s) => b.sentences.includes(s.index)).map((s) => s.paragraph)).size === 1,
    ownToll: tollOfItsOwn(b.source, ctx.lang),
  });
  const readings = new Map<Building, ReturnType<typeof readingOf>>();
  const readOnce = (b: Building): ReturnType<typeof readingOf> => {
    const known = readings.get(b);
    if (known) return known;
    const reading = readingOf(b);
    readings.set(b, reading);
    return reading;
  };
  const summable = (b: Building, first: boolean) => ({
    ...b,
    ...(first ? b.firstToll : undefined),
    ...readOnce(b),
    b,
  });
  // (a lead whose incident took in the first item it sums has the item's toll: lead-item.ts)
  const itemsTaken = tollOfItemTakenIn(
    built.map((b) => summable(b, false)),
    chrome,
  );
  for (const [{ b }, item] of itemsTaken) {
    b.killed = item.killed ?? b.killed;
    b.wounded = item.wounded;
  }
  // (an incident whose toll is now the item's is that item, no total, though it is told in the lead's
  // words: "four killed in fresh violence", then a sniper's one dead; unless an incident of its own
  // was drawn from the item's paragraph, "put the death toll at 17": the item is drafted there)
  const paragraphOf = (index: number): number | undefined =>
    sentences.find((s) => s.index === index)?.paragraph;
  const itemAlone = (b: Building): boolean => {
    const at = b.otherToll && paragraphOf(b.otherToll.sentence);
    return built.every((o) => o === b || o.sentences.every((i) => paragraphOf(i) !== at));
  };
  const tookItem = new Set([...itemsTaken.keys()].map(({ b }) => b).filter(itemAlone));
  const totals = findTotals(
    built.map((b) => summable(b, false)),
    chrome,
  );
  // (a lead told before an item's toll rose sums that item as first told: "five killed", then four
  // at one town, since risen to six, and one at another)
  if (built.some((b) => b.firstToll))
    for (const [total, parts] of findTotals(
      built.map((b) => summable(b, true)),
      chrome,
    ))
      if (![...totals.keys()].some((t) => t.b === total.b)) totals.set(total, parts);
  for (const total of [...totals.keys()]) if (tookItem.has(total.b)) totals.delete(total);
  // "Government shelling … killed 11" then "the shelling hit X, killing seven, and Y, killing four":
  // who did it, told once in the total, is who did each of the events it sums
  // (only where none of them names one: a roundup's lead sums the deeds of many; and only a doer
  // the total names before its items: a last item with no toll of its own, "Iraqi forces killed an
  // unknown number of militants", taken into the lead, names the doer of that item alone)
  for (const [total, parts] of totals)
    if (parts.every(({ b }) => b.actors.length === 0) && namesDoerBeforeItems(total.b, parts, sentences))
      for (const { b } of parts) {
        b.actors = [...total.b.actors];
        b.suspected = [...total.b.suspected];
      }
  // "eight killed … in the province of Deir Ezzor", then "A separate strike hit a truck near the
  // crossing, killing two": an item the gazetteer placed in no governorate lies in the one its total
  // was told of (a total placed nowhere has none to lend)
  for (const [total, parts] of totals)
    for (const { b } of parts) if (total.scope !== null && governorateOf(b) === null) b.place = total.b.place;
  for (const [total, parts] of totals)
    lendKind(
      total.b,
      parts.map(({ b }) => b),
    );
  // "Seven people were killed … on Monday" then the items it sums: an item with no date of its own
  // is of the total's day, not of the night of the item told before it; a total dated only by its
  // telling ("… security sources said on Wednesday", "أفادت مصادر أمنية اليوم الأربعاء") lends that
  // day, as a guess, rather than the day of an item before (a body "kidnapped last week")
  // (an item told by a day of its own, even as the day it was told, keeps that day)
  for (const [total, parts] of totals) {
    const told = total.b.reporting && { ...total.b.reporting, precision: 'approximate' as const };
    // (an item reported on a day before the article's happened by then, whatever the total's window)
    for (const { b } of parts)
      b.date ??= reportedBefore(b.reporting, ctx.published) ?? total.b.date ?? (b.reporting ? null : told);
  }
  return new Set([...totals.keys()].map((x) => x.b));
}
