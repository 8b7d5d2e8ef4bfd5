// Rules from the fxdates6 round (issue 12, the day of an event told with a night, "last week", a count
// from another event, or a cause told after "after"): each on sentences written for it, read through
// the public ingest.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"سيطرة" after "الذي استهدف" is a checkpoint, not a place taken: the night told after it dates the attack (place-history-date.ts)', () => {
  it('"الهجوم الذي استهدف سيطرة أمنية … ليلة الأحد على الاثنين": the night between', () => {
    expect(
      ingested(
        'حصيلة نهائية لهجوم على سيطرة في ديالى',
        [
          'أعلنت قيادة شرطة ديالى، اليوم الثلاثاء، حصيلة الهجوم المسلح الذي استهدف سيطرة أمنية شمالي قضاء المقدادية ليلة الأحد على الاثنين.',
          'وقال مصدر في القيادة إن "الهجوم أسفر عن استشهاد ستة من المنتسبين وإصابة تسعة آخرين".',
        ],
        '2019-03-12',
      ),
    ).toEqual([{ from: '2019-03-10', to: '2019-03-11', governorate: 'Diyala', killed: 6, wounded: 9 }]);
  });
});

describe('a night between two weekdays "من الأسبوع الماضي" / "last week" lies in the week before the news (date-rules-nights.ts)', () => {
  it('"ليلة الاثنين – الثلاثاء من الأسبوع الماضي", with an en dash', () => {
    expect(
      ingested(
        'اعتقالات بعد تفجير في الميادين',
        [
          'اعتقل مسلحون مجهولون صباح اليوم الجمعة ستة شبان في مدينة الميادين بريف دير الزور.',
          'وكانت عبوة ناسفة قد انفجرت ليلة الاثنين – الثلاثاء من الأسبوع الماضي قرب مقر أمني في المدينة، ما أدى إلى مقتل اثنين من عناصره.',
        ],
        '2017-05-12',
      ).filter((x) => x.killed !== null),
    ).toEqual([
      { from: '2017-05-01', to: '2017-05-02', governorate: 'Deir ez-Zor', killed: 2, wounded: null },
    ]);
  });

  it('"the night of Monday to Tuesday last week"', () => {
    expect(
      ingested(
        'Bomb kills three in Tikrit',
        [
          'A roadside bomb killed three policemen near Tikrit in Salahuddin province on the night of Monday to Tuesday last week, police said on Thursday.',
        ],
        '2016-11-17',
        'en',
      ),
    ).toEqual([
      { from: '2016-11-07', to: '2016-11-08', governorate: 'Salahuddin', killed: 3, wounded: null },
    ]);
  });
});

describe('a day the clause names after a count from another event wins over the count (counted-day.ts)', () => {
  it('"came three days after … on Tuesday": the Tuesday, not three days before a lead of last week', () => {
    expect(
      ingested(
        'Rockets hit base near Baghdad',
        [
          'Militants fired rockets at a base near Baghdad last week, killing two soldiers, officials said on Monday.',
          'The rockets came three days after a car bomb exploded near a market in Kirkuk on Tuesday, killing five civilians.',
        ],
        '2018-04-16',
        'en',
      ),
    ).toEqual([
      { from: '2018-04-09', to: '2018-04-15', governorate: 'Baghdad', killed: 2, wounded: null },
      { from: '2018-04-10', to: '2018-04-10', governorate: 'Kirkuk', killed: 5, wounded: null },
    ]);
  });

  it('"comes twelve days after … on March 3": the date written, not a day counted', () => {
    expect(
      ingested(
        'Troops kill militants near Hawija',
        [
          'Iraqi troops killed six militants in an overnight raid near Hawija in Kirkuk province, the army said on Friday.',
          'The raid comes 12 days after militants attacked a checkpoint near Hawija on March 3, killing two soldiers.',
        ],
        '2023-03-17',
        'en',
      ),
    ).toEqual([
      { from: '2023-03-16', to: '2023-03-17', governorate: 'Kirkuk', killed: 6, wounded: null },
      { from: '2023-03-03', to: '2023-03-03', governorate: 'Kirkuk', killed: 2, wounded: null },
    ]);
  });
});

describe('"وتأتي هذه … بعد يومين من" counts back from the day the news came to, the last day of its night (date-rules-relative.ts)', () => {
  it('strikes "ليلة الجمعة على السبت", then "وتأتي الضربات بعد يومين من هجوم": two days before the Saturday', () => {
    expect(
      ingested(
        'ضربات جوية على أوكار داعش في كركوك',
        [
          'أعلنت خلية الإعلام الأمني، اليوم السبت، أن طائرات القوة الجوية قصفت ليلة الجمعة على السبت أوكاراً لداعش جنوبي كركوك، ما أسفر عن مقتل سبعة من عناصره.',
          'وتأتي الضربات بعد يومين من هجوم شنه مسلحو التنظيم على نقطة للجيش قرب قضاء الحويجة، أسفر عن استشهاد جنديين.',
        ],
        '2021-06-12',
      ),
    ).toEqual([
      { from: '2021-06-11', to: '2021-06-12', governorate: 'Kirkuk', killed: 7, wounded: null },
      { from: '2021-06-10', to: '2021-06-10', governorate: 'Kirkuk', killed: 2, wounded: null },
    ]);
  });
});

describe('a day told in a clause opened by "after" is the cause\'s, not the day the clause told first (after-cause-day.ts)', () => {
  it('"struck … overnight, after a drone was launched … on Sunday": the night, not the Sunday', () => {
    expect(
      ingested(
        'Strikes near Deir ez-Zor',
        [
          'US aircraft struck militia depots near Albu Kamal in Deir ez-Zor overnight, killing five fighters, after a drone was launched at a US base on Sunday, the Pentagon said on Monday.',
        ],
        '2022-08-22',
        'en',
      ),
    ).toEqual([
      { from: '2022-08-21', to: '2022-08-22', governorate: 'Deir ez-Zor', killed: 5, wounded: null },
    ]);
  });
});
