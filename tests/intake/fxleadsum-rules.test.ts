// Rules from the fxleadsum round (issue 12, a lead or day total that sums the items, and period
// totals): a lead told of blows on several places of one kind, its first item at a spot the gazetteer
// does not know, a count risen over a campaign or since it resumed, and a whole toll shared out among
// places; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a lead told of blows on several quarters sums the items told after it', () => {
  it('"on several neighbourhoods", then a source\'s count below the lead\'s at an unnamed spot: its first item', () => {
    expect(
      ingested(
        'Barrel bombs kill 20 in Aleppo',
        [
          'Barrel bombs dropped by government helicopters on several neighbourhoods of Aleppo killed 20 people on Sunday, a monitor said.',
          'Activists said two barrel bombs hit a crowded market in the Sakhour district, killing 12 people and wounding more than 30.',
          'In Shaar, eight people were killed when a barrel bomb struck a residential building.',
        ],
        '2014-02-09',
      ),
    ).toEqual([
      { from: '2014-02-09', to: '2014-02-09', governorate: 'Aleppo', killed: 12, wounded: 30 },
      { from: '2014-02-09', to: '2014-02-09', governorate: 'Aleppo', killed: 8, wounded: null },
    ]);
  });

  it('"على أحياء عدة", then a source\'s count below the lead\'s at a quarter the gazetteer lacks: its first item', () => {
    expect(
      ingested(
        'غارات على أحياء إدلب',
        [
          'قتل 15 مدنياً، وجرح العشرات، اليوم الأحد، في غارات جوية شنتها طائرات حربية على أحياء عدة في مدينة إدلب.',
          'وقال ناشطون إن غارتين استهدفتا سوقاً شعبياً في حي الضبيط، ما أسفر عن مقتل ثمانية أشخاص وإصابة أكثر من عشرين.',
          'وفي حي القصور، قتل أربعة مدنيين بغارة على مبنى سكني.',
          'كما قتل ثلاثة مدنيين في حي الثورة.',
        ],
        '2016-05-08',
      ),
    ).toEqual([
      { from: '2016-05-08', to: '2016-05-08', governorate: 'Idlib', killed: 8, wounded: 20 },
      { from: '2016-05-08', to: '2016-05-08', governorate: 'Idlib', killed: 4, wounded: null },
      { from: '2016-05-08', to: '2016-05-08', governorate: 'Idlib', killed: 3, wounded: null },
    ]);
  });
});

describe('a count risen over a campaign, or since it resumed, is no event', () => {
  it('"ويرتفع بذلك عدد قتلى الحملة … إلى": the day\'s blow only', () => {
    expect(
      ingested(
        'غارة على معرة النعمان',
        [
          'قتل سبعة مدنيين، اليوم الخميس، بغارة جوية على سوق في مدينة معرة النعمان بريف إدلب.',
          'ويرتفع بذلك عدد قتلى الحملة الجوية التي بدأت في العاشر من الشهر الجاري إلى 215 قتيلاً.',
        ],
        '2019-05-23',
      ),
    ).toEqual([{ from: '2019-05-23', to: '2019-05-23', governorate: 'Idlib', killed: 7, wounded: null }]);
  });

  it('"ارتفع عدد القتلى … منذ استئناف القصف": the day\'s blow keeps its own toll', () => {
    expect(
      ingested(
        'قصف على دوما',
        [
          'قتل ثلاثة مدنيين وأصيب تسعة آخرون، اليوم السبت، بقصف مدفعي على مدينة دوما في الغوطة الشرقية.',
          'وبحسب ناشطين، ارتفع عدد القتلى المدنيين في المدينة إلى 64 منذ استئناف القصف يوم الأحد الماضي.',
        ],
        '2017-11-18',
      ),
    ).toEqual([{ from: '2017-11-18', to: '2017-11-18', governorate: 'Rif Dimashq', killed: 3, wounded: 9 }]);
  });
});

