// Rules from the fxdates7 round (issue 12, the right place drafted on another day): a count of days
// in any number word ("بعد تسعة أيام على"), an item of a roundup told in a paragraph of its own after
// an item of another day, an event known by a report given before the news, and the night of the
// feast ("ليلة العيد") but not another feast named with a bare "عيد"; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a count of days in any number word: the background blow so many days before the news', () => {
  it('"ويأتي القصف بعد تسعة أيام على غارة … أسفرت عن مقتل ثلاثة"', () => {
    expect(
      ingested(
        'غارة على موقع للجيش في ريف درعا',
        [
          'قتل جنديان بغارة بطائرة مسيرة استهدفت صباح اليوم موقعاً للجيش قرب مدينة نوى بريف درعا الغربي.',
          'ويأتي القصف بعد تسعة أيام على غارة مماثلة استهدفت موقعاً قرب مدينة الصنمين في ريف درعا الشمالي، أسفرت عن مقتل ثلاثة جنود.',
        ],
        '2022-05-20',
      ),
    ).toEqual([
      { from: '2022-05-20', to: '2022-05-20', governorate: 'Daraa', killed: 2, wounded: null },
      { from: '2022-05-11', to: '2022-05-11', governorate: 'Daraa', killed: 3, wounded: null },
    ]);
  });
});

describe('an undated item told in a paragraph of its own, after an item of another day: the news day', () => {
  it('"In Kirkuk, a roadside bomb killed …" after bodies "found Sunday", under a lead of Monday', () => {
    expect(
      ingested(
        'Gunmen attack checkpoint in Tikrit',
        [
          'Gunmen attacked an army checkpoint near Tikrit on Monday, killing three soldiers, an army officer said.',
          'In a separate incident, the bodies of four men were found Sunday in an orchard south of Baquba, police said.',
          'In Kirkuk, a roadside bomb struck a police patrol, killing two policemen and wounding three, police said.',
        ],
        '2007-03-12',
      ),
    ).toEqual([
      { from: '2007-03-12', to: '2007-03-12', governorate: 'Salahuddin', killed: 3, wounded: null },
      { from: '2007-03-11', to: '2007-03-11', governorate: 'Diyala', killed: 4, wounded: null },
      { from: '2007-03-12', to: '2007-03-12', governorate: 'Kirkuk', killed: 2, wounded: 3 },
    ]);
  });

  it('"وفي الموصل، قتل …" after an attack "مساء أمس", under a lead of today', () => {
    expect(
      ingested(
        'هجمات متفرقة في العراق',
        [
          'قتل ثلاثة من عناصر الشرطة صباح اليوم الثلاثاء بهجوم مسلح على نقطة تفتيش في قضاء الحويجة غرب كركوك، بحسب مصدر أمني.',
          'وفي ديالى، قتل مسلحون مجهولون مزارعاً في قرية قرب بعقوبة مساء أمس الاثنين.',
          'وفي الموصل، قتل جنديان بانفجار عبوة ناسفة على دوريتهما في الجانب الأيسر من المدينة، وفق مصدر عسكري.',
        ],
        '2017-10-17',
      ),
    ).toEqual([
      { from: '2017-10-17', to: '2017-10-17', governorate: 'Kirkuk', killed: 3, wounded: null },
      { from: '2017-10-16', to: '2017-10-16', governorate: 'Diyala', killed: 1, wounded: null },
      { from: '2017-10-17', to: '2017-10-17', governorate: 'Nineveh', killed: 2, wounded: null },
    ]);
  });
});

describe('an event known only by a report given before the news: by that report’s day', () => {
  it('"ونشر المرصد يوم أمس أن قوات النظام قصفت … ما أدى لإصابة ثلاثة"', () => {
    expect(
      ingested(
        'قصف على ريف إدلب',
        [
          'قتل طفلان صباح اليوم بقصف مدفعي لقوات النظام على بلدة كفرنبل في ريف إدلب الجنوبي.',
          'ونشر المرصد يوم أمس أن قوات النظام قصفت بلدة معرة حرمة، ما أدى لإصابة ثلاثة مواطنين.',
        ],
        '2019-07-10',
      ),
    ).toEqual([
      { from: '2019-07-10', to: '2019-07-10', governorate: 'Idlib', killed: 2, wounded: null },
      { from: '2019-07-08', to: '2019-07-09', governorate: 'Idlib', killed: null, wounded: 3 },
    ]);
  });
});

describe('"ليلة العيد": the night from the eve of the feast into its first day', () => {
  it('"وفي ليلة العيد، قتل عنصر …" in an article of the feast’s second day', () => {
    expect(
      ingested(
        'تفجير في سوق منبج',
        [
          'قتل مدنيان وأصيب خمسة آخرون صباح اليوم، ثاني أيام عيد الأضحى، بانفجار عبوة ناسفة في سوق مدينة منبج بريف حلب الشرقي.',
          'وفي ليلة العيد، قتل عنصر من الشرطة المحلية برصاص مسلحين مجهولين على طريق قرب بلدة الباب.',
        ],
        '2020-08-01',
      ),
    ).toEqual([
      { from: '2020-08-01', to: '2020-08-01', governorate: 'Aleppo', killed: 2, wounded: 5 },
      { from: '2020-07-30', to: '2020-07-31', governorate: 'Aleppo', killed: 1, wounded: null },
    ]);
  });
});

describe('"عيد" bare of the article with another name: another feast, not Eid', () => {
  it('"ليلة عيد الميلاد، مساء الخميس": the weekday dates it, not the eve of the last Eid', () => {
    expect(
      ingested(
        'هجوم على كنيسة في الحسكة',
        [
          'أصيب ثلاثة مدنيين صباح اليوم السبت بانفجار عبوة ناسفة قرب كنيسة في مدينة الحسكة.',
          'وفي ليلة عيد الميلاد، مساء الخميس، قتل عنصر من الشرطة المحلية برصاص مسلحين قرب بلدة تل تمر.',
        ],
        '2020-12-26',
      ),
    ).toEqual([
      { from: '2020-12-26', to: '2020-12-26', governorate: 'Hasakah', killed: null, wounded: 3 },
      { from: '2020-12-24', to: '2020-12-24', governorate: 'Hasakah', killed: 1, wounded: null },
    ]);
  });
});
