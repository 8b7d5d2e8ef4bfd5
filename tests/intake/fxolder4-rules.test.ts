// Rules from the fxolder4 round (issue 12, old events retold): an anniversary that dates the old
// event it remembers after naming it — the day of the remembrance is not the event's, and the toll
// told after it with no day of its own is of that old day; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

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
