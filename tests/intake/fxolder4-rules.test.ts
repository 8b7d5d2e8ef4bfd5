// Rules from the fxolder4 round (issue 12, old events retold): an anniversary that dates the old
// event it remembers after naming it — the day of the remembrance is not the event's, and the toll
// told after it with no day of its own is of that old day; a weekday joined to the calendar date
// after it is that date, and one that names a market no day at all; the convicted's deed told with
// the toll it left, in a court story, the old blow retold; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/intake/dates/dates.js';
import { matchView } from '../../src/intake/reading/view.js';
import { extracted, ingested } from '../support/tolls.js';

const days = (text: string, published: string) =>
  findDates(matchView(text), { published, anchor: null }).map((d) => [d.date.from, d.date.to]);

describe('an anniversary dating the old event it remembers: the toll is of that old day', () => {
  it('"أحيا الأهالي، اليوم الأحد، الذكرى الخامسة لتفجير … في الثالث من آذار 2015" then "وأسفر التفجير حينها عن …"', () => {
    expect(
      ingested(
        'في ذكراه الخامسة.. وقفة لأهالي ضحايا تفجير سوق الحلة',
        [
          'أحيا العشرات من أهالي ضحايا تفجير سوق الحلة الكبير، اليوم الأحد، الذكرى الخامسة لتفجير السوق الذي وقع في الثالث من آذار 2015، بوقفة رفعوا فيها صور ذويهم.',
          'وأسفر التفجير حينها عن مقتل 40 شخصاً وإصابة 75 آخرين، بحسب مصادر طبية.',
        ],
        '2020-03-08',
      ),
    ).toEqual([{ from: '2015-03-03', to: '2015-03-03', governorate: 'Babil', killed: 40, wounded: 75 }]);
  });

  it('"أحيت عوائل الضحايا، أمس السبت، الذكرى الثالثة لمجزرة … يوم 12 تموز 2013" then "وكانت سيارة مفخخة قد انفجرت …"', () => {
    expect(
      ingested(
        'ثلاثة أعوام على مجزرة المقهى',
        [
          'أحيت عوائل ضحايا مجزرة مقهى الشباب في بعقوبة، أمس السبت، الذكرى الثالثة للمجزرة التي شهدها المقهى يوم 12 تموز 2013.',
          'وكانت سيارة مفخخة قد انفجرت أمام المقهى المكتظ بالشبان، ما أسفر عن مقتل 27 شخصاً وإصابة 50 آخرين.',
        ],
        '2016-07-17',
      ),
    ).toEqual([{ from: '2013-07-12', to: '2013-07-12', governorate: 'Diyala', killed: 27, wounded: 50 }]);
  });
});

describe('a weekday joined to the calendar date after it: that date, not the last such weekday', () => {
  it('"صباح يوم الخميس الثالث من آذار 2016"', () => {
    expect(days('انفجرت العبوة صباح يوم الخميس الثالث من آذار 2016 قرب السوق', '2019-05-20')).toEqual([
      ['2016-03-03', '2016-03-03'],
    ]);
  });

  it('"on Thursday, 3 March 2016" and "يوم الخميس الموافق 3 آذار 2016"', () => {
    expect(days('The bomb went off on Thursday, 3 March 2016, near the market.', '2019-05-20')).toEqual([
      ['2016-03-03', '2016-03-03'],
    ]);
    expect(days('انفجرت العبوة يوم الخميس الموافق 3 آذار 2016', '2019-05-20')).toEqual([
      ['2016-03-03', '2016-03-03'],
    ]);
  });
});

describe('a weekday that names a market: a place, no day', () => {
  it('"في سوق الخميس بمدينة الكوت", "at the Thursday market"', () => {
    expect(days('انفجرت عبوة ناسفة في سوق الخميس بمدينة الكوت', '2019-05-20')).toEqual([]);
    expect(days('A bomb went off at the Thursday market in Kut', '2019-05-20')).toEqual([]);
  });
});

describe("a court story: the convicted's deed told with the toll it left is the old blow", () => {
  it('"إن المدانين الثلاثة اعترفوا خلال التحقيق بتفخيخ سيارة وتفجيرها … يوم الخميس الثالث من آذار 2016، ما أسفر عن …"', () => {
    const drafted = extracted(
      [
        'أصدرت محكمة جنايات واسط، اليوم الاثنين، حكماً بالإعدام بحق ثلاثة مدانين بتفجير سيارة مفخخة في سوق الخميس بمدينة الكوت.',
        'وقال المتحدث باسم المحكمة إن "المدانين الثلاثة اعترفوا خلال التحقيق بتفخيخ سيارة وتفجيرها قرب مدخل السوق وسط الكوت صباح يوم الخميس الثالث من آذار 2016، ما أسفر عن مقتل 12 مواطناً وإصابة 25 آخرين".',
      ],
      'ar',
      '2019-05-20',
    ).map((x) => ({ from: x.date.from, to: x.date.to, killed: x.killed, wounded: x.wounded }));
    expect(drafted).toEqual([{ from: '2016-03-03', to: '2016-03-03', killed: 12, wounded: 25 }]);
  });
});