describe('a whole toll shared out among places, the rest told as what is left: no incidents', () => {
  it('"60 in Hama, 25 in Homs, 14 in Idlib, and the rest in …": the items told after it only', () => {
    expect(
      ingested(
        'Monitor: 120 killed across Syria',
        [
          'The monitoring group said 120 people were killed across Syria on Wednesday.',
          'According to the group, 60 were killed in Hama, 25 in Homs, 14 in Idlib, and the rest in Daraa and Quneitra.',
          'In the town of Kafr Zita, an air strike on a bakery killed 11 people.',
          'In Homs, shelling killed four people in the Khalidiya district.',
        ],
        '2013-07-03',
      ),
    ).toEqual([
      { from: '2013-07-03', to: '2013-07-03', governorate: 'Hama', killed: 11, wounded: null },
      { from: '2013-07-03', to: '2013-07-03', governorate: 'Homs', killed: 4, wounded: null },
    ]);
  });

  it('"، و40 في حماة، و22 في إدلب، فيما توزع الباقون على …": the items told after it only', () => {
    expect(
      ingested(
        'اللجان: 130 شهيداً في سوريا اليوم',
        [
          'وثقت لجان التنسيق المحلية سقوط 130 شهيداً برصاص وقصف قوات النظام اليوم الاثنين.',
          'وبحسب اللجان فإن 50 شهيداً سقطوا في حمص، و40 في حماة، و22 في إدلب، فيما توزع الباقون على محافظتي درعا والرقة.',
          'وفي مدينة الرستن، قتل عشرة أشخاص بقصف مدفعي على حي سكني.',
        ],
        '2012-08-13',
      ),
    ).toEqual([{ from: '2012-08-13', to: '2012-08-13', governorate: 'Homs', killed: 10, wounded: null }]);
  });
});

describe('a roundup told over the past 48 hours: its items carry the two days before the report too', () => {
  it('"in the past 48 hours", then items with no day of their own', () => {
    expect(
      ingested(
        'Iraq roundup: 7 killed',
        [
          'At least seven people were killed in the past 48 hours in northern Iraq:',
          'In Mosul, gunmen killed three policemen at a checkpoint.',
          'A roadside bomb killed four soldiers near Tal Afar.',
        ],
        '2019-10-15',
      ),
    ).toEqual([
      { from: '2019-10-13', to: '2019-10-15', governorate: 'Nineveh', killed: 3, wounded: null },
      { from: '2019-10-13', to: '2019-10-15', governorate: 'Nineveh', killed: 4, wounded: null },
    ]);
  });

  it('"خلال الـ48 ساعة الماضية", then items with no day of their own', () => {
    expect(
      ingested(
        'حصيلة يومين من العنف في نينوى',
        [
          'قتل سبعة أشخاص خلال الـ48 ساعة الماضية في محافظة نينوى.',
          'ففي الموصل، قتل مسلحون ثلاثة من عناصر الشرطة عند نقطة تفتيش.',
          'وفي تلعفر، قتل أربعة جنود بانفجار عبوة ناسفة.',
        ],
        '2019-10-15',
      ),
    ).toEqual([
      { from: '2019-10-13', to: '2019-10-15', governorate: 'Nineveh', killed: 3, wounded: null },
      { from: '2019-10-13', to: '2019-10-15', governorate: 'Nineveh', killed: 4, wounded: null },
    ]);
  });
});

describe("the dead counted between a day of a month and a later time: a span's toll, no event", () => {
  it('"912 people died between Jan. 31, when …, and Thursday": the day\'s blow only', () => {
    expect(
      ingested(
        'Monitor: 900 killed since talks',
        [
          'Government shelling killed five people in the town of Douma near Damascus on Friday, activists said.',
          'The monitor said 912 people died between Jan. 31, when the first round of talks ended, and Thursday.',
        ],
        '2014-02-07',
      ),
    ).toEqual([
      { from: '2014-02-07', to: '2014-02-07', governorate: 'Rif Dimashq', killed: 5, wounded: null },
    ]);
  });

  it('"قتلوا في الفترة ما بين 31 كانون الثاني و…": the day\'s blow only', () => {
    expect(
      ingested(
        'قصف على دوما',
        [
          'قتل خمسة أشخاص بقصف مدفعي على مدينة دوما في ريف دمشق اليوم الجمعة.',
          'وقال المرصد إن 912 شخصاً قتلوا في الفترة ما بين 31 كانون الثاني ويوم أمس الخميس.',
        ],
        '2014-02-07',
      ),
    ).toEqual([
      { from: '2014-02-07', to: '2014-02-07', governorate: 'Rif Dimashq', killed: 5, wounded: null },
    ]);
  });
});
