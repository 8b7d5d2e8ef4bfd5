// Rules found on one event whose toll two sources give, or a first toll later raised (issue 12, fixer
// fxsources11): a source's later word told in the verbal noun ("ويؤكد ارتفاع العدد إلى سبعة"), and a
// teller set against the account before who tells the event's blow again in its own words. Each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"قبل أن يعود ويؤكد ارتفاع العدد إلى تسعة": the first count raised, told in the verbal noun', () => {
  it('gives the event the figure the number rose to', () => {
    expect(
      rows(
        'غارة على موقع قرب البوكمال',
        [
          'استهدفت طائرات مجهولة فجر اليوم الأحد موقعاً عسكرياً قرب مدينة البوكمال في ريف دير الزور الشرقي.',
          'وقال المرصد السوري لحقوق الإنسان في حصيلة أولية إن أربعة عناصر من الميليشيات قتلوا في الغارة، قبل أن يعود ويؤكد ارتفاع العدد إلى تسعة.',
        ],
        '2021-03-14',
      ),
    ).toEqual([['2021-03-14', '2021-03-14', 'Deir ez-Zor', 9, null]]);
  });
});

const MARKET =
  'قتل 10 أشخاص وأصيب 20 آخرون في قصف بقذائف الهاون استهدف صباح اليوم الأربعاء سوقاً شعبياً في مدينة بعقوبة، بحسب مصدر طبي في مستشفى المدينة.';

describe('"من جهته، قال مصدر إن 8 قتلوا عندما سقطت ثلاث قذائف هاون على السوق": the blow told again by a teller set against', () => {
  it('keeps one incident, the first figures', () => {
    expect(
      rows(
        'قصف بالهاون على سوق في بعقوبة',
        [
          MARKET,
          'من جهته، قال مصدر في الشرطة إن 8 مدنيين قتلوا وأصيب 18 آخرون عندما سقطت ثلاث قذائف هاون على السوق المزدحم.',
        ],
        '2007-03-14',
      ),
    ).toEqual([['2007-03-14', '2007-03-14', 'Diyala', 10, 20]]);
  });

  it('leaves a blow of another kind its own incident', () => {
    expect(
      rows(
        'قصف وتفجير في بعقوبة',
        [
          MARKET,
          'من جهته، قال مصدر في الشرطة إن 3 مدنيين قتلوا عندما انفجرت عبوة ناسفة قرب مدرسة في المدينة.',
        ],
        '2007-03-14',
      ).length,
    ).toBe(2);
  });
});
