import { incidentCasualtiesText } from '../../briefing/incidents.js';
import { countryName } from '../../briefing/place.js';
import type { Briefing, Language } from '../../content/schema.js';
import { formatDateRange } from '../../i18n/date.js';

/**
 * One plain-text line per incident of a draft, for `npm run drafts`: number, date, governorate (or
 * the country) and casualties, attackers killed told apart, so that an editor sees what to check
 * without opening the file.
 */
export function draftIncidentLines(briefing: Pick<Briefing, 'incidents'>, lang: Language): string[] {
  return briefing.incidents.map((incident, i) => {
    const { place } = incident;
    const where =
      place.governorate?.[lang] ??
      place.governorate?.en ??
      place.governorate?.ar ??
      countryName(place.country, lang);
    return `${i + 1}. ${formatDateRange(incident.date, lang)} · ${where} · ${incidentCasualtiesText(incident, lang)}`;
  });
}
