import type { LocalizedText, Language } from '../content/schema.js';
import { chainsOf, toldWithItsGovernorate, type Chain } from './chains.js';
import { placeIndex, scanPlaces } from './find.js';
import { isAdmin } from './hierarchy.js';
import type { PlaceIndex } from './name-index.js';
import { hasLocativeCue, placeText, relativePhrase } from './phrase.js';
import { withoutCarePlaces } from './care-place.js';
import { withoutFlightDestinations } from './flight-destination.js';
import { heldBy } from './contained-in.js';
import { ownParentTold } from './parent-told.js';
import { nearLocator } from './near-locator.js';
import { sideOfBearing } from './bearing-side.js';
import { toldAsOrdinaryWord } from './ordinary-word-name.js';
import { quarterOfOtherCountry, toldAsQuarter } from './quarter-name.js';
import { governorateToldAsTown, toldAsVillage } from './village-name.js';
import { glossedBy } from './name-gloss.js';
import { governorateAround } from './around-city.js';
import { tookOffFrom } from './take-off.js';
import { toldOnOtherSide } from './other-side.js';
import { stationOfTarget } from './target-station.js';
import { toldAfterAnother } from './after-event.js';
import { bearingGlossesBefore, bearingGlossesPointer } from './bearing-gloss.js';
import { spotInContainer } from './spot-in-container.js';
import { witnessedAfter } from './witnessed-place.js';
import {
  BORDER_LINK_WORDS,
  BORDERING_WORDS,
  CLAUSE_BREAK,
  ORIGIN_WORDS,
  STATIONED_WORDS,
  tokenAt,
} from './place-words.js';
import { isIn, type Token } from './tokens.js';
import type { Country, GazetteerEntry, PlaceMention, PlacePrecision, ResolvedPlace } from './types.js';

export { findGovernorates, governorateByName } from './governorates.js';

const PRECISION_RANK: Record<PlacePrecision, number> = {
  locality: 0,
  district: 1,
  governorate: 2,
  country: 3,
};

const canonical = (entry: GazetteerEntry): LocalizedText => ({
  en: entry.names.en[0],
  ar: entry.names.ar[0],
});

/** The district of each district or town of a chain, by id (a town placed directly under a governorate counts as its own). */
function districtsOf(chain: Chain, index: PlaceIndex): GazetteerEntry[] {
  const districts = new Map<string, GazetteerEntry>();
  for (const entry of chain.entries) {
    if (entry.kind === 'governorate') continue;
    const district = entry.kind === 'district' ? entry : (index.hierarchy.districtOf(entry) ?? entry);
    districts.set(district.id, district);
  }
  return [...districts.values()];
}

/** "the highway between Baghdad and Basra": the mention right after "X and", when it lies in another governorate. */
function spansTwoGovernorates(
  sentence: string,
  tokens: readonly Token[],
  chain: Chain,
  next: PlaceMention | undefined,
  index: PlaceIndex,
): PlaceMention | undefined {
  const only = chain.mentions[0]!;
  if (chain.mentions.length !== 1 || next === undefined || !isAdmin(next.entry)) return undefined;
  const nextGovernorate = index.hierarchy.governorateOf(next.entry);
  const gap = tokens.slice(tokenAt(tokens, only.end), tokenAt(tokens, next.start));
  const joined =
    gap.every((t) => t.norm === 'and') && !CLAUSE_BREAK.test(sentence.slice(only.end, next.start));
  return joined && nextGovernorate !== undefined && nextGovernorate.id !== chain.governorate.id
    ? next
    : undefined;
}

