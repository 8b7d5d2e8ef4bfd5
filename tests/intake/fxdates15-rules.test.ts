// Rules from the fxdates15 round (issue 12, places of drafts that miss a gold incident only by the
// governorate): a namesake told with its bearing from a city of the article — a quarter opening the
// bearing phrase, a locator in parentheses, a district of another country told from a town — and a
// subdistrict told by its bearing from "the city" just told; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../src/places/resolve.js';
import { ingested } from '../support/tolls.js';

const governorateOf = (sentence: string, lang: 'ar' | 'en') => resolvePlace(sentence, lang)?.governorate?.en;

describe('a namesake told with its bearing from a city of another governorate: the city’s', () => {
  it('"في حي المنصور شرقي مدينة الموصل": the quarter opens the bearing phrase, still Mosul’s', () => {
    expect(
      governorateOf('قتل شرطيان بانفجار عبوة ناسفة استهدفت دوريتهما في حي المنصور شرقي مدينة الموصل.', 'ar'),
    ).toBe('Nineveh');
  });

  it('"في ناحية جبلة (20 كم شرق الحلة)": a locator told in parentheses', () => {
    expect(
      governorateOf('أصيب ثلاثة مدنيين بانفجار عبوة ناسفة في ناحية جبلة (20 كم شرق الحلة) مساء أمس.', 'ar'),
    ).toBe('Babil');
  });

  it('"in Sinjar, east of Abu al-Duhur": a district of another country told from a town', () => {
    expect(
      governorateOf(
        'Two rebels were killed when troops shelled Sinjar, east of Abu al-Duhur, on Friday.',
        'en',
      ),
    ).toBe('Idlib');
  });
});

describe('a subdistrict told by its bearing from "the city" just told: that city’s, not a namesake abroad', () => {
  it('"…وسط مدينة الحلة", then "وفي حادث منفصل، أصيب اثنان … في ناحية جبلة غربي المدينة"', () => {
    expect(
      ingested(
        'تفجيران في بابل',
        [
          'قتل أربعة أشخاص بانفجار سيارة مفخخة قرب سوق شعبي وسط مدينة الحلة، اليوم الأحد.',
          'وفي حادث منفصل، أصيب اثنان بانفجار عبوة لاصقة في ناحية جبلة غربي المدينة.',
        ],
        '2014-03-09',
      ),
    ).toEqual([
      { from: '2014-03-09', to: '2014-03-09', governorate: 'Babil', killed: 4, wounded: null },
      { from: '2014-03-09', to: '2014-03-09', governorate: 'Babil', killed: null, wounded: 2 },
    ]);
  });
});

describe('a court’s ruling "to death for" a deed: the deed’s own day, not the ruling’s', () => {
  it('"… on Sunday sentenced four members of a militant cell to death for their role in a bombing … in March 2019"', () => {
    expect(
      ingested(
        'Court sentences four over Kirkuk market bombing',
        [
          'A criminal court in Kirkuk on Sunday sentenced four members of a militant cell to death for their role in a car bombing at a vegetable market in the city in March 2019.',
          'The bombing killed nine people and wounded 20 others, police said at the time.',
        ],
        '2021-06-13',
      ),
    ).toEqual([{ from: '2019-03-01', to: '2019-03-31', governorate: 'Kirkuk', killed: 9, wounded: 20 }]);
  });
});

describe('"had been shelling … since Saturday": what went on since a day runs to the news', () => {
  it('an undated blow, then "the militants had been shelling the district every few hours since Saturday"', () => {
    expect(
      ingested(
        'Shelling kills civilians in Mosul',
        [
          'MOSUL, Iraq (AP) — Iraqi troops fought militants in eastern Mosul on Tuesday, killing 12 of them, an officer said.',
          'Mortar rounds fired from IS-held areas struck the Tahrir district, killing three civilians and wounding five, a medic said. The officer said the militants had been shelling the district "every few hours" since Saturday.',
        ],
        '2016-11-22',
      ),
    ).toEqual([
      { from: '2016-11-22', to: '2016-11-22', governorate: 'Nineveh', killed: 12, wounded: null },
      { from: '2016-11-19', to: '2016-11-22', governorate: 'Nineveh', killed: 3, wounded: 5 },
    ]);
  });
});
