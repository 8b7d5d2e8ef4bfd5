// Rules of fxdied (issue 12): the death of someone wounded in the event just told, read through the
// model of tolls/wounded-died/; each on wording written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { tolls } from '../support/tolls.js';

const extract = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });

/** Each drafted incident's first and last day. */
const days = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extract(paragraphs, lang, published).map((x) => [x.date?.from ?? null, x.date?.to ?? null]);

describe('one wounded in the event just told, told by a participle between commas, who died', () => {
  it('"a third shepherd, wounded in the same strike, died": one more dead of that strike', () => {
    expect(
      tolls(
        [
          'On Monday, an air strike hit a farm near Maarrat al-Numan in Idlib province, killing two shepherds. A third shepherd, wounded in the same strike, died later that night, local medics said.',
        ],
        'en',
        '2019-06-04',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });

  it('"a policeman, wounded in a bombing, died": one dead, not one dead and one wounded', () => {
    expect(
      tolls(
        ['A policeman, wounded in a bombing in Kirkuk, died in hospital on Tuesday, a police source said.'],
        'en',
        '2021-02-03',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

const MINE = [
  'انفجر لغم أرضي مساء أمس الأحد بسيارة مدنية قرب بلدة الحراك بريف درعا الشرقي، ما أدى إلى إصابة سائقها بجروح بليغة.',
  'وأفاد مصدر طبي بأن السائق أصيب بشظايا في الرأس نقل على إثرها إلى مشفى بصرى، قبل أن يفارق الحياة صباح اليوم الإثنين متأثراً بجراحه.',
];

describe('one told wounded, then dead of those wounds on a day told between the verb and "متأثراً بجراحه"', () => {
  it("is the first dead of the event of wounded just told, on that event's day", () => {
    expect(tolls(MINE, 'ar', '2021-03-08')).toEqual([{ killed: 1, wounded: null }]);
    expect(days(MINE, 'ar', '2021-03-08')).toEqual([['2021-03-07', '2021-03-07']]);
  });
});

describe("the one wounded who then died, named as someone of the victim's", () => {
  it('"بأن شقيقه أصيب … قبل أن يفارق الحياة": one more dead than the victim told', () => {
    expect(
      tolls(
        [
          'قتل مسلحون مجهولون، مساء أمس الأحد، موظفاً في البلدية بإطلاق النار عليه في مدينة الصنمين بريف درعا.',
          'وقال مصدر محلي إن شقيقه أصيب بجروح خطيرة، قبل أن يفارق الحياة صباح اليوم الإثنين متأثراً بجراحه.',
        ],
        'ar',
        '2021-03-08',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('the victim himself, told wounded then dead, is not one more', () => {
    expect(
      tolls(
        [
          'قتل مسلحون مجهولون، مساء أمس الأحد، موظفاً في البلدية بإطلاق النار عليه في مدينة الصنمين بريف درعا.',
          'وقال مصدر محلي إن الموظف أصيب بجروح خطيرة، قبل أن يفارق الحياة بعد ساعة متأثراً بجراحه.',
        ],
        'ar',
        '2021-03-08',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('died on one day of wounds received on another, the day of the death told first', () => {
  it('"توفي، اليوم، عنصر … متأثراً بجروح أصيب بها في الهجوم … يوم الأحد": the attack\'s day', () => {
    expect(
      days(
        [
          'توفي، اليوم الثلاثاء، عنصر في الشرطة متأثراً بجروح أصيب بها في هجوم استهدف دورية قرب قضاء حديثة غربي الأنبار، يوم الأحد الماضي، ليرتفع عدد ضحايا الهجوم إلى اثنين.',
        ],
        'ar',
        '2021-05-11',
      ),
    ).toEqual([['2021-05-09', '2021-05-09']]);
  });
});

describe('one told wounded, then dead, with no count: his subject in the clause before', () => {
  const told = [
    'قُتل مختار قرية في ريف درعا الشرقي، مساء أمس الأحد، برصاص مسلحين مجهولين أمام منزله في بلدة الكرك الشرقي.',
    'وقال مصدر محلي إن سائقه، وهو من أبناء البلدة، أصيب بجروح خطرة في الهجوم، قبل أن يفارق الحياة صباح اليوم الإثنين في مشفى بصرى متأثراً بجراحه.',
  ];
  it('"أن سائقه، وهو …، أصيب … قبل أن يفارق الحياة في مشفى …": one more dead of the attack, where it was', () => {
    expect(tolls(told, 'ar', '2021-03-08')).toEqual([{ killed: 2, wounded: null }]);
    expect(days(told, 'ar', '2021-03-08')).toEqual([['2021-03-07', '2021-03-07']]);
  });
});

describe('one told wounded, then dead, by a link that keeps him the subject (حيث، ثم، قبل أن)', () => {
  it('"ما أدى إلى مقتله وإصابة سائقه، نقل إلى المشفى، حيث توفي متأثراً بجراحه": two dead, the lead\'s one and him', () => {
    expect(
      tolls(
        [
          'اغتال مسلحون مجهولون، مساء أمس السبت، رئيس بلدية سابقاً في بلدة المسيفرة بريف درعا الشرقي.',
          'وأفاد مصدر محلي بأن المسلحين أطلقوا النار على سيارته عند مدخل البلدة، ما أدى إلى مقتله على الفور وإصابة سائقه بجروح بليغة، نقل على إثرها إلى مشفى بصرى، حيث توفي فجر اليوم متأثراً بجراحه.',
        ],
        'ar',
        '2021-06-13',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"قُتل عاملان، وأصيب ثالث، ثم فارق الحياة متأثراً بإصابته": one more dead than the two', () => {
    expect(
      tolls(
        [
          'قُتل عاملان في محطة وقود برصاص مجهولين، مساء أمس الخميس، على طريق السخنة شرق حمص، وأصيب ثالث بجروح بليغة، ثم فارق الحياة صباح اليوم الجمعة متأثراً بإصابته.',
        ],
        'ar',
        '2022-08-12',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });

  it('"وأصيب نجله بجروح، قبل أن يفارق الحياة متأثراً بها": dead of "them", the wounds just told', () => {
    expect(
      tolls(
        [
          'أصيب شاب بجروح بليغة، مساء أمس الإثنين، بانفجار قنبلة يدوية ألقاها مجهولون على منزله في بلدة اليادودة بريف درعا الغربي، قبل أن يفارق الحياة متأثراً بها في مشفى درعا الوطني.',
        ],
        'ar',
        '2021-05-11',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('the day told after "توفي أحدهم" is the death\'s, not the attack\'s', () => {
  it('"وإصابة 9 آخرين، توفي أحدهم صباح اليوم": one event, on the day of the shooting', () => {
    const told = [
      'أفاد مصدر طبي، اليوم السبت، بوفاة شاب متأثراً بجروح أصيب بها مساء أمس الجمعة بإطلاق نار على محتجين وسط مدينة الناصرية، لترتفع حصيلة القتلى إلى اثنين.',
      'وقال المصدر إن مسلحين أطلقوا النار على المحتجين مساء أمس، ما أدى إلى مقتل متظاهر في الحال، وإصابة 9 آخرين، توفي أحدهم صباح اليوم في مستشفى الحسين.',
    ];
    expect(tolls(told, 'ar', '2019-11-30')).toEqual([{ killed: 2, wounded: 8 }]);
    expect(days(told, 'ar', '2019-11-30')).toEqual([['2019-11-29', '2019-11-29']]);
  });
});

describe('the wounded still in care told as a share of them ("أربعة من الجرحى")', () => {
  it('are not all the wounded left', () => {
    expect(
      tolls(
        [
          'ارتفعت حصيلة التفجير الذي استهدف سوقاً شعبية في قضاء الخالص مساء أمس إلى ثلاثة قتلى و12 جريحاً، بعد وفاة أحد الجرحى صباح اليوم.',
          'وأضاف المصدر أن ثلاثة من الجرحى ما زالوا يرقدون في العناية المركزة.',
        ],
        'ar',
        '2020-03-04',
      ),
    ).toEqual([{ killed: 3, wounded: 12 }]);
  });
});

describe('a count of wounded told with those of them who died, then the toll risen', () => {
  it('"Six others were wounded, one of whom died on Friday, raising the toll to three": five wounded', () => {
    expect(
      tolls(
        [
          'A drone strike on a checkpoint manned by Kurdish-led forces near Tal Tamr killed two fighters late on Wednesday, the group said.',
          'Six others were wounded, one of whom died on Friday, raising the death toll to three, a spokesman said.',
        ],
        'en',
        '2021-09-25',
      ),
    ).toEqual([{ killed: 3, wounded: 5 }]);
  });
});

describe('one told dead of wounds, then the account of the blow counting him among its wounded', () => {
  it('"بوفاة جندي متأثراً بجروح…" then "أسفر الهجوم عن إصابة الجندي وزميلين له": two still wounded', () => {
    expect(
      tolls(
        [
          'أفاد مصدر أمني في محافظة كركوك، اليوم الخميس، بوفاة جندي متأثراً بجروح أصيب بها جراء هجوم بقذائف الهاون على ثكنة عسكرية في ناحية الرشاد، مساء الثلاثاء الماضي.',
          'وقال المصدر إن الهجوم أسفر وقتها عن إصابة الجندي واثنين من زملائه، ونقلوا إلى مستشفى كركوك العام.',
        ],
        'ar',
        '2021-01-14',
      ),
    ).toEqual([{ killed: 1, wounded: 2 }]);
  });
});

describe('one told hit, then dead by "and died", with no "of his wounds"', () => {
  const told = [
    'Gunmen shot dead a local council official outside his house in the town of Manbij on Friday evening, relatives said.',
    'His cousin, who was driving him home, was hit in the neck and died in hospital on Saturday.',
  ];
  it('is one more dead of that shooting, on its day', () => {
    expect(tolls(told, 'en', '2023-05-14')).toEqual([{ killed: 2, wounded: null }]);
    expect(days(told, 'en', '2023-05-14')).toEqual([['2023-05-12', '2023-05-12']]);
  });
});

describe('a death of wounds told after the earlier, lower toll a source gave', () => {
  it('is one of the dead of the toll told first, not one more', () => {
    expect(
      tolls(
        [
          'Five people were killed and 14 wounded when a car bomb exploded near a bus station in Tuz Khurmatu on Thursday, officials said on Friday.',
          'Police had initially reported two dead.',
          'A medical source said two more bodies were pulled from the wreckage, and that one of the wounded, a woman, died of her injuries on Friday.',
        ],
        'en',
        '2019-07-12',
      ),
    ).toEqual([{ killed: 5, wounded: 14 }]);
  });
});
