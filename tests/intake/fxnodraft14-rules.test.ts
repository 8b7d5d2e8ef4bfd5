// Rules from the fxnodraft14 round (issue 12, gold incidents never drafted): a toll told as risen
// with "تعداد" (the monitor's word for "the number of"); news a source gave days before the event
// just told, another event and not more of it; and what a source added that counts over a span, a
// clause of its own that no longer makes the event told before it a total; each on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a toll told as risen with "تعداد": the event it is the toll of', () => {
  it('"ارتفع إلى 18 على الأقل تعداد القتلى جراء الغارات … ليل السبت – الأحد"', () => {
    expect(
      ingested(
        'غارات على مواقع الميليشيات في ريف دير الزور',
        [
          'ارتفع إلى 18 على الأقل تعداد القتلى جراء الغارات التي شنتها طائرات مجهولة، ليل السبت – الأحد، على مقرات للميليشيات في محيط مدينة الميادين بريف دير الزور الشرقي.',
        ],
        '2019-06-02',
      ),
    ).toEqual([
      { from: '2019-06-01', to: '2019-06-02', governorate: 'Deir ez-Zor', killed: 18, wounded: null },
    ]);
  });
});

describe('news a source gave days before the event just told: another event, not more of it', () => {
  it('a risen toll of last night, then "ونشر المرصد في العاشر من الشهر الفائت أن طائرات استهدفت … مقتل 7 من العناصر ذاتها"', () => {
    expect(
      ingested(
        'غارات على مواقع الميليشيات في ريف دير الزور',
        [
          'ارتفع إلى 18 عدد القتلى جراء الغارات التي شنتها طائرات مجهولة، ليل السبت – الأحد، على مقرات للميليشيات في محيط مدينة الميادين بريف دير الزور الشرقي.',
          'ونشر المرصد في العاشر من شهر أيار/مايو الفائت، أن طائرات مجهولة استهدفت سيارات عسكرية في بادية الميادين، ما أسفر عن مقتل 7 من العناصر ذاتها.',
        ],
        '2019-06-02',
      ),
    ).toEqual([
      { from: '2019-06-01', to: '2019-06-02', governorate: 'Deir ez-Zor', killed: 18, wounded: null },
      { from: '2019-05-09', to: '2019-05-10', governorate: 'Deir ez-Zor', killed: 7, wounded: null },
    ]);
  });
});

describe('what a source added that counts over a span: a clause of its own', () => {
  it('", adding that sappers had defused more than 150 mines … over the past week"', () => {
    expect(
      ingested(
        'Bomb hits patrol west of Ramadi',
        [
          'A roadside bomb killed three soldiers and wounded five near Hit on Tuesday, an army statement said, adding that sappers had defused more than 150 mines along the highway over the past week.',
        ],
        '2017-03-08',
      ),
    ).toEqual([{ from: '2017-03-07', to: '2017-03-07', governorate: 'Anbar', killed: 3, wounded: 5 }]);
  });

  it('"، مضيفاً أن الفرق الهندسية فككت أكثر من 150 عبوة … خلال الأسبوع الماضي"', () => {
    expect(
      ingested(
        'مقتل ثلاثة جنود بانفجار عبوة غرب الرمادي',
        [
          'قتل ثلاثة جنود وأصيب خمسة آخرون بانفجار عبوة ناسفة قرب قضاء هيت، يوم الثلاثاء، بحسب بيان للجيش، مضيفاً أن الفرق الهندسية فككت أكثر من 150 عبوة على الطريق الدولي خلال الأسبوع الماضي.',
        ],
        '2017-03-08',
      ),
    ).toEqual([{ from: '2017-03-07', to: '2017-03-07', governorate: 'Anbar', killed: 3, wounded: 5 }]);
  });
});
