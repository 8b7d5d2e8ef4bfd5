import { withoutCarePlaces } from '../../places/care-place.js';
import { DISPLACED_FROM } from './elsewhere/displaced-from.js';
import type { Language } from '../../content/schema.js';

/**
 * The name of a place a clause gives that the gazetteer may not know — a village of a border area,
 * a hamlet — so that an incident told there is kept (as text, for the editor to place) rather than
 * dropped. English: a capitalised name after "in", "at", "near", "outside", "around" or "the village
 * of"; Arabic: a name after a word for a kind of place (قرية، بلدة، منطقة، مخيم…).
 */
const EN_PLACE =
  /(?<![\p{L}])(?:(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]round)\s+(?:the\s+(?:villages?|towns?|city|area|district|region|hamlet|camp|neighbou?rhood|mountains?)\s+of\s+)?|[Oo]n\s+the\s+(?:villages?|towns?|hamlet|camp|neighbou?rhood)\s+of\s+)((?:(?:al|el|ad|as|ash|ar|an|at|az)-)?\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:al|el)-)?\p{Lu}[\p{L}’'-]*){0,2})/gu;

/** Capitalised words after "in"/"at" that are not places. */
const EN_NOT_PLACE = new Set(
  [
    'the',
    'a',
    'an',
    'this',
    'that',
    'his',
    'her',
    'their',
    'its',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
    'iraq',
    'syria',
    'kurdistan',
    'islamic',
    'isis',
    'isil',
    'daesh',
    'turkish',
    'iraqi',
    'syrian',
    'kurdish',
    'american',
    'us',
    'u.s.',
    'un',
    'ramadan',
    'eid',
    // where statements are made about Iraq and Syria, never where their events happen
    'geneva',
    'new',
    'washington',
    'london',
    'paris',
    'brussels',
    'vienna',
    'moscow',
    'ankara',
    'istanbul',
    'tehran',
    'beirut',
    'amman',
    'cairo',
    'riyadh',
    'doha',
    'dubai',
    'kuwait',
    'turkey',
    'iran',
    'lebanon',
    'jordan',
    'israel',
    'saudi',
    'qatar',
    'egypt',
    'europe',
    'russia',
    'america',
  ].map((w) => w.toLowerCase()),
);

export const AR_KIND = [
  'قرية',
  'بلدة',
  'منطقة',
  'ناحية',
  'مدينة',
  'حي',
  'مخيم',
  'جبل',
  'معبر',
  'مزرعة',
  'قضاء',
  'تلة',
];
const AR_PLACE = new RegExp(
  `(?<![\\p{L}])(?:و?(?:ب|ل|في\\s+|قرب\\s+|داخل\\s+)?)(?:${AR_KIND.join('|')})\\s+["«“]?([\\p{L}]+)(?:\\s+([\\p{L}]+))?`,
  'gu',
);
/** First words of compound Arabic place names: "تل أبيض", "عين عيسى", "أبو كمال". */
export const AR_COMPOUND = new Set([
  'تل',
  'عين',
  'بئر',
  'أبو',
  'ابو',
  'كفر',
  'دير',
  'جسر',
  'رأس',
  'راس',
  'خربة',
  'أم',
  'ام',
  'بني',
  'بيت',
  'سيد',
  'الشيخ',
  'شيخ',
  'مزرعة',
  // "قرية البو حسن": a village named for the clan that holds it ("Albu", "the house of")
  'البو',
  'آلبو',
  'ألبو',
  // "حي طريق حلب": a quarter named after the road out to another city (places/road-quarter.ts)
  'طريق',
]);
/** Words after a kind of place that describe it instead of naming it: "منطقة حدودية", "قرية قريبة", "منطقة شمال…". */
export const AR_NOT_NAME =
  /^(?:ال)?(?:حدودية|نائية|زراعية|صحراوية|سكنية|جبلية|قريبة|مجاورة|عسكرية|صناعية|محيطة|واقعة|اخرى|أخرى|ثانية|نفسها|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|شمالية|جنوبية|شرقية|غربية|وسط|قرب|بين|التي|الذي|تابعة|يسيطر|تسيطر|خاضعة)$/u;

export function unknownPlaceName(text: string, lang: Language): string | null {
  if (lang === 'en') {
    for (const m of text.matchAll(EN_PLACE)) {
      const name = (m[1] ?? '').replace(/[’'-]+$/u, '');
      // ("in Thursday's strike": a day's possessive, no place; so is "in March's attack")
      const first =
        name
          .split(/\s+/)[0]
          ?.replace(/^(?:al|el|ad|as|ash|ar|an|at|az)-/u, '')
          .replace(/['’]s$/u, '') ?? '';
      // "taken to a hospital in Damascus": where the wounded were treated, not where it happened
      if (AFTER_CARE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      // "the Observatory, a war monitor based in Britain": where a source sits, not where it happened
      if (AFTER_SEAT.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      if (name && !EN_NOT_PLACE.has(first.toLowerCase())) return name;
    }
    return null;
  }
  // "نقلوا إلى مشفى في بلدة البصيرة": where the wounded were treated, not where it happened (nor
  // where the displaced hit came from: displaced-from.ts)
  for (const m of withoutCarePlaces(text).replace(DISPLACED_FROM, ' ').matchAll(AR_PLACE)) {
    const first = m[1] ?? '';
    if (AR_NOT_NAME.test(first)) continue;
    const second = m[2];
    return second !== undefined && AR_COMPOUND.has(first) ? `${first} ${second}` : first;
  }
  return null;
}

const AFTER_CARE = /(?:hospital|hospitals|clinic)\s*$/iu;
const AFTER_SEAT = /(?:based|headquartered)\s*$/iu;

/** What may stand between an unknown spot and the known place that situates it: ", north of", " village in", " near". */
const EN_LINK =
  /^\s*,?\s*(?:(?:village|town|hamlet|area|region|district)\s+)?(?:(?:in|of|near|outside)\s+|(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+|(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+))?(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?$/u;

/**
 * "in Kestane, north of Duhok", "in Kestane village in Duhok's Zakho district": a spot the gazetteer
 * does not know, situated by a place it knows right after it. The known place gives the governorate
 * (and district); the spot becomes the locality, in the article's words. English only: an Arabic
 * resolver already takes "قرية كيستانة شمالي دهوك" as one locality.
 */
export function withUnknownSpot<P extends PlaceLike>(
  text: string,
  place: P,
  lang: Language,
  isKnown: (name: string) => boolean,
): P {
  if (
    lang !== 'en' ||
    !place.governorate ||
    (place.precision === 'locality' && !!place.locality?.en && !!place.locality.ar)
  )
    return place;
  const name = unknownPlaceName(text, lang);
  if (!name || isKnown(name) || place.text.includes(name)) return place;
  const at = text.indexOf(name);
  const placeAt = text.indexOf(place.text, at + name.length);
  if (at < 0 || placeAt < 0 || !EN_LINK.test(text.slice(at + name.length, placeAt))) return place;
  // a relative phrase ("north of Duhok") stays with the spot; a district or governorate is told apart
  const relative = place.precision === 'locality';
  const spot = relative ? text.slice(at, placeAt + place.text.length) : name;
  return {
    ...place,
    locality: { [lang]: spot },
    precision: 'locality',
    text: text.slice(at, placeAt + place.text.length),
  };
}

interface PlaceLike {
  governorate: { en?: string; ar?: string } | null;
  locality: { en?: string; ar?: string } | null;
  precision: 'locality' | 'district' | 'governorate' | 'country';
  text: string;
}
