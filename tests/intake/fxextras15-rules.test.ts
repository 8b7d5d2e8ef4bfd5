// Rules from the fxextras15 round (issue 12, extra drafts): a deed told "in the same month" as the
// event before takes that event's month, not the day of the news; "a seventh officer died of his
// wounds" is one more of the event just told; on sentences written for them.
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

describe('"a seventh officer died of his wounds": one more of the event just told, not an event', () => {
  it('after "killing six guards", "a seventh guard died of his wounds early Thursday" is one of the toll, told by its rank', () => {
    expect(
      ingested(
        'Gunmen attack checkpoint in Baquba',
        [
          'BAQUBA, Iraq (AP) — Gunmen attacked a police checkpoint in central Baquba late Wednesday, killing six guards and wounding four, police said Thursday.',
          'A doctor at the city hospital said five bodies had arrived by midnight, and a seventh guard died of his wounds early Thursday.',
        ],
        '2006-05-11',
      ),
    ).toEqual([{ from: '2006-05-10', to: '2006-05-10', governorate: 'Diyala', killed: 7, wounded: 3 }]);
  });

  it('"a second protester died of his wounds overnight, but the hospital said only one death …": one more dead, the wounded kept', () => {
    expect(
      ingested(
        'One killed as protesters clash with guards in Basra',
        [
          'BASRA, Iraq (Reuters) - At least one protester was killed and seven wounded when guards opened fire on demonstrators outside the provincial council building in Basra on Sunday, police said.',
          'A police source said a second protester died of his wounds overnight, but the main hospital said on Monday that only one death had been recorded and that seven people were being treated.',
        ],
        '2019-07-15',
      ),
    ).toEqual([{ from: '2019-07-14', to: '2019-07-14', governorate: 'Basra', killed: 2, wounded: 7 }]);
  });

  it('"A fourth soldier died of wounds sustained in …" (no "his"), with its own day and place: another event still', () => {
    expect(
      ingested(
        'Four U.S. soldiers killed in Iraq',
        [
          'BAGHDAD (wire) - Three U.S. soldiers were killed when a roadside bomb struck their patrol in western Baghdad on Sunday, the military said on Monday.',
          'A fourth soldier died of wounds sustained from small-arms fire during a combat operation in Anbar province on Saturday, a separate statement said.',
        ],
        '2007-06-11',
      ),
    ).toEqual([
      { from: '2007-06-10', to: '2007-06-10', governorate: 'Baghdad', killed: 3, wounded: null },
      { from: '2007-06-09', to: '2007-06-09', governorate: 'Anbar', killed: 1, wounded: null },
    ]);
  });
});
