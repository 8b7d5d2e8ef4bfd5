// Rules added for drafted incidents that matched no gold (issue 12, fixer fxextras20), each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const tolls = (paragraphs: string[], lang: 'ar' | 'en', published = '2013-06-11') =>
  extracted(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe("a source's count of the dead across the whole country is a figure, no incident", () => {
  it('"Activists said more than 90 people were killed across Syria on Monday"', () => {
    expect(
      tolls(
        [
          'A mortar bomb hit a bakery in the Syrian city of Homs on Monday, killing seven people, state media said.',
          'Activists said more than 90 people were killed across Syria on Monday, most of them in the countryside around Aleppo.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 7, wounded: null }]);
  });
  it('keeps a roundup lead that names no source: "At least 11 people were killed across Iraq on Monday"', () => {
    expect(
      tolls(
        ['At least 11 people were killed across Iraq on Monday when a bomb went off at a market in Baquba.'],
        'en',
      ),
    ).toEqual([{ killed: 11, wounded: null }]);
  });
});

describe('a casualty word said not to have happened counts no one after it', () => {
  it('"فككت عبوتين دون وقوع إصابات، مشيراً إلى أن أكثر من ثلاثة آلاف عنصر انتشروا" gives no wounded', () => {
    expect(
      tolls(
        [
          'أطلق مسلحون مجهولون النار على سيارة مدنية في قضاء الخالص مساء أمس الاثنين، ما أدى إلى مقتل شخصين.',
          'وقال قائد شرطة ديالى إن قواته فككت ثلاث عبوات ناسفة على طريق بعقوبة في قضاء المقدادية دون وقوع إصابات، مشيراً إلى أن أكثر من ثلاثة آلاف عنصر أمني انتشروا حول المدن.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe('the toll of a siege going on since a day some days before is a figure, no incident', () => {
  it('"بينما تتواصل الحملة على البلدة منذ الثالث من الشهر الجاري، والتي أوقعت أكثر من 300 قتيل"', () => {
    expect(
      tolls(
        [
          'قتل أربعة مدنيين وأصيب تسعة آخرون بقصف مدفعي على حي سكني في مدينة الرمادي مساء أمس الأحد، بحسب مصدر طبي.',
          'ويأتي ذلك بينما تتواصل الحملة العسكرية على البلدة منذ الثالث من الشهر الجاري، والتي يقول الأطباء إنها أوقعت أكثر من 300 قتيل.',
        ],
        'ar',
        '2013-06-17',
      ),
    ).toEqual([{ killed: 4, wounded: 9 }]);
  });
});
