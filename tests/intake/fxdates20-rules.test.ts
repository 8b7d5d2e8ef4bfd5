// Rules from the fxdates20 round (issue 12, dates): the day a truce took effect, named in a lead to
// say the violence went on in spite of it, is no item's day; a risen toll reported on a day, told
// again by its source with the day of the deed, takes that day. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the day a truce took effect is not the day of the violence told in spite of it', () => {
  it('"despite a truce that was due to take effect on Monday", then undated items: the news’ day', () => {
    expect(
      ingested(
        'Shelling goes on in Idlib despite truce',
        [
          'At least nine people were killed in fresh violence in northwestern Syria, despite a truce brokered by Moscow and Ankara that was due to take effect on Monday.',
          'In Maarat al-Numan, government rockets killed five civilians.',
          'In Saraqib, an air strike killed four people.',
        ],
        '2020-03-05',
      ),
    ).toEqual([
      { from: '2020-03-05', to: '2020-03-05', governorate: 'Idlib', killed: 5, wounded: null },
      { from: '2020-03-05', to: '2020-03-05', governorate: 'Idlib', killed: 4, wounded: null },
    ]);
  });

  it('"رغم الهدنة التي بدأ سريانها يوم الجمعة", then undated items: the news’ day', () => {
    expect(
      ingested(
        'قتلى بقصف على ريف حماة',
        [
          'تواصل القصف على ريف حماة الشمالي رغم الهدنة التي بدأ سريانها يوم الجمعة.',
          'وقصفت قوات النظام بلدة كفرزيتا بالمدفعية الثقيلة، ما أدى إلى مقتل ستة مدنيين.',
          'كما قتل طفلان بغارة جوية على بلدة اللطامنة.',
        ],
        '2019-08-06',
      ),
    ).toEqual([
      { from: '2019-08-06', to: '2019-08-06', governorate: 'Hama', killed: 6, wounded: null },
      { from: '2019-08-06', to: '2019-08-06', governorate: 'Hama', killed: 2, wounded: null },
    ]);
  });
});

describe('a risen toll reported on a day, told again by its source with the deed’s day: that day', () => {
  it('"أفاد مصدر، الخميس، بارتفاع حصيلة التفجير إلى تسعة قتلى", then "…انفجرت مساء أمس الأربعاء … ارتفعت إلى تسعة"', () => {
    expect(
      ingested(
        'ارتفاع حصيلة تفجير سوق في بعقوبة',
        [
          'أفاد مصدر في شرطة محافظة ديالى، الخميس، بارتفاع حصيلة تفجير العبوة الناسفة في سوق شعبي وسط مدينة بعقوبة إلى تسعة قتلى و20 جريحاً.',
          'وقال المصدر إن "عبوة ناسفة موضوعة قرب بسطة خضار انفجرت مساء أمس الأربعاء، ما أسفر بحصيلة أولية عن مقتل خمسة أشخاص"، مبيناً أن "الحصيلة ارتفعت إلى تسعة قتلى و20 جريحاً".',
        ],
        '2013-09-12',
      ),
    ).toEqual([{ from: '2013-09-11', to: '2013-09-11', governorate: 'Diyala', killed: 9, wounded: 20 }]);
  });
});

describe('a feast of the Gregorian year is its fixed day, the last one before the news', () => {
  it('"killed in a rocket attack … on New Year\'s Eve", told in January: 31 December of the year before', () => {
    expect(
      ingested(
        'Two soldiers killed in rocket attack on Anbar base',
        [
          'Iraqi military officials said on Thursday that two soldiers were killed and five wounded in a rocket attack on an army base near Ramadi on New Year’s Eve.',
        ],
        '2019-01-03',
      ),
    ).toEqual([{ from: '2018-12-31', to: '2018-12-31', governorate: 'Anbar', killed: 2, wounded: 5 }]);
  });

  it('"ليلة رأس السنة": the night from 31 December to 1 January', () => {
    expect(
      ingested(
        'مقتل شرطي بهجوم في كركوك',
        ['قتل شرطي وأصيب اثنان آخران بهجوم مسلح على نقطة تفتيش جنوبي مدينة كركوك ليلة رأس السنة.'],
        '2017-01-02',
      ),
    ).toEqual([{ from: '2016-12-31', to: '2017-01-01', governorate: 'Kirkuk', killed: 1, wounded: 2 }]);
  });
});
