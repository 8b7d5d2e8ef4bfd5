// Rules from the fxdates8 round (issue 12, the right place drafted on another day): a count of months
// from the news is months, and a month named after a count told with "after" wins; a count of days from a night told by one
// weekday counts from that weekday; a blow of another kind told in the pluperfect with an earlier day
// is no count before the toll rose; "الاثنين" after a dual with its pronoun is "the two"; a source's
// account with no word for what happened still gives an undated lead its day. Each on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a count of months from the news is months, not days (date-values.ts)', () => {
  it('"ويأتي الحادث بعد نحو شهر على اغتيال …", no month named: the month before, not the day before', () => {
    expect(
      ingested(
        'اغتيال موظف في الرمادي',
        [
          'قتل مسلحون مجهولون موظفاً في بلدية الرمادي أمام منزله مساء أمس الأحد.',
          'ويأتي الحادث بعد نحو شهر على اغتيال مهندس في قضاء هيت بعبوة لاصقة وضعت أسفل سيارته، ما أدى إلى مقتله.',
        ],
        '2021-09-13',
      ),
    ).toEqual([
      { from: '2021-09-12', to: '2021-09-12', governorate: 'Anbar', killed: 1, wounded: null },
      { from: '2021-08-01', to: '2021-08-31', governorate: 'Anbar', killed: 1, wounded: null },
    ]);
  });
});

describe('a month named after a count told with "after" dates the event told after it (counted-day.ts)', () => {
  it('"ويأتي الهجوم بعد أيام من هجوم مماثل … الشهر الماضي": the month named, not the days before the news', () => {
    expect(
      ingested(
        'هجوم على حافلة في ريف حمص',
        [
          'قتل خمسة عسكريين وأصيب ثمانية آخرون اليوم الأحد بهجوم على حافلة قرب مدينة تدمر في ريف حمص الشرقي.',
          'ويأتي الهجوم بعد أيام من هجوم مماثل على حافلة قرب مدينة السخنة الشهر الماضي، أسفر عن مقتل أربعة عسكريين.',
        ],
        '2022-04-03',
      ),
    ).toEqual([
      { from: '2022-04-03', to: '2022-04-03', governorate: 'Homs', killed: 5, wounded: 8 },
      { from: '2022-03-01', to: '2022-03-31', governorate: 'Homs', killed: 4, wounded: null },
    ]);
  });
});

describe('a count of days back from a night told by one weekday counts from that weekday (date-rules-relative.ts)', () => {
  it('"on Thursday night", then "The attack came three days after a bomb …": three days before the Thursday', () => {
    expect(
      ingested(
        'Gunmen kill village chief in Hasakah',
        [
          'Gunmen killed a village chief and wounded his brother near Shaddadi in southern Hasakah on Thursday night, local sources said on Friday.',
          'The attack came three days after a roadside bomb struck a military vehicle near the town of al-Hol, killing two soldiers.',
        ],
        '2023-06-16',
      ),
    ).toEqual([
      { from: '2023-06-15', to: '2023-06-16', governorate: 'Hasakah', killed: 1, wounded: 1 },
      { from: '2023-06-12', to: '2023-06-12', governorate: 'Hasakah', killed: 2, wounded: null },
    ]);
  });
});

describe('a blow of another kind told in the pluperfect with an earlier day is another event, not the count before the toll rose (earlier-count.ts)', () => {
  it('"ارتفعت حصيلة التفجير … إلى 11 قتيلاً", then "وكان مسلحون قد هاجموا يوم السبت الماضي حاجزاً … ما أسفر عن مقتل اثنين"', () => {
    expect(
      ingested(
        'ارتفاع حصيلة تفجير سوق الخالص',
        [
          'ارتفعت حصيلة التفجير بسيارة مفخخة الذي استهدف سوقاً شعبياً في قضاء الخالص بمحافظة ديالى، يوم أمس الأربعاء، إلى 11 قتيلاً و25 جريحاً، بحسب مصدر طبي.',
          'وكان مسلحون قد هاجموا يوم السبت الماضي حاجزاً للجيش على الطريق بين الخالص والمقدادية، ما أسفر عن مقتل اثنين من الجنود.',
        ],
        '2008-05-15',
      ),
    ).toEqual([
      { from: '2008-05-14', to: '2008-05-14', governorate: 'Diyala', killed: 11, wounded: 25 },
      { from: '2008-05-10', to: '2008-05-10', governorate: 'Diyala', killed: 2, wounded: null },
    ]);
  });
});

describe('"الاثنين" after a dual with its pronoun is "the two", not Monday (date-rules-relative.ts)', () => {
  it('"… وشقيقَيه الاثنين، … صباح اليوم الخميس": the day of the news', () => {
    expect(
      ingested(
        'مقتل تاجر وشقيقيه في ريف دير الزور',
        [
          'قتل مسلحون مجهولون تاجراً وأصابوا شقيقَيه الاثنين، إثر إطلاق النار على سيارتهم قرب بلدة الكسرة في ريف دير الزور الغربي، صباح اليوم الخميس.',
        ],
        '2021-02-11',
      ),
    ).toEqual([{ from: '2021-02-11', to: '2021-02-11', governorate: 'Deir ez-Zor', killed: 1, wounded: 2 }]);
  });
});

describe('a source’s account with no word for what happened still gives a lead dated by its report its day (incidents.ts, lead-pair.ts)', () => {
  it('"أفاد مصدر، اليوم الأربعاء، بسقوط خمسة بين قتيل وجريح في نزاع عشائري", then "وقال المصدر إن نزاعاً مسلحاً اندلع مساء أمس الثلاثاء"', () => {
    const drafted = ingested(
      'نزاع عشائري في ذي قار',
      [
        'أفاد مصدر أمني في محافظة ذي قار، اليوم الأربعاء، بسقوط خمسة أشخاص بين قتيل وجريح في نزاع عشائري شمالي مدينة الناصرية.',
        'وقال المصدر إن "نزاعاً مسلحاً اندلع مساء أمس الثلاثاء بين عشيرتين على خلفية خلاف على حصص المياه، ما أسفر عن سقوط خمسة ضحايا بين قتيل وجريح".',
      ],
      '2023-08-09',
    );
    expect(drafted.map(({ from, to, governorate }) => ({ from, to, governorate }))).toEqual([
      { from: '2023-08-08', to: '2023-08-08', governorate: 'Dhi Qar' },
    ]);
  });
});
