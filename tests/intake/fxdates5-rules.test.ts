// Rules from the fxdates5 round (issue 12, which day an item, a background event or a lead's news
// belongs to): each on sentences written for it, read through the public ingest.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('an undated item takes the time of the news a lead gives, never a span that ended before it (carried-date.ts)', () => {
  it('"خلال الأسبوع الماضي" in a sentence of background dates no item told after the day of the news', () => {
    expect(
      ingested(
        'قصف جوي على ريف إدلب',
        [
          'ويقول ناشطون إن الفصائل استعادت خلال الأسبوع الماضي عدداً من التلال في ريف حماة الشمالي.',
          'وظهر اليوم الخميس، شنت طائرات حربية غارات على بلدة سرمين في ريف إدلب، ما أسفر عن مقتل خمسة مدنيين.',
          'وفي ريف إدلب الجنوبي أيضاً، أصيب ثلاثة مدنيين بقصف مدفعي استهدف أطراف بلدة كفرنبل.',
        ],
        '2021-09-16',
      ),
    ).toEqual([
      { from: '2021-09-16', to: '2021-09-16', governorate: 'Idlib', killed: 5, wounded: null },
      { from: '2021-09-16', to: '2021-09-16', governorate: 'Idlib', killed: null, wounded: 3 },
    ]);
  });
});

describe('a dateline is no lead; a lead that tells the deed of the news gives its day to the tolls after it (dates-alone.ts, carried-date.ts)', () => {
  it('the tolls told after "اقتحمت الدبابات المدينة فجر أمس السبت … وسط قصف" are of Saturday, not of the dateline\'s day', () => {
    expect(
      ingested(
        'قتلى في اقتحام بلدة بريف درعا',
        [
          'الأحد 12 أيلول 2021',
          'اقتحمت دبابات الجيش مدينة طفس بريف درعا فجر أمس السبت من ثلاثة محاور، وسط قصف بالرشاشات الثقيلة في ما وصفه ناشطون بأنه "أعنف هجوم منذ بدء الاحتجاجات".',
          'وقال ناشطون إن سبعة مدنيين قتلوا في طفس، كما قتل أربعة في مدينة نوى بريف درعا.',
        ],
        '2021-09-12',
      ),
    ).toEqual([
      { from: '2021-09-11', to: '2021-09-11', governorate: 'Daraa', killed: 7, wounded: null },
      { from: '2021-09-11', to: '2021-09-11', governorate: 'Daraa', killed: 4, wounded: null },
    ]);
  });
});

describe('a span of days told after "منذ" / "since" runs up to the news; a day told after it is the one event\'s (dates.ts)', () => {
  it('"الثالثة منذ مطلع الشهر الماضي، بعد أن قتل … في الثامن عشر من أيار": the eighteenth of May', () => {
    expect(
      ingested(
        'مقتل راعيين بضربة مسيرة قرب مخمور',
        [
          'قتل راعيان بضربة طائرة مسيرة استهدفتهما قرب قضاء مخمور في محافظة نينوى مساء أمس الأحد.',
          'وهذه الضربة الثالثة من نوعها في مخمور منذ مطلع الشهر الماضي، بعد أن قتل مزارع بقصف مماثل قرب القضاء في الثامن عشر من أيار.',
        ],
        '2022-06-13',
      ),
    ).toEqual([
      { from: '2022-06-12', to: '2022-06-12', governorate: 'Nineveh', killed: 2, wounded: null },
      { from: '2022-05-18', to: '2022-05-18', governorate: 'Nineveh', killed: 1, wounded: null },
    ]);
  });

  it('"الثاني منذ مطلع الشهر الجاري، إذ قتل …" with no day of its own: some day of that span, before the news', () => {
    expect(
      ingested(
        'مقتل مهرب برصاص حرس الحدود قرب القامشلي',
        [
          'قتل شاب برصاص حرس الحدود التركي فجر اليوم الثلاثاء أثناء محاولته عبور الحدود قرب قرية تابعة لمدينة القامشلي في محافظة الحسكة.',
          'وهذا ثاني حادث من نوعه منذ مطلع الشهر الجاري، إذ قتلت امرأة برصاص الحرس قرب بلدة الدرباسية أثناء عبورها.',
        ],
        '2020-03-17',
      ),
    ).toEqual([
      { from: '2020-03-17', to: '2020-03-17', governorate: 'Hasakah', killed: 1, wounded: null },
      { from: '2020-03-01', to: '2020-03-16', governorate: 'Hasakah', killed: 1, wounded: null },
    ]);
  });
});

describe("an earlier count of a risen toll is of the event's own day or night, not of a week or a month (earlier-count.ts)", () => {
  it('"وكانت دورية قد تعرضت الأسبوع الماضي لهجوم" after a toll risen: another event', () => {
    expect(
      ingested(
        'ارتفاع حصيلة هجوم على الشرطة في الحويجة',
        [
          'ارتفع عدد قتلى الشرطة الذين استهدفهم هجوم مسلح قرب قضاء الحويجة في محافظة كركوك مساء أمس الخميس إلى تسعة، إضافة إلى خمسة جرحى.',
          'وكانت دورية للشرطة قد تعرضت الأسبوع الماضي لإطلاق نار في ناحية الرياض بمحافظة كركوك أدى إلى مقتل شرطيين.',
        ],
        '2021-03-05',
      ),
    ).toEqual([
      { from: '2021-03-04', to: '2021-03-04', governorate: 'Kirkuk', killed: 9, wounded: 5 },
      { from: '2021-02-22', to: '2021-02-28', governorate: 'Kirkuk', killed: 2, wounded: null },
    ]);
  });
});
