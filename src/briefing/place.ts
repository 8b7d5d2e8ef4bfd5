import type { Language, LocalizedText, Place } from '../content/schema.js';
import { catalogue } from '../i18n/catalogue.js';
import { escapeHtml } from '../telegram/html.js';
import { localizedListHtml } from './localized.js';

/** The country's name in `lang` from the platform's locale data; the code itself if it has none. */
export function countryName(code: string, lang: Language): string {
  return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

/** "locality، district، governorate، country (precision)": the parts present, most precise first. */
export function placeHtml(place: Place, lang: Language): string {
  const parts: LocalizedText[] = [place.locality, place.district, place.governorate].filter(
    (part): part is LocalizedText => part !== null,
  );
  parts.push({ [lang]: countryName(place.country, lang) });
  return `${localizedListHtml(parts, lang)} ${escapeHtml(catalogue(lang).placePrecisionNote(place.precision))}`;
}