function resolveChain(
  sentence: string,
  tokens: readonly Token[],
  chain: Chain,
  next: PlaceMention | undefined,
  lang: Language,
  index: PlaceIndex,
): ResolvedPlace {
  const firstMention = chain.mentions[0]!;
  const lastMention = chain.mentions.at(-1)!;
  const districts = districtsOf(chain, index);
  const only = districts.length === 1 ? districts[0] : undefined;
  const district = only?.kind === 'district' ? only : undefined;
  const town = only === undefined ? undefined : chain.entries.find((e) => e.kind === 'town');
  const base = {
    country: chain.governorate.country,
    governorate: canonical(chain.governorate),
    district: district === undefined ? null : canonical(district),
  };

  const phrase = relativePhrase(sentence, tokens, tokenAt(tokens, firstMention.start));
  if (phrase !== undefined) {
    const phraseStart = tokens[phrase.start]!.start;
    const other = phrase.between ? spansTwoGovernorates(sentence, tokens, chain, next, index) : undefined;
    if (other !== undefined) {
      // A spot between two governorates belongs to neither.
      const text = sentence.slice(phraseStart, other.end);
      return {
        country: chain.governorate.country,
        governorate: null,
        district: null,
        locality: { [lang]: text },
        precision: 'country',
        text,
      };
    }
    const phraseEnd =
      phrase.between && chain.mentions[1] !== undefined ? chain.mentions[1].end : firstMention.end;
    // "positions south of Damascus": outside a city that is a governorate of its own, somewhere in
    // the governorate around it (around-city.ts); a spot named later sharpens it
    const around = chain.entries.every((e) => e.kind !== 'town')
      ? governorateAround(tokens, tokenAt(tokens, firstMention.start), chain.governorate, index.hierarchy)
      : undefined;
    return {
      ...(around ? { ...base, governorate: canonical(around), district: null } : base),
      locality: { [lang]: sentence.slice(phraseStart, phraseEnd) },
      precision: around ? 'governorate' : 'locality',
      text: placeText(sentence, tokens, phraseStart, Math.max(phraseEnd, lastMention.end), false),
    };
  }
  const text = placeText(sentence, tokens, firstMention.start, lastMention.end, true);
  // "near X on the Damascus–Beirut highway": the land around the city the road leads out of
  const around = chain.entries.every((e) => e.kind !== 'town')
    ? governorateAround(tokens, tokenAt(tokens, firstMention.start), chain.governorate, index.hierarchy)
    : undefined;
  if (around)
    return {
      ...base,
      governorate: canonical(around),
      district: null,
      locality: null,
      precision: 'governorate',
      text,
    };
  if (districts.length > 1) return { ...base, locality: null, precision: 'governorate', text };
  if (town !== undefined) return { ...base, locality: canonical(town), precision: 'locality', text };
  return { ...base, locality: null, precision: district === undefined ? 'governorate' : 'district', text };
}

/**
 * The chain most clearly the location: after في/بـ/in/near…, else the first not introduced by
 * from/من (where the wounded were taken is blanked before: care-place.ts). undefined: none is the event's place.
 */
