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

describe('what a sentence told, then "but" and a denial that any such event took place: denied', () => {
  it('"…agency said a car bomber had killed 15 soldiers …, but an army official denied that any such attack had taken place"', () => {
    expect(
      ingested(
        'Militants attack army post near Deir ez-Zor',
        [
          'Militants killed two soldiers at an army post near the city of Deir ez-Zor on Monday, a military source said.',
          "The group's news agency said a car bomber had killed 15 soldiers at a second post on the city's edge, but an army official denied that any such attack had taken place.",
        ],
        '2018-03-06',
      ),
    ).toEqual([
      { from: '2018-03-05', to: '2018-03-05', governorate: 'Deir ez-Zor', killed: 2, wounded: null },
    ]);
  });
});

describe('blows told as the doer, the day they are counted since before the verb: a total', () => {
  it('"…said on Friday that air strikes since Tuesday have killed 14 civilians across northern Syria"', () => {
    expect(
      ingested(
        'Drone strike kills three in Qamishli',
        [
          'A drone strike killed three people in a car near the city of Qamishli in Hasakah province on Thursday, local officials said.',
          'The local administration said that air strikes since Tuesday have killed 14 civilians across northern Syria.',
        ],
        '2021-08-06',
      ),
    ).toEqual([{ from: '2021-08-05', to: '2021-08-05', governorate: 'Hasakah', killed: 3, wounded: null }]);
  });
});

describe("a funeral that names the dead it buried after a day of its own: the burial's day, not the killing's", () => {
  it('"Mourners on Saturday buried the victims of a bombing…", then "The bomb went off on Thursday evening…"', () => {
    expect(
      ingested(
        'Hundreds bury victims of Jarablus bombing',
        [
          'Hundreds of mourners on Saturday buried the victims of a car bombing at a market in the town of Jarablus, as the death toll rose to six.',
          'The bomb went off at the market in Jarablus on Thursday evening, killing five people and wounding 11, according to local medics.',
        ],
        '2021-10-09',
      ),
    ).toEqual([{ from: '2021-10-07', to: '2021-10-07', governorate: 'Aleppo', killed: 6, wounded: 11 }]);
  });
});
