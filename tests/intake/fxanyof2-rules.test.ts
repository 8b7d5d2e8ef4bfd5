// Rules from the fxanyof2 round (issue 12, a word list in a pattern is one group): what rules read
// through anyOf's old bare alternation they now say outright; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the same doers\' verb joined by "و" to a total over a span: one more thing done over it', () => {
  it('"حررت القوات منذ انطلاق العمليات 40 قرية، وقتلت 95 إرهابياً", then a blow of its own', () => {
    expect(
      ingested(
        'اليوم الخامس لعمليات الحويجة',
        [
          'أعلنت قيادة العمليات المشتركة، اليوم الثلاثاء، أن القوات حررت منذ انطلاق العمليات فجر الخميس الماضي 40 قرية في قضاء الحويجة، وقتلت 95 إرهابياً من عصابات داعش.',
          'وقال مصدر أمني إن جنديين قتلا وأصيب خمسة آخرون بانفجار عبوة ناسفة على دورية للجيش قرب الرياض جنوب غربي كركوك صباح اليوم.',
        ],
        '2017-09-26',
      ),
    ).toEqual([{ from: '2017-09-26', to: '2017-09-26', governorate: 'Kirkuk', killed: 2, wounded: 5 }]);
  });
});

describe('a whole spread over places by "بواقع" and a number: shares of a tally, not events', () => {
  it('"وتوزعت عمليات الاغتيال على ريف إدلب الجنوبي بواقع 22 عملية، وريف حلب الغربي بواقع 18 عملية"', () => {
    expect(
      ingested(
        'تقرير: 40 عملية اغتيال في إدلب خلال أيلول',
        [
          'أصدر فريق التوثيق، اليوم الأحد، تقريره الشهري عن شهر أيلول، وثق فيه 40 عملية ومحاولة اغتيال أسفرت عن مقتل 25 شخصاً وإصابة 60 آخرين.',
          'وتوزعت عمليات الاغتيال على ريف إدلب الجنوبي بواقع 22 عملية، وريف حلب الغربي بواقع 18 عملية.',
        ],
        '2023-10-01',
      ),
    ).toEqual([]);
  });
});

describe('"فارق أحدهما الحياة": one of those told before, not someone new', () => {
  it('two men killed by a sniper, then "الرجلين، وهما من سكان …، نُقلا إلى مشفى حيث فارق أحدهما الحياة"', () => {
    expect(
      ingested(
        'مقتل رجلين برصاص قناص في حلب',
        [
          'قضى رجلان من أبناء حي الشعار أمس برصاص قناص متمركز قرب دوار الحيدرية في مدينة حلب، أثناء عودتهما إلى منزليهما.',
          'وأضاف المصدر أن الرجلين، وهما من سكان شارع النيل، نُقلا إلى مشفى ميداني حيث فارق أحدهما الحياة فور وصوله، فيما توفي الآخر متأثراً بجراحه بعد ساعات.',
        ],
        '2014-03-12',
      ),
    ).toEqual([{ from: '2014-03-11', to: '2014-03-11', governorate: 'Aleppo', killed: 2, wounded: null }]);
  });
});
