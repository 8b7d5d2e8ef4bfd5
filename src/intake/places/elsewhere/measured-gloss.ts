// "…taken to hospital in Aqra, which lies about 110 kilometres (70 miles) southeast of Dohuk",
// "في بلدة تلكيف، التي تقع على بعد 15 كيلومترا شمال الموصل": a town the gazetteer knows, glossed by
// its distance from a bigger city, is where things were; the city it is measured from is only a
// landmark for readers far away, not a place of the event.
import { findPlaces } from '../../../places/find.js';

const EN_VERB = String.raw`(?:(?:which|that)\s+(?:lies|is|sits)(?:\s+(?:located|situated))?|located|situated|lying)`;

/** ", which lies about 110 kilometres (70 miles) southeast of", "، التي تقع على بعد 15 كيلومترا شمال". */
const GLOSS = new RegExp(
  String.raw`^\s*,?\s*${EN_VERB}\s+` +
    String.raw`(?:(?:about|some|around|roughly|nearly|approximately)\s+)?\d[\d,.]*\s*(?:kilometres|kilometers|km|miles)` +
    String.raw`(?:\s*\([^()]{1,30}\))?\s+(?:(?:north|south)-?(?:east|west)?|east|west)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?$` +
    '|' +
    String.raw`^\s*،?\s*(?:(?:التي|الذي)\s+(?:تقع|يقع)|الواقعة|الواقع)\s+(?:على\s+(?:بعد|مسافة))\s+(?:(?:نحو|حوالي|قرابة)\s+)?\d[\d,.]*\s*(?:كيلومترا|كيلومتر|كيلومترات|كلم|كم)` +
    String.raw`\s+(?:(?:شمال|جنوب|شرق|غرب)ي?(?:\s+(?:شرق|غرب)ي?)?)\s+(?:مدينة\s+)?$`,
  'u',
);

/**
 * The clause's text (as written) less each city a town it names is measured from: the gloss and the
 * city's name blanked, where a place the gazetteer knows comes right before the gloss.
 */
export function withoutMeasuredGloss(text: string): string {
  if (!/\d/u.test(text)) return text;
  const mentions = findPlaces(text);
  let blanked = text;
  for (let i = 1; i < mentions.length; i++) {
    const town = mentions[i - 1]!;
    const city = mentions[i]!;
    if (!GLOSS.test(text.slice(town.end, city.start))) continue;
    blanked = blanked.slice(0, town.end) + ' '.repeat(city.end - town.end) + blanked.slice(city.end);
  }
  return blanked;
}
