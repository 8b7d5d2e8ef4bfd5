// Rules found on one event told twice (issue 12, fixer fxsources14): the bomber counted in his own
// toll ("including himself"), a teller's own toll followed by the account it denies, and a planted
// bomb told in the pluperfect after a suicide bombing's risen toll; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents, tolls, tollsWithAttackers } from '../support/tolls.js';

describe('"including himself": the bomber is one of the dead his toll counts', () => {
  it('"killing seven people including himself" is six victims and the bomber', () => {
    expect(
      tollsWithAttackers(
        [
          'A suicide bomber drove a truck packed with explosives into a police checkpoint in Tikrit on Monday, killing seven people including himself, officials said.',
        ],
        'en',
        '2019-03-04',
      ),
    ).toEqual([{ killed: 6, wounded: null, attackersKilled: 1 }]);
  });
});

describe("a teller's own toll, then the account it denies in the same clause", () => {
  it('"نافياً أنباء … عن سقوط "أكثر من عشرين قتيلاً"": the wounded it received are the toll, the denied dead none', () => {
    expect(
      tolls(
        [
          'تبنى تنظيم داعش اليوم السبت التفجير الذي وقع مساء أمس الجمعة قرب سوق شعبي في مدينة الحلة، وأسفر عن مقتل أربعة مدنيين وإصابة تسعة آخرين.',
          'وأوضح مدير صحة بابل أن المستشفيات استقبلت تسعة جرحى، نافياً أنباء نشرتها مواقع محلية عن سقوط "أكثر من عشرين قتيلاً".',
        ],
        'ar',
        '2016-05-14',
      ),
    ).toEqual([{ killed: 4, wounded: 9 }]);
  });
});

describe('a bomb planted before a suicide bomber struck is no count before the toll rose', () => {
  it('"وكان مدير الناحية قد قتل … بانفجار عبوة لاصقة": an earlier blow of its own, on its own day', () => {
    expect(
      incidents(
        [
          'أعلنت مصادر أمنية، اليوم الأربعاء، ارتفاع حصيلة التفجير الانتحاري الذي استهدف مسجداً في قضاء الخالص، مساء أمس الثلاثاء، إلى تسعة قتلى و20 جريحاً.',
          'وكان مدير الناحية قد قتل، الأحد الماضي، بانفجار عبوة لاصقة وضعت في سيارته في منطقة قريبة، فيما أصيب سائقه بجروح.',
        ],
        'ar',
        '2015-03-11',
      ),
    ).toEqual([
      { from: '2015-03-10', to: '2015-03-10', governorate: 'Diyala', killed: 9, wounded: 20 },
      { from: '2015-03-08', to: '2015-03-08', governorate: 'Diyala', killed: 1, wounded: 1 },
    ]);
  });
});