function pickAnchor(sentence: string, tokens: readonly Token[], chains: Chain[]): Chain | undefined {
  const score = (chain: Chain): number => {
    const mention = chain.mentions[0]!;
    const at = tokenAt(tokens, mention.start);
    const gluedPreposition =
      (tokens[at]?.start ?? mention.start) < mention.start &&
      sentence.slice(tokens[at]!.start, mention.start).includes('ب');
    // "التنظيمات المنتشرة في ريف حمص الشمالي أطلقوا قذائف على حي الزهراء": where the doers are based
    // (not where the side posted there is what the blow was aimed at: target-station.ts)
    const from = Math.max(0, at - 5);
    const stationed = tokens.slice(from, at).findIndex((t) => isIn(STATIONED_WORDS, t));
    if (stationed >= 0 && !stationOfTarget(tokens, from + stationed)) return -1;
    if (tookOffFrom(tokens, at)) return -1;
    // ("on the Syrian side of the al-Qaim crossing": the other country's side of it, other-side.ts)
    if (toldOnOtherSide(tokens, at, chain.governorate.country)) return -1;
    // "في المنطقة الجبلية المحاذية لحدود محافظة كركوك", "in hills bordering Kirkuk province": the
    // place the spot lies against, not the one it lies in
    if (bordersOn(tokens, at)) return -1;
    // "في منطقة وعرة بين مطيبيجة وحدود ديالى", "near the Diyala border": a governorate named as a
    // border is the line the spot lies against, as likely on the other side of it
    if (mention.entry.kind === 'governorate' && namedAsBorder(sentence, tokens, at, mention.end)) return -1;
    // "وسط القضاء، الواقع جنوب شرقي بغداد": an aside on the town the article told before, named back
    const phrase = relativePhrase(sentence, tokens, at);
    if (phrase && !phrase.between && bearingGlossesPointer(sentence, tokens, phrase.start)) return -1;
    // "مدينة أريحا (14 كم جنوب إدلب)", "Hit (150 km west of Baghdad)": a gloss of where the name
    // before it lies, not the place of the event
    if (inParentheses(sentence, mention.start)) return 0;
    // "…, some 200 km north of Baghdad": a landmark a distance is told from, as a gloss
    if (farOff(tokens.slice(Math.max(0, at - 5), at))) return 0;
    // "مخيم مخمور … والواقع جنوب غربي أربيل": an aside on where the place just named lies
    if (phrase && !phrase.between && bearingGlossesBefore(sentence, tokens, phrase.start, chain, chains))
      return 0;
    // "…east of Raqqa, days after the fall of Baghouz": the place of another event, told after this one's
    if (chain !== chains[0] && toldAfterAnother(tokens, tokenAt(tokens, chains[0]!.mentions.at(-1)!.end), at))
      return 0;
    // ("وكانت العمارة قد شهدت…": the town that witnessed the event is its place, witnessed-place.ts)
    if (
      gluedPreposition ||
      hasLocativeCue(sentence, tokens, at) ||
      witnessedAfter(tokens, tokenAt(tokens, mention.end - 1))
    )
      return 2;
    return isIn(ORIGIN_WORDS, tokens[at - 1]) ? 0 : 1;
  };
  const candidates = chains.filter((chain) => score(chain) >= 0);
  if (candidates.length === 0) return undefined;
  const top = candidates.reduce((first, chain) => (score(chain) > score(first) ? chain : first));
  // (a name that is also an ordinary word, told bare, gives way to places of another governorate
  // named outright beside it: ordinary-word-name.ts)
  // (so does a quarter named like a district elsewhere: quarter-name.ts, and a village: village-name.ts)
  const plain =
    toldAsOrdinaryWord(tokens, top) || toldAsQuarter(tokens, top) || toldAsVillage(tokens, top)
      ? candidates.find(
          (chain) =>
            chain.governorate.id !== top.governorate.id &&
            score(chain) >= 1 &&
            !toldAsOrdinaryWord(tokens, chain),
        )
      : undefined;
  const best = plain ?? top;
  // "North of Baghdad, a suicide bomber blew himself up … in Balad", "struck the Balad air base north
  // of Baghdad": a bearing from a city is told from afar; a place of another governorate named with
  // it, lying on that side, is where it happened
  const phrase = relativePhrase(sentence, tokens, tokenAt(tokens, best.mentions[0]!.start));
  const words =
    phrase && !phrase.between ? tokens.slice(phrase.start, tokenAt(tokens, best.mentions[0]!.start)) : [];
  const onSide = candidates.find(
    (chain) =>
      chain.governorate.id !== best.governorate.id &&
      score(chain) >= 1 &&
      sideOfBearing(words, chain, best) === 'on',
  );
  // "هجوم على نقطة في منطقة العوجة بمحافظة صلاح الدين شمال بغداد": nor is a bearing where the
  // sentence tells a place of another governorate with that governorate, whatever side it lies on
  const placedOutright =
    words.length > 0
      ? candidates.find(
          (chain) =>
            chain.governorate.id !== best.governorate.id &&
            score(chain) >= 1 &&
            toldWithItsGovernorate(chain),
        )
      : undefined;
  // ("the Damascus suburb of Darayya", "Douma near Damascus": the spot the city situates is the
  // place, spot-in-container.ts)
  const spot = spotInContainer(sentence, tokens, chains, best);
  const within = spot && score(spot) >= 0 ? spot : undefined;
  // ("south of al-Hadar (Hatra)": the gloss's spelling is the place meant, name-gloss.ts)
  return onSide ?? placedOutright ?? within ?? glossedBy(sentence, best, chains) ?? best;
}

