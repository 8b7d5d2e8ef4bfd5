// Rules from the fxolder3 round (issue 12, recurring misses of the older blind sets): a country's
// day's dead told after the article's events ("ارتفع عدد شهداء سوريا اليوم إلى N", "سقوط N شهيداً في
// عموم سوريا") is the whole country's count, not a risen toll of the event told before it; each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the dead of the whole country: no risen toll of the event before it', () => {
  it('"ارتفع عدد شهداء سوريا اليوم إلى 85 شهيداً" after a shelling with no casualties', () => {
    expect(
      ingested(
        'حمص: قتيلان بقصف على حي بابا عمرو',
        [
          'استشهد مواطنان صباح اليوم جراء قصف مدفعي على حي بابا عمرو في مدينة حمص، بحسب ناشطين.',
          'كما تعرض حي الوعر لقصف بقذائف الهاون بعد الظهر، دون ورود أنباء عن إصابات.',
          'وبحسب ناشطين، ارتفع عدد شهداء سوريا اليوم إلى 85 شهيداً، بينهم 20 في حمص.',
        ],
        '2012-05-14',
      ),
    ).toEqual([
      { from: '2012-05-14', to: '2012-05-14', governorate: 'Homs', killed: 2, wounded: null },
      { from: '2012-05-14', to: '2012-05-14', governorate: 'Homs', killed: null, wounded: null },
    ]);
  });

  it('"سقوط 64 شهيداً في عموم سوريا، بينهم 7 في محافظة إدلب" told of yesterday', () => {
    expect(
      ingested(
        'إدلب: ثلاثة شهداء بقصف على سراقب',
        [
          'استشهد ثلاثة مدنيين اليوم الأحد جراء قصف جوي على مدينة سراقب في ريف إدلب، بحسب ناشطين.',
          'كما تعرضت بلدة بنش لقصف مدفعي بعد الظهر، دون ورود أنباء عن إصابات.',
          'وكان ناشطون قد وثقوا أمس سقوط 64 شهيداً في عموم سوريا، بينهم 7 في محافظة إدلب.',
        ],
        '2012-11-04',
      ),
    ).toEqual([
      { from: '2012-11-04', to: '2012-11-04', governorate: 'Idlib', killed: 3, wounded: null },
      { from: '2012-11-04', to: '2012-11-04', governorate: 'Idlib', killed: null, wounded: null },
    ]);
  });
});
