// Rules of how a clause is counted and whether it tells a new event (issue 12, probe-t), each on a
// sentence written for it.
import { describe, expect, it } from 'vitest';
import { tolls, draftedIncidents } from '../support/tolls.js';

describe('the lives taken, a phrase set off by commas between the verb and its count', () => {
  it('"أودى، أواخر الشهر الماضي، بحياة أربعة": four killed', () => {
    expect(
      tolls(
        ['وكان هجوم بطائرة مسيرة قد أودى، أواخر الشهر الماضي، بحياة أربعة مزارعين في قرية قرب قضاء سنجار.'],
        'ar',
        '2022-08-04',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});

/** The draft's incidents, dead and wounded, from a whole article. */
const drafted = (raw: string, published: string) =>
  draftedIncidents(raw, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('another source putting the number of casualties at a figure: the same event', () => {
  it('"A hospital director put the number of injured at 14": no second incident', () => {
    expect(
      drafted(
        [
          'Roadside bomb kills four soldiers near Tikrit',
          '',
          'A roadside bomb killed four soldiers and wounded 11 near Tikrit on Monday, the army said.',
          '',
          'A hospital director put the number of injured at 14.',
        ].join('\n'),
        '2019-03-05',
      ),
    ).toEqual([{ killed: 4, wounded: 11 }]);
  });
});

describe('"one of them … the other": one each, of a group named before', () => {
  it('"فأصيب أحدهما وقتل الآخر": one killed, one wounded', () => {
    expect(
      tolls(
        [
          'فتح مسلحون مجهولون النار على شقيقين كانا يعملان في بستان قرب بعقوبة، فأصيب أحدهما وقتل الآخر على الفور.',
        ],
        'ar',
        '2021-05-10',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });

  it('"فيما توفي الآخر متأثراً بجروحه" after the two were counted: no more dead', () => {
    expect(
      drafted(
        [
          'مقتل عاملين بانفجار في سوق جنوب كركوك',
          '',
          'أفاد مصدر أمني، اليوم الأحد، بمقتل عاملين اثنين وإصابة خمسة آخرين بانفجار عبوة ناسفة في سوق شعبي جنوب كركوك مساء أمس.',
          '',
          'وقال المصدر إن "أحد القتيلين بائع متجول أصيب بشظية في الرأس، فيما توفي الآخر متأثراً بجروحه بعد نقله إلى المستشفى بساعتين".',
        ].join('\n'),
        '2020-11-08',
      ),
    ).toEqual([{ killed: 2, wounded: 5 }]);
  });
});
