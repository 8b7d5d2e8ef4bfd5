// Rules from the fxcounts14 round (issue 12, casualty counts of matched incidents): the count after a
// joined verb of another fate (caught, fled) is not the dead's; the other side's dead of a fight,
// told by a teller after "while", are the fight's toll too, not a second source's count of it; each
// on sentences written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';

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

describe('the other side’s dead of a fight, told by a teller after "while": the fight’s toll', () => {
  it('"قتل فيها ثلاثة من مقاتلي الفصائل، فيما أكد ناشطون مقتل خمسة عناصر من قوات النظام"', () => {
    expect(
      tolls(
        [
          'وفي ريف إدلب، دارت اشتباكات عنيفة بين الفصائل المعارضة وقوات النظام قرب بلدة سراقب، قتل فيها ثلاثة من مقاتلي الفصائل، فيما أكد ناشطون مقتل خمسة عناصر من قوات النظام.',
        ],
        'ar',
        '2013-04-02',
      ),
    ).toEqual([{ killed: 8, wounded: null }]);
  });
});