/** A bordering word right before the token at `at`, or with up to three linking words between. */
function bordersOn(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    if (isIn(BORDERING_WORDS, tokens[i])) return true;
    if (!isIn(BORDER_LINK_WORDS, tokens[i])) return false;
  }
  return false;
}

/** "حدود", "border": the limit of a place, named right before or after it. */
const BORDER_NOUNS = new Set(['حدود', 'border', 'borders', 'boundary']);
/**
 * What may stand between the border's word and the governorate: "حدود محافظة ديالى", "the border of
 * the province of", and the neighbour a border is shared with ("the administrative border with Diyala",
 * "قرب الحدود مع ديالى": the spot lies on this side of it, in another governorate), the border told as
 * the administrative one, and the governorate's open land named for it ("قرب الحدود الإدارية مع بادية
 * حمص", "the border with the Anbar desert").
 */
const GOVERNORATE_LINKS = new Set([
  'محافظه',
  'province',
  'governorate',
  'of',
  'the',
  'with',
  'مع',
  'اداريه',
  'administrative',
  'باديه',
  'ريف',
]);
/** "the Diyala border", "Diyala's boundary", "Diyala provincial border". */
const BORDER_AFTER =
  /^(?:['’]s)?(?:\s+(?:province|provincial|governorate))?\s+(?:border|borders|boundary)(?![\p{L}])/u;

/** Whether the mention at token `at` (ending at `end`) is named as a border: "حدود (محافظة) ديالى", "border of Diyala". */
function namedAsBorder(sentence: string, tokens: readonly Token[], at: number, end: number): boolean {
  let before = at - 1;
  while (before > at - 4 && isIn(GOVERNORATE_LINKS, tokens[before])) before--;
  return isIn(BORDER_NOUNS, tokens[before]) || BORDER_AFTER.test(sentence.slice(end, end + 30));
}

/** Whether `offset` lies inside a parenthesis opened before it in the sentence. */
function inParentheses(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Beyond this many kilometres, "N km north of X" tells a distance from X, not a spot in X's governorate. */
const FAR_KM = 50;
const KM = /^(?:km|kms|kilometers?|kilometres?|كم|كلم|كيلومترا?|كيلومترات)$/u;
const MILES = /^miles?$/u;

/** The words between a name and its locator tell a distance too great for a spot near the locator. */
function farOff(between: Token[]): boolean {
  return between.some((t, i) => {
    const unit = between[i + 1]?.norm ?? '';
    const km = /^\d+$/.test(t.norm) ? Number(t.norm) * (MILES.test(unit) ? 1.6 : KM.test(unit) ? 1 : 0) : 0;
    return km > FAR_KM;
  });
}

/** At most this many words ("area", "المنطقة") between a name and the phrase that locates it. */
const MAX_WORDS_TO_LOCATOR = 2;

/**
 * "in the Hadar area, south of Mosul", "قرية الصفا شرق بعقوبة": a name told with where it lies. When
 * the gazetteer puts the name in another governorate than the place that locates it, the name is a
 * namesake there; the article's own bearing wins. undefined: no such locating phrase.
 */
function locatedBy(
  sentence: string,
  tokens: readonly Token[],
  chain: Chain,
  chains: Chain[],
): Chain | undefined {
  // (a governorate told as a town may be a namesake the bearing places: "the town of al-Hama
  // northwest of Damascus" is no Hama)
  if (chain.entries.every((e) => e.kind === 'governorate') && !governorateToldAsTown(tokens, chain))
    return undefined;
  // "في منطقة العوجة بمحافظة صلاح الدين شمال بغداد": a place told with its own governorate is
  // placed by the article itself; a bearing after it only glosses where that governorate lies
  if (toldWithItsGovernorate(chain)) return undefined;
  // (so is one told after the bearing as belonging to its own district or governorate: "ناحية
  // النخيب، الواقعة غربي كربلاء والتابعة إدارياً لقضاء الرطبة": parent-told.ts)
  if (ownParentTold(tokens, chain, chains)) return undefined;
  // "في محافظة صلاح الدين شمال بغداد", "the city of Hillah, south of Baghdad": a district's own city
  // has no namesake for a bearing to correct, unless it lies on another side; the bearing only
  // glosses it (nor has one told with its governorate: "مخيم مخمور التابع لمحافظة نينوى والواقع جنوب
  // غربي أربيل")
  const onlyDistricts = chain.entries.every((e) => e.kind === 'district' || e.kind === 'governorate');
  const from = tokenAt(tokens, chain.mentions.at(-1)!.end);
  for (const other of chains) {
    if (other.governorate.id === chain.governorate.id) continue;
    // (a village named like a district elsewhere is that district's namesake, no place that locates
    // another: village-name.ts)
    if (toldAsVillage(tokens, other)) continue;
    const first = tokenAt(tokens, other.mentions[0]!.start);
    // (the other chain may open on the very next word, with a name listed beside this one:
    // "حيي الحمدانية وحلب الجديدة في مدينة حلب", the holder being its later mention)
    const holders = other.mentions.map((m) => tokenAt(tokens, m.start)).filter((holder) => holder > from);
    if (holders.some((holder) => heldBy(sentence, tokens, from, holder))) return other;
    if (first <= from) continue;
    const phrase = relativePhrase(sentence, tokens, first);
    if (phrase === undefined || phrase.between) continue;
    // "Baiji, some 200 km north of Baghdad": a town that far off is told from a landmark, not placed in it
    if (farOff(tokens.slice(from + 1, first))) continue;
    // ("حي المنصور غربي مدينة الموصل": the phrase may open on the name it locates, read as its spot)
    const own = tokenAt(tokens, chain.mentions[0]!.start);
    const gap = phrase.start < from && phrase.start <= own ? 0 : phrase.start - from;
    const between = sentence.slice(chain.mentions.at(-1)!.end, tokens[phrase.start]!.start);
    // ("ناحية جبلة (35 كم شمال شرق الحلة)": a locator told in parentheses right after the name, which
    // only corrects a place lying on another side; "بعقوبة (57 كم شمال شرق بغداد)" is Baqubah)
    const bracketed = /^\s*\(/u.test(between);
    const breaks = between.replace(/^\s*\(/u, '').match(/[.;؛:!?؟()"«»\n]/);
    if (gap < 0 || gap > MAX_WORDS_TO_LOCATOR || breaks) continue;
    // (the gazetteer's place lying on the side told, within reach, is the one meant: bearing-side.ts;
    // a district lying on another side is a namesake: "the Shahba region north of Aleppo" is no
    // Shahba of Suwayda)
    const side = sideOfBearing(tokens.slice(phrase.start, first), chain, other);
    if (bracketed && side !== 'off') continue;
    // ("the town of al-Hama northwest of Damascus": a governorate's name told as a town, right
    // before a bearing from a city of another governorate, names a namesake there)
    if (governorateToldAsTown(tokens, chain)) return other;
    // (nor is a district of another country, far across the border, told by its bearing from a town,
    // no farther than the distance checked above: "Sinjar, south-east of Abu al-Duhur" is Idlib's, not
    // Nineveh's; "Al-Qaim … near Albu Kamal" is Al-Qaim)
    if (onlyDistricts) {
      const abroad = other.governorate.country !== chain.governorate.country && !nearLocator(chain, other);
      if (side === 'off' || (side === undefined && abroad)) return other;
      continue;
    }
    return nearLocator(chain, other) || side === 'on' ? undefined : other;
  }
  return undefined;
}

/** Resolution against a given index (see `resolvePlace`). */
export function resolvePlaceWith(index: PlaceIndex, text: string, lang: Language): ResolvedPlace | null {
  // "أسعفتهم الفرق إلى مشفى ميداني في منطقة الحولة": where the wounded were taken, not where they were
  // hit; "وفرار من تبقى منهم باتجاه بلدة X": where the fighters fled, not where they fought
  const sentence = withoutFlightDestinations(withoutCarePlaces(text));
  const { mentions, tokens } = scanPlaces(index, sentence);
  if (mentions.length === 0) return null;
  const chains = chainsOf(sentence, tokens, mentions, index);
  const after = (chain: Chain): PlaceMention | undefined =>
    mentions.find((m) => m.start >= chain.mentions.at(-1)!.end);

  const picked = chains.length > 0 ? pickAnchor(sentence, tokens, chains) : undefined;
  const anchor = picked && (locatedBy(sentence, tokens, picked, chains) ?? picked);
  if (anchor !== undefined) {
    let best = resolveChain(sentence, tokens, anchor, after(anchor), lang, index);
    for (const chain of chains) {
      if (chain === anchor || chain.governorate.id !== anchor.governorate.id) continue;
      const other = resolveChain(sentence, tokens, chain, after(chain), lang, index);
      // Only a governorate-level anchor gives way ("sources in Anbar said … in the Rutba desert").
      if (
        best.precision === 'governorate' &&
        PRECISION_RANK[other.precision] < PRECISION_RANK[best.precision]
      )
        best = other;
    }
    return best;
  }

  const region = mentions.find((m) => m.entry.kind === 'region');
  const country = mentions.find((m) => m.entry.kind === 'country');
  const named = region ?? country;
  const countryCode = region?.entry.country ?? country?.entry.country;
  if (named === undefined || countryCode === undefined || countryCode === null) return null;
  return {
    country: countryCode,
    governorate: null,
    district: null,
    locality: region === undefined ? null : { [lang]: region.text },
    precision: 'country',
    text: named.text,
  };
}

/** A place the article puts in another governorate than the gazetteer's place of its name. */
export interface Namesake {
  /** The canonical English names of the gazetteer's place and of its governorate. */
  name: string;
  from: string;
  /** The governorate the article's bearing puts it in, and that governorate's country. */
  to: LocalizedText;
  country: Country;
}

/**
 * "in the Shahba region north of Aleppo": the names a sentence tells, by their bearing from a city,
 * as namesakes of the gazetteer's places lying on another side of it (see `locatedBy`).
 */
export function namesakesTold(text: string): Namesake[] {
  const index = placeIndex();
  const sentence = withoutFlightDestinations(withoutCarePlaces(text));
  const { mentions, tokens } = scanPlaces(index, sentence);
  const chains = chainsOf(sentence, tokens, mentions, index);
  return chains.flatMap((chain) => {
    // ("حي صلاح الدين جنوب غربي مدينة حلب": a quarter named like a place of the other country is
    // the quarter of the city the sentence names, quarter-name.ts)
    // (one named like a town or a district there is read clause by clause: namesake-quarter.ts)
    const city = chain.entries.every((e) => e.kind === 'governorate')
      ? quarterOfOtherCountry(tokens, chain, chains)
      : undefined;
    if (city !== undefined) return namesakesOf(chain, city);
    const other = locatedBy(sentence, tokens, chain, chains);
    if (other === undefined) return [];
    // (only where the gazetteer's place lies on another side than the bearing tells: a name placed
    // by its container alone, "سوق علاوي الحلة وسط بغداد", may name the real place later)
    const first = tokenAt(tokens, other.mentions[0]!.start);
    const phrase = relativePhrase(sentence, tokens, first);
    const words = phrase === undefined ? [] : tokens.slice(phrase.start, first);
    // ("بلدة سنجار في ريف إدلب": a town the article sets in the other country is that country's
    // namesake, whatever the bearing; the gazetteer's place cannot lie there. A quarter so set, "حي
    // الحمدانية … في مدينة حلب", is its city's, read clause by clause: namesake-quarter.ts)
    const otherCountry =
      other.governorate.country !== chain.governorate.country && !toldAsQuarter(tokens, chain);
    if (!otherCountry && sideOfBearing(words, chain, other) !== 'off') return [];
    return namesakesOf(chain, other);
  });
}

/** The gazetteer's places a chain names, each a namesake of a spot in the governorate of `place`. */
function namesakesOf(chain: Chain, place: Chain): Namesake[] {
  const named = chain.entries.filter((e) => e.kind !== 'governorate');
  return (named.length > 0 ? named : [chain.governorate]).map((e) => ({
    name: e.names.en[0]!,
    from: chain.governorate.names.en[0]!,
    to: canonical(place.governorate),
    country: place.governorate.country,
  }));
}

/**
 * Where a sentence places its event: the governorate (canonical names in both languages), district,
 * locality (the article's words for a spot relative to a named place, or a known town) and precision.
 * A multi-governorate region or a bare country gives precision 'country'. null: no place of Iraq or Syria.
 */
export function resolvePlace(sentence: string, lang: Language): ResolvedPlace | null {
  return resolvePlaceWith(placeIndex(), sentence, lang);
}

/**
 * "في منطقة مطيبيجة", "in the Hamrin mountains": the governorates (canonical English names) the
 * regions named in `text` span; a place there lies in one of them, which the article may tell.
 * Empty: no region named.
 */
export function governoratesSpanned(text: string): string[] {
  const index = placeIndex();
  return scanPlaces(index, text).mentions.flatMap((m) =>
    m.entry.kind === 'region'
      ? m.entry.spans.flatMap((id) => {
          const governorate = index.hierarchy.byId.get(id);
          return governorate ? [governorate.names.en[0]!] : [];
        })
      : [],
  );
}

/**
 * "قاعدة بلد الجوية" against "شمال بغداد", "Balad" against "north of Baghdad": whether the spot the
 * text `spot` names lies on the side of the city that `side` tells (bearing-side.ts), within reach
 * of it. False where either names no place, or `side` tells no bearing.
 */
export function liesOnSideTold(spot: string, side: string): boolean {
  const told = firstChain(spot).chain;
  const city = firstChain(side);
  return !!told && !!city.chain && sideOfBearing(city.tokens, told, city.chain) === 'on';
}

/**
 * "عين ترما" against "حي جوبر", "Ain Tarma" against "the Jobar district": whether the spot the text
 * `spot` names lies within a few kilometres of the place the text `near` names (near-locator.ts) —
 * the real neighbour a "nearby town of X" tells, however the governorates' line runs between them.
 * False where either names no place.
 */
export function liesNear(spot: string, near: string): boolean {
  const told = firstChain(spot).chain;
  const by = firstChain(near).chain;
  return !!told && !!by && nearLocator(told, by);
}

/** The first place a short text names (its chain) and the text's tokens, for the two tests above. */
function firstChain(text: string): { chain: Chain | undefined; tokens: readonly Token[] } {
  const index = placeIndex();
  const { mentions, tokens } = scanPlaces(index, text);
  return { chain: chainsOf(text, tokens, mentions, index)[0], tokens };
}
