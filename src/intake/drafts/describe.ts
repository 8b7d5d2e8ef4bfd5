import type { LocalizedText, Language } from '../../content/schema.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { ExtractedIncident } from '../incidents/incident-types.js';
import type { IntakePhrases } from './phrases.js';

const MAX_SOURCE_CHARS = 240;

/** The place in a language: the district with its governorate where known, else the governorate. */
function placeName(place: ResolvedPlace, lang: Language): string | null {
  const gov = place.governorate?.[lang];
  const district = place.district?.[lang];
  if (district && gov && district !== gov) return `${district}${lang === 'ar' ? '، ' : ', '}${gov}`;
  return gov ?? district ?? null;
}

/** A description generated from the structured incident through the phrase tables. */
export function generatedDescription(
  incident: ExtractedIncident,
  lang: Language,
  phrases: IntakePhrases,
): string {
  let text = phrases.event[incident.event.subType];
  const actor = incident.actors[0];
  // "Gunmen suspected of being ISIS" must not read as a sure "by ISIS" in the other language.
  if (actor)
    text = phrases.by(
      text,
      incident.suspected.includes(actor) ? phrases.suspected(phrases.actor[actor]) : phrases.actor[actor],
    );
  const place = placeName(incident.place, lang);
  if (place) text = phrases.inPlace(text, place);
  const casualties: string[] = [];
  if (incident.killed !== null) casualties.push(phrases.killed(incident.killed));
  if (incident.wounded !== null) casualties.push(phrases.wounded(incident.wounded));
  if (incident.attackersKilled !== null)
    casualties.push(
      incident.attackersAmong
        ? phrases.attackersAmong(incident.attackersKilled)
        : phrases.attackersKilled(incident.attackersKilled),
    );
  const sentence = phrases.withCasualties(text, casualties);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The article's own words in its language; the other language generated from the data. */
export function describeIncident(
  incident: ExtractedIncident,
  lang: Language,
  phrases: Readonly<Record<Language, IntakePhrases>>,
): LocalizedText {
  const other: Language = lang === 'ar' ? 'en' : 'ar';
  const own = incident.source.replace(/^[\s"«“]+|[\s"»”،,]+$/gu, '');
  return {
    [lang]: own.length > MAX_SOURCE_CHARS ? `${own.slice(0, MAX_SOURCE_CHARS - 1).trimEnd()}…` : own,
    [other]: generatedDescription(incident, other, phrases[other]),
  };
}
