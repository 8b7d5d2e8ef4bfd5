// "في قضاء عقرة التابع لمحافظة دهوك", "in the Sheikhan district of Duhok province": the governorate an
// article states for a district wins over the gazetteer's. The disputed districts (Akre, Sheikhan,
// Makhmur, …) lie officially in one governorate and are run from another; the gazetteer can answer
// only one, and each article says which it means.
import type { Language } from '../../content/schema.js';
import { governorateByName } from '../../places/governorates.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { PlaceResolver } from '../incidents/clause-facts.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "قضاء X [التابع|الواقع] بمحافظة/لمحافظة/في محافظة Y" (in matching form): X a district, Y its governorate. */
const ARABIC_TOLD = new RegExp(
  `(?<!${L})${anyOf(['قضاء'])} ((?:\\p{L}+ ){0,2}?\\p{L}+)(?: ${anyOf(['التابع', 'التابعة', 'الواقع', 'الواقعة', 'ضمن'])})? (?:${anyOf(['بمحافظة', 'لمحافظة', 'في محافظة', 'من محافظة'])}) (\\p{L}+(?: \\p{L}+)?)`,
  'gu',
);

const NAME = "[A-Z][\\p{L}'-]+(?: [A-Z][\\p{L}'-]+)?";

/** "the X district of/in Y province", "Y's X district" (as written, names capitalised). */
const ENGLISH_TOLD: readonly { re: RegExp; district: number; governorate: number }[] = [
  {
    re: new RegExp(`(${NAME}) district (?:of|in) (?:the )?(${NAME}) (?:province|governorate)`, 'gu'),
    district: 1,
    governorate: 2,
  },
  { re: new RegExp(`(${NAME})'s (${NAME}) district`, 'gu'), district: 2, governorate: 1 },
];

type Governorate = NonNullable<ResolvedPlace['governorate']>;

/** The governorate named by one or two words ("دهوك", "صلاح الدين"), the longer reading first. */
function governorateNamed(words: string): Governorate | null {
  const parts = words.split(' ');
  for (const name of [parts.join(' '), parts[0] ?? '']) {
    const g = name === '' ? undefined : governorateByName(name);
    if (g?.kind === 'governorate') return { en: g.names.en[0]!, ar: g.names.ar[0]! };
  }
  return null;
}

/**
 * The districts an article (`texts`) states in another governorate than the gazetteer's, each (by its
 * canonical English name) with the governorate told. A district told in two governorates is left out.
 */
export function districtsToldElsewhere(
  texts: readonly string[],
  resolve: PlaceResolver,
  lang: Language,
): Map<string, Governorate> {
  const told = new Map<string, Governorate | null>();
  const note = (districtText: string, governorateWords: string): void => {
    const place = resolve(districtText, lang);
    const governorate = governorateNamed(governorateWords);
    if (!place?.district?.en || place.precision !== 'district' || !governorate) return;
    // (the district's name alone, no word of the clause after it: "قضاء العزيزية المحاذي لمحافظة
    // بغداد" tells a neighbour, not where the district lies)
    if (normalizeForMatch(place.text) !== normalizeForMatch(districtText)) return;
    if (place.governorate?.en === governorate.en) return;
    const key = place.district.en;
    const before = told.get(key);
    told.set(key, before === undefined || before?.en === governorate.en ? governorate : null);
  };
  for (const text of texts) {
    if (lang === 'ar') {
      for (const m of normalizeForMatch(text).matchAll(ARABIC_TOLD)) note(`قضاء ${m[1]}`, m[2]!);
    } else {
      for (const { re, district, governorate } of ENGLISH_TOLD)
        for (const m of text.matchAll(re)) note(`${m[district]} district`, m[governorate]!);
    }
  }
  return new Map([...told].flatMap(([k, g]) => (g ? [[k, g] as const] : [])));
}

/** `resolve`, with each district the article states in another governorate placed there. */
export function districtsAsTold(
  resolve: PlaceResolver,
  texts: readonly string[],
  lang: Language,
): PlaceResolver {
  const told = districtsToldElsewhere(texts, resolve, lang);
  if (told.size === 0) return resolve;
  return (text, language) => {
    const place = resolve(text, language);
    const governorate = place?.district?.en ? told.get(place.district.en) : undefined;
    return place && governorate ? { ...place, governorate } : place;
  };
}
