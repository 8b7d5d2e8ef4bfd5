// Rules from the fxolder7 round (issue 12, court stories): a deed a ruling's findings date only by its
// year, with its own toll, is that year's one deed; so is one the court convicted of "during" a year;
// "since" told of when the convicted joined a group spans no toll; and "خلال سنوات" spans years, a
// background's many blows no event; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const spans = (paragraphs: string[], published: string) =>
  extracted(paragraphs, 'ar', published).map((x) => [x.date.from, x.date.to, x.killed, x.wounded]);

const LEAD =
  'أصدرت محكمة الجنايات المركزية في بغداد اليوم حكما بالإعدام بحق إرهابي أدين بتفجير سيارة مفخخة في سوق شعبي ببعقوبة في شهر آب من عام 2014، ما أسفر عن استشهاد تسعة مواطنين.';

describe('a ruling’s deed told only by its year, with its own toll: that year’s one deed', () => {
  it('"…اعترف أيضا بمشاركته في الهجوم على حاجز … عام 2016، ما أدى إلى استشهاد ثلاثة جنود"', () => {
    expect(
      spans(
        [
          LEAD,
          'وأضاف البيان أن "المدان اعترف أيضا بمشاركته في الهجوم على حاجز للجيش في قضاء الشرقاط عام 2016، ما أدى إلى استشهاد ثلاثة جنود".',
        ],
        '2021-05-10',
      ),
    ).toEqual([
      ['2014-08-01', '2014-08-31', 9, null],
      ['2016-01-01', '2016-12-31', 3, null],
    ]);
  });
});

describe('a deed the court convicted of "during" a year, with its toll: the one deed judged', () => {
  it('"…بحق مدانين اثنين بجريمة خطف وقتل ثلاثة من الموظفين … خلال عام 2007"', () => {
    expect(
      spans(
        [
          LEAD,
          'وتابع المتحدث أن "المحكمة ذاتها أصدرت حكما بالسجن المؤبد بحق مدانين اثنين بجريمة خطف وقتل ثلاثة من الموظفين في قضاء الخالص خلال عام 2007".',
        ],
        '2021-05-10',
      ),
    ).toEqual([
      ['2014-08-01', '2014-08-31', 9, null],
      ['2007-01-01', '2007-12-31', 3, null],
    ]);
  });
});

describe('"since" told of when the convicted joined a group: no span the deed’s toll sums', () => {
  it('"…عام 2016، ما أدى إلى استشهاد ثلاثة جنود"، مشيرا إلى أنه ينتمي إلى تنظيم داعش منذ عام 2013', () => {
    expect(
      spans(
        [
          LEAD,
          'وأضاف البيان أن "المدان اعترف أيضا بمشاركته في الهجوم على حاجز للجيش في قضاء الشرقاط عام 2016، ما أدى إلى استشهاد ثلاثة جنود"، مشيرا إلى أنه ينتمي إلى تنظيم داعش الإرهابي منذ عام 2013.',
        ],
        '2021-05-10',
      ),
    ).toEqual([
      ['2014-08-01', '2014-08-31', 9, null],
      ['2016-01-01', '2016-12-31', 3, null],
    ]);
  });
});

describe('"خلال سنوات": a span of years, the many blows a background tells over it no event', () => {
  it('"ويشار إلى أن المدينة شهدت خلال سنوات العنف الطائفي عشرات التفجيرات…" after two judged deeds', () => {
    expect(
      spans(
        [
          LEAD,
          'وتابع المتحدث أن "المحكمة ذاتها أصدرت حكما بالسجن المؤبد بحق مدانين اثنين بجريمة خطف وقتل ثلاثة من الموظفين في قضاء الخالص خلال عام 2007".',
          'ويشار إلى أن مدينة بعقوبة شهدت خلال سنوات العنف الطائفي عشرات التفجيرات بالسيارات المفخخة والعبوات الناسفة التي استهدفت أسواقها.',
        ],
        '2021-05-10',
      ),
    ).toEqual([
      ['2014-08-01', '2014-08-31', 9, null],
      ['2007-01-01', '2007-12-31', 3, null],
    ]);
  });
});
