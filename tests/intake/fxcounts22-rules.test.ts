// Rules from the fxcounts22 round (issue 12, casualty counts: a leader and his guards, a risen toll and
// its wounded): "N of his" own people joined to one person past his name and post, and read back
// from a relative clause after them; who a construct dual was of, then one more joined; "one of his
// guards" by a group in the construct state; one still in care told by a singular verb; the wounded
// a risen toll told, not lowered by those still in serious condition; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';

describe('"N of his" own people joined to one person past his name and post', () => {
  it('"قتل الشيخ فلان، أحد وجهاء العشائر في الناحية، وثلاثة من مرافقيه": four', () => {
    expect(
      tolls(
        [
          'قتل الشيخ حميد الجبوري، أحد أبرز وجهاء العشائر في الناحية، وثلاثة من مرافقيه، بهجوم مسلح استهدف سيارته قرب قضاء طوزخورماتو في محافظة صلاح الدين مساء اليوم.',
        ],
        'ar',
        '2010-05-04',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
  it('"جثامين العقيد فلان، آمر الفوج …، واثنين من حراسه، الذين قتلوا": three, read back from the relative clause', () => {
    expect(
      tolls(
        [
          'شيع أهالي مدينة بعقوبة، اليوم الثلاثاء، جثامين العقيد كريم الربيعي (أبو علي)، آمر الفوج الثاني في شرطة ديالى، واثنين من حراسه، الذين قتلوا أمس بانفجار عبوة ناسفة على طريق المقدادية.',
        ],
        'ar',
        '2010-05-04',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('a construct dual, then one more joined after what the two were of', () => {
  it('"أصيب نجلا المختار وسائقه": three wounded', () => {
    expect(
      tolls(
        [
          'قتل مختار قرية البو حسن بنيران مسلحين مجهولين في قضاء الخالص بمحافظة ديالى، فيما أصيب نجلا المختار وسائقه بجروح.',
        ],
        'ar',
        '2011-03-09',
      ),
    ).toEqual([{ killed: 1, wounded: 3 }]);
  });
  it('"أصيب نجلا المختار وأحد أفراد حمايته": one of his guards, by the group in the construct state', () => {
    expect(
      tolls(
        [
          'قتل مختار قرية البو حسن بنيران مسلحين مجهولين في قضاء الخالص بمحافظة ديالى، فيما أصيب نجلا المختار وأحد أفراد حمايته بجروح.',
        ],
        'ar',
        '2011-03-09',
      ),
    ).toEqual([{ killed: 1, wounded: 3 }]);
  });
});

describe('one still in care, told by the verb in the singular', () => {
  it('"فيما لا يزال شقيق ثالث يتلقى العلاج": one wounded', () => {
    expect(
      tolls(
        [
          'قتل شقيقان بانفجار لغم أرضي قرب قرية في قضاء سنجار غرب الموصل صباح اليوم، فيما لا يزال شقيق ثالث يتلقى العلاج في مستشفى المدينة.',
        ],
        'ar',
        '2015-10-02',
      ),
    ).toEqual([{ killed: 2, wounded: 1 }]);
  });
});

describe('the wounded a risen toll told are the wounded now', () => {
  it('"bringing the toll to five dead and 11 wounded", then "Four others are still in critical condition": 11', () => {
    expect(
      tolls(
        [
          'Two people wounded in a car bomb blast near a market in the Iraqi town of Tuz Khurmatu died overnight, bringing the toll to five dead and 11 wounded, a doctor said on Thursday.',
          'Police had initially said three people were killed and 13 wounded in the explosion on Wednesday evening.',
          '"Four others are still in critical condition," the doctor said.',
        ],
        'en',
        '2010-06-10',
      ),
    ).toEqual([{ killed: 5, wounded: 11 }]);
  });
});
