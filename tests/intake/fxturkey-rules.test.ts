// Rules from the fxturkey round (issue 12): Turkish strikes on the PKK in Iraqi Kurdistan, told
// first by the region only and placed a sentence later; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';

describe('the blows told again with when they fell, then what they hit, place the event', () => {
  it('"The raids early on Friday struck …": the lead told only the region', () => {
    expect(
      incidents(
        [
          "Turkish warplanes bombed suspected PKK hideouts in Iraq's Kurdistan region overnight, wounding three shepherds, a local mayor said on Friday.",
          'The raids early on Friday struck the hills near Zakho in Dohuk province, the mayor said.',
        ],
        'en',
        '2017-03-10',
      ),
    ).toEqual([{ from: '2017-03-09', to: '2017-03-10', governorate: 'Duhok', killed: null, wounded: 3 }]);
  });

  it('"The strikes late on Wednesday hit …": the lead told only the region', () => {
    expect(
      incidents(
        [
          "Turkish jets struck PKK positions in northern Iraq's Kurdistan region overnight, killing a farmer, officials said on Thursday.",
          'The strikes late on Wednesday hit the valley south of Sidakan in Erbil province, according to a district official.',
        ],
        'en',
        '2019-06-06',
      ),
    ).toEqual([{ from: '2019-06-05', to: '2019-06-06', governorate: 'Erbil', killed: 1, wounded: null }]);
  });
});

describe('a blow told as what a protest was against lies in the governorate the article places', () => {
  it('"…احتجاجا على قصف … أسفر عن مقتل أربعة في قرية X": the unknown village is in Duhok', () => {
    expect(
      incidents(
        [
          'أصيب خمسة محتجين بجروح، اليوم الثلاثاء، خلال مواجهات مع قوات الأمن قرب مدينة زاخو في محافظة دهوك.',
          'وكان مئات من الأهالي قد خرجوا صباح اليوم احتجاجا على قصف تركي أسفر عن مقتل أربعة مزارعين في قرية بيدوهي.',
        ],
        'ar',
        '2020-09-15',
      ).map((i) => [i.governorate, i.killed, i.wounded]),
    ).toEqual([
      ['Duhok', null, 5],
      ['Duhok', 4, null],
    ]);
  });

  it('"…in protest at a Turkish drone strike that killed three … in the village of X": in Erbil', () => {
    expect(
      incidents(
        [
          'Police in Erbil province wounded two demonstrators near the town of Soran on Monday.',
          'Hundreds of villagers had marched in protest at a Turkish drone strike that killed three herders in the village of Marikan.',
        ],
        'en',
        '2021-05-11',
      ).map((i) => [i.governorate, i.killed, i.wounded]),
    ).toEqual([
      ['Erbil', null, 2],
      ['Erbil', 3, null],
    ]);
  });
});

describe('the day of a protest is not the day of the blow it was held against', () => {
  it('"خرج الأهالي اليوم احتجاجا على قصف … الشهر الماضي": the blow is dated last month', () => {
    expect(
      incidents(
        [
          'أصيب خمسة محتجين بجروح، اليوم الثلاثاء، خلال مواجهات مع قوات الأمن قرب مدينة زاخو في محافظة دهوك.',
          'وكان مئات من الأهالي قد خرجوا صباح اليوم احتجاجا على قصف تركي الشهر الماضي أسفر عن مقتل أربعة مزارعين في قرية بيدوهي.',
        ],
        'ar',
        '2020-09-15',
      ).map((i) => [i.from, i.to, i.killed]),
    ).toEqual([
      ['2020-09-15', '2020-09-15', null],
      ['2020-08-01', '2020-08-31', 4],
    ]);
  });

  it('"…marched on Monday in protest at a strike last month that killed …": the blow is last month', () => {
    expect(
      incidents(
        [
          'Police in Erbil province wounded two demonstrators near the town of Soran on Monday.',
          'Hundreds of villagers had marched on Monday in protest at a Turkish drone strike last month that killed three herders in the village of Marikan.',
        ],
        'en',
        '2021-05-11',
      ).map((i) => [i.from, i.to, i.killed]),
    ).toEqual([
      ['2021-05-10', '2021-05-10', null],
      ['2021-04-01', '2021-04-30', 3],
    ]);
  });
});
