import { plural, englishForms } from './plural.js';
import type { PictureMessages } from './pictures.js';

export const picturesEn: PictureMessages = {
  mapButton: '🗺 Map',
  legend: {
    killed: 'Killed',
    wounded: 'Wounded',
    noCasualties: 'No casualties stated',
    size: 'Circle size: number of casualties',
  },
  source: (source) => `Source: ${source}`,
  published: (date) => `Published ${date}`,
  notOnMap: 'Not on the map:',
  onlyCountry: 'place given only as the country',
  unknownPlace: 'place not known',
  more: (n) => plural('en', n, englishForms('and 1 more incident', 'and {n} more incidents', '')),
  nothingToMap: 'None of this article’s incidents has a place precise enough to put on a map.',
  mapGone: 'This article is no longer available.',
  chart: {
    title: (governorate) =>
      governorate === null ? 'Killed and wounded' : `Killed and wounded in ${governorate}`,
    byWeek: 'by week',
    byMonth: 'by month',
    weekOf: (date) => `week of ${date}`,
    busiest: 'Governorates with most casualties',
    basis: (briefings) =>
      `By incident date, in ${plural('en', briefings, englishForms('1 published briefing', '{n} published briefings', 'no briefings'))}`,
    rangesNote: 'Counts given as a range are counted at their low end; counts not stated are not counted.',
    spanNote: 'An incident dated only to a month or a span of days is counted at its middle.',
    nothingToChart: (governorate) =>
      governorate === null
        ? 'The published briefings state no one killed or wounded yet.'
        : `The published briefings state no one killed or wounded in ${governorate}.`,
    unknownGovernorate: (input, examples) =>
      `I know no governorate called “${input}”. Try for example: ${examples.join(', ')}.`,
  },
};
