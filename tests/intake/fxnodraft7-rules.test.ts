// Rules from the fxnodraft7 round (issue 12, gold incidents never drafted): an earlier blow recalled
// as the worst of a span ("أعنف تفجير تشهده المدينة منذ عام 2005", "the deadliest attack on the town
// since 2014") is one event with its own toll, not a total over the span; each on sentences written
// for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the superlative of one blow: no span summed', () => {
  it('"وكانت المدينة قد شهدت … أعنف تفجير تشهده منذ عام 2005، … ما أدى إلى مقتل 40"', () => {
    expect(
      ingested(
        'انفجار عبوة في الحلة',
        [
          'أصيب ثلاثة مدنيين بانفجار عبوة ناسفة في سوق مدينة الحلة اليوم الأحد.',
          'وكانت الحلة قد شهدت في العاشر من آذار الماضي أعنف تفجير تشهده المحافظة منذ عام 2005، عندما انفجرت سيارة مفخخة قرب دائرة حكومية، ما أدى إلى مقتل 40 شخصاً وإصابة 60 آخرين.',
        ],
        '2019-06-09',
      ),
    ).toEqual([
      { from: '2019-06-09', to: '2019-06-09', governorate: 'Babil', killed: null, wounded: 3 },
      { from: '2019-03-10', to: '2019-03-10', governorate: 'Babil', killed: 40, wounded: 60 },
    ]);
  });

  it('"In March, a truck bomb killed 40 people there, in the deadliest attack on the town since 2014"', () => {
    expect(
      ingested(
        'Bomb wounds three in Tuz Khurmatu',
        [
          'A roadside bomb wounded three civilians in Tuz Khurmatu in Salahuddin province on Sunday, police said.',
          'In March, a truck bomb killed 40 people there, in the deadliest attack on the town since the start of the war in 2014.',
        ],
        '2019-06-09',
      ),
    ).toEqual([
      { from: '2019-06-09', to: '2019-06-09', governorate: 'Salahuddin', killed: null, wounded: 3 },
      { from: '2019-03-01', to: '2019-03-31', governorate: 'Salahuddin', killed: 40, wounded: null },
    ]);
  });
});
