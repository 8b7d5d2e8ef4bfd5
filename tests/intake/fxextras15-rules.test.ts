// Rules from the fxextras15 round (issue 12, extra drafts): a deed told "in the same month" as the
// event before takes that event's month, not the day of the news; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a deed told "in the same month" as the event before: that month, not the day of the news', () => {
  it('a court story: "… في آب 2014 …"، ثم "كما اعترف بالاشتراك في زرع عبوة ناسفة … في الشهر نفسه"', () => {
    const drafted = ingested(
      'السجن المؤبد لمدان بتفجير في الموصل',
      [
        'أصدرت المحكمة الجنائية المركزية، اليوم الأحد، حكماً بالسجن المؤبد بحق مدان بتفجير عبوة ناسفة استهدفت سوقاً في مدينة الموصل في آب 2014.',
        'وقال المتحدث باسم مجلس القضاء في بيان إن "المدان اشترك مع آخرين في زرع عبوة ناسفة قرب سوق في حي الزهور بمدينة الموصل في آب 2014، ما أسفر عن مقتل أربعة مدنيين وإصابة تسعة آخرين".',
        'وأضاف أن "المدان اعترف أمام المحكمة بتفاصيل الجريمة، كما اعترف بالاشتراك في زرع عبوة ناسفة استهدفت دورية للجيش في قضاء تلعفر في الشهر نفسه من دون أن تسفر عن إصابات".',
      ],
      '2017-03-12',
    );
    // (the second deed, long past and without casualties, is background: not drafted on the news day)
    expect(drafted).toEqual([
      { from: '2014-08-01', to: '2014-08-31', governorate: 'Nineveh', killed: 4, wounded: 9 },
    ]);
  });
});
