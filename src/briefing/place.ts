import type { Language, LocalizedText, Place } from '../content/schema.js';
import { catalogue } from '../i18n/catalogue.js';
import { escapeHtml } from '../telegram/html.js';
import { localizedListHtml } from './localized.js';

/** The country's name in `lang` from the platform's locale data; the code itself if it has none. */
export function countryName(code: string, lang: Language): string {
  return REGION_NAMES[lang].of(code) ?? code;
}

/** Built once per language: constructing Intl.DisplayNames is far costlier than a lookup. */
const REGION_NAMES: Record<Language, Intl.DisplayNames> = {
  ar: new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'code' }),
  en: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }),
};

/** "locality، district، governorate، country (precision)": the parts present, most precise first. */
export function placeHtml(place: Place, lang: Language): string {
  const parts: LocalizedText[] = [place.locality, place.district, place.governorate].filter(
    (part): part is LocalizedText => part !== null,
  );
  parts.push({ [lang]: countryName(place.country, lang) });
  return `${localizedListHtml(parts, lang)} ${escapeHtml(catalogue(lang).placePrecisionNote(place.precision))}`;
}
