// Rules from the fxperiod round (issue 12, totals over a period or an area drafted as one place's
// incident): dead counted in blows in the plural over many places or a week or more, a province's
// share of a span's count, a weekly report's count "during the week", and an offensive told by its
// start; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('dead counted in blows in the plural over many places or a week are their sum, a figure', () => {
  it('"قتلوا أمس في هجمات متفرقة في بغداد وعدد من المحافظات": the day\'s countrywide toll, no Baghdad incident', () => {
    expect(
      ingested(
        'انفجار في كربلاء',
        [
          'وفي كربلاء، أصيب أربعة من الزوار اليوم الأربعاء بانفجار عبوة ناسفة قرب موكب.',
          'وكان 27 شخصاً قد قتلوا أمس الثلاثاء في هجمات متفرقة في بغداد وعدد من المحافظات.',
        ],
        '2013-05-15',
      ),
    ).toEqual([{ from: '2013-05-15', to: '2013-05-15', governorate: 'Karbala', killed: null, wounded: 4 }]);
  });

  it('"وقضى N آخرون في حوادث … في محافظتي X وY": dead of incidents in the plural over two provinces', () => {
    expect(
      ingested(
        'حصيلة شهرية',
        [
          'وقتل طفلان اليوم الخميس بانفجار لغم في بلدة تلبيسة بريف حمص.',
          'ووثق المرصد مقتل ثمانية أشخاص تحت التعذيب، وقضى 14 آخرون في حوادث قتل وثأر عشائري في محافظتي حمص وحماة.',
        ],
        '2021-06-03',
      ),
    ).toEqual([{ from: '2021-06-03', to: '2021-06-03', governorate: 'Homs', killed: 2, wounded: null }]);
  });

  it('"had killed N militants and detained M in operations across four provinces": a ministry\'s review', () => {
    expect(
      ingested(
        'Bomb wounds two in Kirkuk',
        [
          'A roadside bomb wounded two farmers in Kirkuk on Monday, police said.',
          'On Sunday, the ministry said its forces had killed 21 militants and detained 40 in operations across four provinces in August.',
        ],
        '2021-09-07',
      ),
    ).toEqual([{ from: '2021-09-06', to: '2021-09-06', governorate: 'Kirkuk', killed: null, wounded: 2 }]);
  });
});

describe("a governorate's figure after a span's total is its share of that count", () => {
  it('"Figures for Nineveh, where …, showed N killed": no incident in Nineveh', () => {
    expect(
      ingested(
        'Monthly toll',
        [
          'At least 640 Iraqis were killed in acts of violence in March, the mission said on Wednesday.',
          'Diyala was the worst hit province, with 120 civilians killed, followed by Kirkuk with 60.',
          'Figures for Nineveh, where most of the fighting took place, were given by the local health office, which counted 210 civilians killed and 400 wounded.',
        ],
        '2015-04-08',
      ),
    ).toEqual([]);
  });
});

describe('a count "during the week" is a weekly total', () => {
  it('"ووثقت الشبكة مقتل N مدنياً في ريف X خلال الأسبوع": the items stay, the week\'s count does not', () => {
    expect(
      ingested(
        'حصاد الأسبوع',
        [
          'الخميس: قتل ثلاثة مدنيين بقصف مدفعي على بلدة معرة النعمان.',
          'ووثقت الشبكة مقتل 17 مدنياً في ريف إدلب خلال الأسبوع.',
        ],
        '2019-07-08',
      ),
    ).toEqual([{ from: '2019-07-04', to: '2019-07-04', governorate: 'Idlib', killed: 3, wounded: null }]);
  });
});

describe("an offensive told by its start, with no toll, is the news's setting", () => {
  it('"the focus of an offensive launched earlier this month": no incident', () => {
    expect(
      ingested(
        'Blast in Kirkuk',
        [
          'A car bomb killed four people in Kirkuk on Friday, police said.',
          'Hawija has been the target of an army offensive launched earlier this month against militants.',
        ],
        '2016-10-14',
      ),
    ).toEqual([{ from: '2016-10-14', to: '2016-10-14', governorate: 'Kirkuk', killed: 4, wounded: null }]);
  });
});
