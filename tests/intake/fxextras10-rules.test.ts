// Rules from the fxextras10 round (issue 12, extra drafts): a second device found and defused, told
// with a pronoun for it; a count taken "of the total dead" of a report; a count told "also" after a
// month's total; and the body found that a toll rose by, told after "and"; each on sentences written
// for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a device named first, then defused with a pronoun for it: no event of its own', () => {
  it('"…وعثرت على عبوة ثانية معدة للتفجير قرب الموقع، فككتها فرق الهندسة"', () => {
    expect(
      ingested(
        'مقتل راعٍ بانفجار عبوة ناسفة في ريف الرقة',
        [
          'قتل راعٍ، صباح أمس الأحد، بانفجار عبوة ناسفة على طريق ترابي قرب بلدة الكرامة شرقي مدينة الرقة.',
          'وقال مصدر أمني إن دورية طوّقت المنطقة وعثرت على عبوة ثانية معدة للتفجير قرب الموقع، فككتها فرق الهندسة لاحقاً.',
        ],
        '2021-05-10',
      ),
    ).toEqual([{ from: '2021-05-09', to: '2021-05-09', governorate: 'Raqqa', killed: 1, wounded: null }]);
  });
});

describe('a count taken "of the total dead" a report told: a share of that total', () => {
  it('"وبحسب التقرير، قضى 12 شخصاً من إجمالي القتلى في عمليات اغتيال…", after a month\'s total', () => {
    expect(
      ingested(
        'توثيق مقتل 30 شخصاً في إدلب خلال شباط',
        [
          'وثّق مركز حقوقي مقتل ثلاثين شخصاً في محافظة إدلب خلال شهر شباط الماضي، وذلك في تقريره الشهري الصادر اليوم.',
          'وبحسب التقرير، قضى اثنا عشر شخصاً من إجمالي القتلى في عمليات اغتيال نفذها مجهولون بأسلحة رشاشة، فيما قتل الباقون في قصف متفرق.',
        ],
        '2022-03-02',
      ),
    ).toEqual([]);
  });
});

describe('a count told "also" after a total over a month, with no day, place or blow of its own', () => {
  it('"…مقتل 12 شخصاً خلال الشهر الماضي، وهم: …", then "كما أصيب 20 شخصاً بجروح مختلفة."', () => {
    expect(
      ingested(
        'خلال نيسان.. 12 قتيلاً في ريف حلب الشمالي',
        [
          'ووثّق المرصد خلال الشهر الماضي مقتل 12 شخصاً في مدن وبلدات ريف حلب الشمالي، وهم: 5 مدنيين و7 من المقاتلين. كما أصيب 20 شخصاً بجروح مختلفة.',
        ],
        '2022-05-02',
      ),
    ).toEqual([]);
  });
});

describe('the body found that a toll rose by, told after "and": no event of its own', () => {
  it('"ارتفعت حصيلة … إلى تسعة قتلى بعد وفاة اثنين من الجرحى، والعثور على جثة ثالث صباح اليوم"', () => {
    expect(
      ingested(
        'ارتفاع حصيلة تفجير إعزاز إلى تسعة قتلى',
        [
          'ارتفعت حصيلة ضحايا تفجير الدراجة المفخخة في سوق مدينة إعزاز بريف حلب الشمالي مساء أمس الخميس إلى تسعة قتلى، بعد وفاة اثنين من الجرحى خلال الليل، والعثور على جثة ثالث تحت الأنقاض صباح اليوم.',
        ],
        '2022-06-10',
      ),
    ).toEqual([{ from: '2022-06-09', to: '2022-06-09', governorate: 'Aleppo', killed: 9, wounded: null }]);
  });
});
