// Rules of fxdied (issue 12): the death of someone wounded in the event just told, read through the
// model of wounded-died/; each on wording written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const extract = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });

/** Each drafted incident's dead and wounded. */
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extract(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('one wounded in the event just told, told by a participle between commas, who died', () => {
  it('"a third shepherd, wounded in the same strike, died": one more dead of that strike', () => {
    expect(
      tolls(
        [
          'On Monday, an air strike hit a farm near Maarrat al-Numan in Idlib province, killing two shepherds. A third shepherd, wounded in the same strike, died later that night, local medics said.',
        ],
        'en',
        '2019-06-04',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });

  it('"a policeman, wounded in a bombing, died": one dead, not one dead and one wounded', () => {
    expect(
      tolls(
        ['A policeman, wounded in a bombing in Kirkuk, died in hospital on Tuesday, a police source said.'],
        'en',
        '2021-02-03',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});
