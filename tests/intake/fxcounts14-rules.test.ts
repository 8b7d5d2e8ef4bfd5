// Rules from the fxcounts14 round (issue 12, casualty counts of matched incidents): the count after a
// joined verb of another fate (caught, fled) is not the dead's; the
// wounded joined by "و" to the dead, some still in care, are counted all the same; a count and the
// relative pronoun before its verb; a funeral's town is not where its dead fell; "أحد عشر" is
// eleven, no one of a group; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents, tolls } from '../support/tolls.js';

describe('a count after a joined verb of another fate: the caught or the fled, not the dead', () => {
  it('"أن أربعة مسلحين قتلوا واعتقل سبعة آخرون في اشتباك مع قوة أمنية"', () => {
    expect(
      tolls(
        [
          'وفي كركوك، قالت الشرطة إن أربعة مسلحين قتلوا واعتقل سبعة آخرون في اشتباك مع قوة أمنية جنوبي المدينة اليوم.',
        ],
        'ar',
        '2008-02-11',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
  it('"قتل جنديان وفر ثلاثة آخرون بعد الهجوم"', () => {
    expect(
      tolls(
        [
          'وفي الأنبار، أفاد مصدر أمني بأن جنديين اثنين قتلا وفر ثلاثة آخرون بعد هجوم على نقطة تفتيش في الرمادي مساء أمس.',
        ],
        'ar',
        '2008-02-11',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe('the wounded joined by "و" to the dead, some of them still in care: counted all the same', () => {
  it('"ما أدى إلى استشهاد اثنين وإصابة خمسة آخرين ما زال ثلاثة منهم يتلقون العلاج"', () => {
    expect(
      tolls(
        [
          'وقال مصدر في الشرطة إن عبوة ناسفة انفجرت على دورية في قضاء الطارمية شمالي بغداد، ما أدى إلى استشهاد اثنين من المنتسبين وإصابة خمسة آخرين ما زال ثلاثة منهم يتلقون العلاج.',
        ],
        'ar',
        '2016-05-03',
      ),
    ).toEqual([{ killed: 2, wounded: 5 }]);
  });
});

describe("a count, its partitive and the relative pronoun before the verb: the verb's subject", () => {
  it('"جثامين خمسة من منتسبي الشرطة الاتحادية الذين قتلوا بهجوم"', () => {
    expect(
      tolls(
        ['وصلت إلى مدينة الكوت جثامين خمسة من منتسبي الشرطة الاتحادية الذين قتلوا بهجوم على نقطة تفتيش أمس.'],
        'ar',
        '2015-09-20',
      ),
    ).toEqual([{ killed: 5, wounded: null }]);
  });
});

describe("a funeral that names its dead: its town is the burial's, the killing is where the words after place it", () => {
  it('"شيّع أهالي ناحية الإسكندرية في بابل اليوم جثامين أربعة … قتلوا … قرب بيجي"', () => {
    expect(
      incidents(
        [
          'شيّع أهالي ناحية الإسكندرية في بابل اليوم جثامين أربعة من مقاتلي الحشد الذين قتلوا بهجوم لداعش مساء أمس قرب بيجي.',
        ],
        'ar',
        '2016-03-08',
      ),
    ).toEqual([
      { from: '2016-03-07', to: '2016-03-07', governorate: 'Salahuddin', killed: 4, wounded: null },
    ]);
  });
});

describe('"أحد عشر", "إحدى عشرة": eleven, no one of a group', () => {
  it('"أسفر عن مقتل أحد عشر جندياً وإصابة آخرين": no one wounded counted', () => {
    expect(
      tolls(
        [
          'وأفاد المرصد بأن هجوماً على موقع للجيش قرب مدينة تدمر أسفر عن مقتل أحد عشر جندياً وإصابة آخرين اليوم.',
        ],
        'ar',
        '2017-05-02',
      ),
    ).toEqual([{ killed: 11, wounded: null }]);
  });
});
