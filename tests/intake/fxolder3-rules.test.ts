// Rules from the fxolder3 round (issue 12, recurring misses of the older blind sets): a country's
// day's dead told after the article's events ("ارتفع عدد شهداء سوريا اليوم إلى N", "سقوط N شهيداً في
// عموم سوريا") is the whole country's count, not a risen toll of the event told before it; the kin
// of one of the victims hurt is one more wounded, his age told between him and the verb ("نجل أحد
// الضحايا، البالغ من العمر 16 عاماً، أصيب"); a fit ("أصيبت بانهيار عصبي") is no wound; each on
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

const SHOOTING =
  'قتل مسلحون مجهولون مزارعين اثنين في بستان بأطراف قضاء بلد جنوبي صلاح الدين، مساء أمس الخميس.';
const FARMERS = { from: '2019-03-07', to: '2019-03-07', governorate: 'Salahuddin', killed: 2 };

describe('the kin of one of the victims: one more wounded', () => {
  it('"وأكد المصدر أن ابن أحد القتلى أصيب بجروح"', () => {
    expect(
      ingested(
        'مقتل مزارعين في بلد',
        [SHOOTING, 'وأكد المصدر أن ابن أحد القتلى أصيب بجروح في ساقه.'],
        '2019-03-08',
      ),
    ).toEqual([{ ...FARMERS, wounded: 1 }]);
  });
});

describe('an age told between the one hurt and the verb', () => {
  it('"أن نجل أحد القتلى، البالغ من العمر 12 عاماً، أصيب بشظايا"', () => {
    expect(
      ingested(
        'مقتل مزارعين في بلد',
        [SHOOTING, 'وأضاف المصدر أن نجل أحد القتلى، البالغ من العمر 12 عاماً، أصيب بشظايا في يده.'],
        '2019-03-08',
      ),
    ).toEqual([{ ...FARMERS, wounded: 1 }]);
  });
});

describe('a fit is no wound', () => {
  it('"وأن والدة الشاب أصيبت بانهيار عصبي"', () => {
    expect(
      ingested(
        'مقتل مزارعين في بلد',
        [SHOOTING, 'وذكر شهود أن والدة الشاب أصيبت بانهيار عصبي لدى سماعها الخبر.'],
        '2019-03-08',
      ),
    ).toEqual([{ ...FARMERS, wounded: null }]);
  });
});
