// Victims counted by who they were (issue 12, fxcounts28): each rule on wording written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

/** Each drafted incident's first day and counts. */
function drafted(text: string, published: string): { from: string; killed: unknown; wounded: unknown }[] {
  return draftedIncidents(text, published).map((x) => ({
    from: x.date.from,
    killed: x.killed,
    wounded: x.wounded,
  }));
}

describe('both parents named one after the other', () => {
  it('"الأب والأم وثلاثة من أبنائهما": the two parents and their three children, five', () => {
    expect(
      drafted(
        'مقتل عائلة بقصف مدفعي\n\nأفاد ناشطون بأن قذيفة مدفعية سقطت على منزل في بلدة كفرنبل بريف إدلب مساء السبت، ما أدى إلى مقتل الأب والأم وثلاثة من أبنائهما.',
        '2016-03-13',
      ),
    ).toEqual([{ from: '2016-03-12', killed: 5, wounded: null }]);
  });

  it('"الأم والأب" after a passive verb, the wounded joined after them', () => {
    expect(
      drafted(
        'قصف على بلدة\n\nقال مصدر طبي إن صاروخاً سقط على منزل في مدينة دوما بريف دمشق يوم الأحد، فقتلت الأم والأب وأصيب ابنهما بجروح.',
        '2017-02-06',
      ),
    ).toEqual([{ from: '2017-02-05', killed: 2, wounded: 1 }]);
  });
});

describe('companions counted by the dual', () => {
  it('"رفيقاه": his two companions wounded, beside the one killed', () => {
    expect(
      drafted(
        'مقتل راع بلغم\n\nقال ناشطون إن راعياً قتل يوم الثلاثاء بانفجار لغم أرضي قرب بلدة اللطامنة بريف حماة، فيما أصيب رفيقاه بجروح متوسطة.',
        '2018-04-12',
      ),
    ).toEqual([{ from: '2018-04-10', killed: 1, wounded: 2 }]);
  });

  it('"أصيب زميلان": two colleagues wounded beside the one killed', () => {
    expect(
      drafted(
        'اغتيال ناشط\n\nاغتال مسلحون مجهولون ناشطاً مدنياً في حي الجمهورية وسط الموصل مساء الجمعة، فيما أصيب زميلان كانا برفقته.',
        '2021-05-08',
      ),
    ).toEqual([{ from: '2021-05-07', killed: 1, wounded: 2 }]);
  });
});
