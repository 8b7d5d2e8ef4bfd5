// Rules from the fxplaces12 round (issue 12, places): a toll placed only by a side of a far city
// ("north of Baghdad", "شمال بغداد") is where the article's spot on that side is — the title's,
// the clause that retells it closer, the lead's; on sentences written for them.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a side of a city told where the article names the spot on that side', () => {
  it('"صواريخ على قاعدة في بلد شمال بغداد" under a title naming the Balad base: Salahuddin', () => {
    expect(
      ingested(
        'قصف صاروخي على قاعدة بلد الجوية',
        [
          'أصيب ثلاثة جنود عراقيين مساء الثلاثاء بسقوط صواريخ على قاعدة جوية في بلد شمال بغداد، بحسب مصدر عسكري.',
        ],
        '2021-03-10',
        'ar',
      ),
    ).toEqual([
      { from: '2021-03-09', to: '2021-03-09', governorate: 'Salahuddin', killed: null, wounded: 3 },
    ]);
  });

  it('"mortars hit a base north of Baghdad", then "shells landed inside the Balad base": one event, Salahuddin', () => {
    expect(
      ingested(
        'Mortar attack on air base',
        [
          'Mortar rounds hit a military air base north of Baghdad on Friday evening, wounding two soldiers, officials said.',
          'Three mortar shells landed near a hangar inside the Balad air base, an officer said.',
        ],
        '2018-05-12',
        'en',
      ),
    ).toEqual([
      { from: '2018-05-11', to: '2018-05-11', governorate: 'Salahuddin', killed: null, wounded: 2 },
    ]);
  });

  it('a title "in town north of Baghdad" over a lead on Dhuluiya: a later toll of "the town" is Salahuddin', () => {
    expect(
      ingested(
        'Militants attack town north of Baghdad',
        [
          'Gunmen stormed the town of Dhuluiya on Thursday night, residents said.',
          'A car bomb exploded near a police station on the southern edge of the town early on Friday, wounding nine people, a doctor said.',
        ],
        '2014-07-05',
        'en',
      ),
    ).toContainEqual({
      from: '2014-07-04',
      to: '2014-07-04',
      governorate: 'Salahuddin',
      killed: null,
      wounded: 9,
    });
  });
});
