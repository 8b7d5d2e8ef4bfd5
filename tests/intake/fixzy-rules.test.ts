// Rules from the fixzy round (issue 12, casualties on unseen text), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';
import { ingest } from '../../src/intake/ingest.js';

describe('"N of his own people" joined after a long name of the group he belongs to counts them with him', () => {
  it('"ضابط في "الفرقة المدرعة الرابعة" (الفرقة) وثلاثة من حراسه": four wounded', () => {
    expect(
      tolls(
        [
          'أُصيب ضابط في "الفرقة المدرعة الرابعة" (الفرقة) وثلاثة من حراسه بانفجار لغم أرضي قرب بلدة خان شيخون بريف إدلب الجنوبي أمس.',
        ],
        'ar',
        '2021-04-12',
      ),
    ).toEqual([{ killed: null, wounded: 4 }]);
  });

  it('"قيادي في "جيش الإسلام" السابق و2 من أبنائه": three dead, the digits after "و"', () => {
    expect(
      tolls(
        ['قُتل قيادي في "جيش الإسلام" السابق و2 من أبنائه بقصف مدفعي على مدينة دوما في ريف دمشق أمس.'],
        'ar',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('"and the <person>" joined to a count is one more of the toll', () => {
  it('"killing two policemen and the patrol driver": three dead', () => {
    expect(
      tolls(
        [
          'A roadside bomb struck a police patrol near Tuz Khurmatu in Salahuddin province on Sunday, killing two policemen and the patrol driver, a security source said.',
        ],
        'en',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });

  it('"and the soldiers" says no number: only the counted ones', () => {
    expect(
      tolls(
        [
          'A roadside bomb struck an army convoy near Tuz Khurmatu in Salahuddin province on Sunday, wounding two officers and the soldiers with them, a security source said.',
        ],
        'en',
        '2021-04-12',
      ),
    ).toEqual([{ killed: null, wounded: 2 }]);
  });
});

describe('a count "affiliated with" a group, then "and" one more, counts them all', () => {
  it('"two men belonging to the Popular Mobilisation Forces and a shepherd": three dead', () => {
    expect(
      tolls(
        [
          'Gunmen opened fire on a car near Tarmiyah in Salahuddin province on Friday, killing two men belonging to the Popular Mobilisation Forces and a shepherd, police said.',
        ],
        'en',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('a clause naming the town of an earlier incident, with no day of its own, tells more of that one', () => {
  it('a lead of two events, then the first one\'s town with "ما أدى إلى مقتله": no dead added to the second', () => {
    const result = ingest(
      [
        'مقتل مختار وإصابة عنصرين من الشرطة في الرقة',
        'قُتل مختار بلدة الكرامة شرقي الرقة برصاص مسلحين مجهولين مساء السبت، بينما أُصيب عنصران من الشرطة بانفجار عبوة ناسفة في مدينة الرقة في اليوم التالي.',
        'وأفاد مصدر محلي بأن مسلحين أطلقوا النار على المختار قرب منزله في الكرامة، ما أدى إلى مقتله.',
        'وفي مساء الأحد، انفجرت عبوة ناسفة بدورية للشرطة وسط مدينة الرقة، ما أسفر عن إصابة عنصرين.',
      ].join('\n\n'),
      { published: '2021-04-12' },
    );
    expect(result.ok && result.draft.incidents.map((x) => [x.date.from, x.killed, x.wounded])).toEqual([
      ['2021-04-10', 1, null],
      ['2021-04-11', null, 2],
    ]);
  });
});

describe('the one a split toll left untold, told next as "also killed", is the rest of it, not one more', () => {
  it('"killing four people, three of them soldiers", then "A shepherd … was also killed": four dead, and the wounded added', () => {
    const result = ingest(
      [
        'Mortar fire kills four near Baiji',
        'Mortar fire on Sunday evening killed four people, three of them soldiers, at a checkpoint near Baiji in Salahuddin province, a police officer said.',
        'A shepherd grazing his sheep nearby was also killed, and a second shepherd was lightly wounded.',
      ].join('\n\n'),
      { published: '2021-04-12' },
    );
    expect(result.ok && result.draft.incidents.map((x) => [x.killed, x.wounded])).toEqual([[4, 1]]);
  });
});

describe('someone hit "near the site of" the event just told is its victim, in a paragraph of its own', () => {
  it('"وأصيب طفل كان يلعب بالقرب من مكان الانفجار": one incident, its wounded added', () => {
    const result = ingest(
      [
        'مقتل جنديين بانفجار عبوة في الموصل',
        'قتل جنديان، صباح اليوم الأحد، بانفجار عبوة ناسفة استهدفت عربة عسكرية على الطريق بين قضاء تلعفر وناحية العياضية غربي الموصل.',
        'وأصيب طفل كان يلعب بالقرب من مكان الانفجار، ونقل إلى مستشفى تلعفر.',
      ].join('\n\n'),
      { published: '2021-04-11' },
    );
    expect(result.ok && result.draft.incidents.map((x) => [x.killed, x.wounded])).toEqual([[2, 1]]);
  });
});

describe('the dead named one by one, each by rank and name, are counted one each', () => {
  it('"مقتل الشرطي حسن كريم والعريف سعد ناصر": two dead', () => {
    expect(
      tolls(
        [
          'أعلنت مصادر أمنية مقتل الشرطي حسن كريم علوان والعريف سعد ناصر بهجوم مسلح على نقطة تفتيش قرب ناحية العلم شرقي تكريت مساء أمس.',
        ],
        'ar',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"مقتل الشرطي حسن كريم وإصابة آخر": one dead, the "و" opens another count', () => {
    expect(
      tolls(
        [
          'أعلنت مصادر أمنية مقتل الشرطي حسن كريم وإصابة آخر بهجوم مسلح على نقطة تفتيش قرب ناحية العلم شرقي تكريت مساء أمس.',
        ],
        'ar',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});
