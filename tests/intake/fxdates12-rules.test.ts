// Rules from the fxdates12 round (issue 12, dates and places of incidents): a day told right before
// the "إن" of what a long-described teller said is the day of the telling; "الأحد عشر" is eleven,
// no Sunday; a place of Halabja told before Halabja became a governorate lies in Sulaymaniyah; each
// on sentences written for it.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/intake/dates/dates.js';
import { matchView } from '../../src/intake/reading/view.js';
import { ingested } from '../support/tolls.js';

describe('a day told right before "إن", after a long-described teller: the day of the telling', () => {
  it('"بعقوبة 10 أيار/مايو (…) - قال مصدر في مديرية الشرطة (…) في قضاء خانقين، شمال شرقي بعقوبة، يوم الخميس، إن حصيلة … مساء أمس الأربعاء ارتفعت"', () => {
    expect(
      ingested(
        'ارتفاع حصيلة تفجير خانقين',
        [
          'بعقوبة 10 أيار/مايو (أصوات العراق) - قال مصدر في مديرية الشرطة (شرطة المرور) في قضاء خانقين، شمال شرقي بعقوبة، يوم الخميس، إن حصيلة ضحايا التفجير الانتحاري الذي استهدف نقطة تفتيش عند المدخل الشمالي للقضاء مساء أمس الأربعاء ارتفعت إلى تسعة قتلى و20 جريحاً.',
        ],
        '2012-05-10',
      ),
    ).toEqual([{ from: '2012-05-09', to: '2012-05-09', governorate: 'Diyala', killed: 9, wounded: 20 }]);
  });
});

describe('"الأحد عشر": the number eleven, no Sunday', () => {
  it('"سلمت جثامين القتلى الأحد عشر إلى ذويهم" tells no day', () => {
    expect(
      findDates(matchView('وقال مدير المستشفى إن جثامين القتلى الأحد عشر سلمت إلى ذويهم.'), {
        published: '2012-05-10',
        anchor: null,
      }),
    ).toEqual([]);
  });
});

describe('Halabja before it became a governorate: a district of Sulaymaniyah', () => {
  const item = 'قتل مزارع بانفجار لغم من مخلفات الحرب قرب ناحية خورمال التابعة لقضاء حلبجة مساء أمس الاثنين.';
  it('in an article of 2012: Sulaymaniyah', () => {
    expect(ingested('مقتل مزارع بلغم', [item], '2012-04-10')).toEqual([
      { from: '2012-04-09', to: '2012-04-09', governorate: 'Sulaymaniyah', killed: 1, wounded: null },
    ]);
  });
  it('in an article of 2016: Halabja', () => {
    expect(ingested('مقتل مزارع بلغم', [item], '2016-04-12')).toEqual([
      { from: '2016-04-11', to: '2016-04-11', governorate: 'Halabja', killed: 1, wounded: null },
    ]);
  });
});
