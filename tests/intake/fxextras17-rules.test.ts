// Rules from the fxextras17 round (issue 12, one event drafted twice and tallies drafted): a second
// device feared at the scene, no second blow; a month's count told across the whole country, a
// tally; a force's acknowledged civilian dead, a tally; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a second device feared at the scene: no second event', () => {
  it('"…طوقت المكان خشية وجود عبوة ثانية" after the blast told with the same toll', () => {
    expect(
      ingested(
        'مقتل وإصابة عشرة بانفجار في الكوت',
        [
          'أفاد مصدر في الشرطة، اليوم الأحد، بأن ثلاثة أشخاص قتلوا وأصيب سبعة آخرون بانفجار عبوة ناسفة في سوق شعبي بمدينة الكوت.',
          'وقال المصدر إن "العبوة انفجرت قرب بسطات الخضار ظهر اليوم، ما أسفر عن مقتل ثلاثة أشخاص وإصابة سبعة آخرين"، مبيناً أن "القوات الأمنية طوقت المكان خشية وجود عبوة ثانية".',
        ],
        '2012-03-04',
      ),
    ).toEqual([{ from: '2012-03-04', to: '2012-03-04', governorate: 'Wasit', killed: 3, wounded: 7 }]);
  });
});

describe('a month told across the whole country: a tally, no incident', () => {
  it('"A further 1,310 Iraqis were wounded in bombings … across the country in March"', () => {
    expect(
      ingested(
        'Iraq toll falls in March as Baghdad markets reopen',
        [
          'BAGHDAD, April 1, 2008 (AFP) - At least 923 Iraqi civilians were killed in violence in March, according to ministry figures obtained by AFP on Tuesday.',
          'A further 1,310 Iraqis were wounded in bombings, shootings and mortar attacks across the country in March, the figures showed.',
          'The deadliest attack of the month was a car bomb at a market in Hilla on March 17 that killed 14 people.',
        ],
        '2008-04-01',
      ),
    ).toEqual([{ from: '2008-03-17', to: '2008-03-17', governorate: 'Babil', killed: 14, wounded: null }]);
  });
});

describe('a force owning up to its campaign’s civilian dead: a tally, no incident', () => {
  it('"It has acknowledged responsibility for 87 civilian deaths in the province", after one blast', () => {
    expect(
      ingested(
        'Deminer killed in Tabqa',
        [
          'TABQA, Syria (Reuters) - A deminer was killed on Tuesday when a mine went off in a field near the town of Tabqa in Raqqa province, a local council official said.',
          'The U.S.-led coalition says its air strikes against Islamic State were precise. It has acknowledged responsibility for 87 civilian deaths in the province.',
        ],
        '2018-05-02',
      ),
    ).toEqual([{ from: '2018-05-01', to: '2018-05-01', governorate: 'Raqqa', killed: 1, wounded: null }]);
  });
});
