// Rules from the fxanyof round (issue 12, word patterns that mean what they read): a word list in a
// pattern is one group, so "the same day" needs its "same" ("اليوم ذاته"), and a bare "اليوم" (today)
// after an event told with an older date is today, not that event's day; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a bare "اليوم" (today) after an event told with its own older date: today, not "the same day"', () => {
  it('a ruling "اليوم", a bombing told "في الثالث من تشرين الأول", then "أفاد مصدر أمني، اليوم، بأن …"', () => {
    expect(
      ingested(
        'حكم بالإعدام لمدان بالإرهاب',
        [
          'أصدرت محكمة جنايات الرصافة، اليوم الأربعاء، حكماً بالإعدام بحق مدان بالإرهاب.',
          'وقال مصدر في شرطة بابل إن سبعة مدنيين قتلوا وأصيب 20 آخرون بانفجار سيارة مفخخة في سوق بمدينة الحلة في الثالث من تشرين الأول الجاري.',
          'وفي سياق آخر، أفاد مصدر أمني في محافظة ديالى، اليوم، بأن شرطيين قتلا وأصيب ثالث بانفجار عبوة ناسفة على دوريتهم قرب بعقوبة.',
        ],
        '2018-10-17',
      ),
    ).toEqual([
      { from: '2018-10-03', to: '2018-10-03', governorate: 'Babil', killed: 7, wounded: 20 },
      { from: '2018-10-17', to: '2018-10-17', governorate: 'Diyala', killed: 2, wounded: 1 },
    ]);
  });
});
