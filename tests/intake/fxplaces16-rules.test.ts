// Rules from the fxplaces16 round (issue 12, places and dates): a district told without its article;
// a source's account with no place of its own dates the lead; a toll of a fight told the sentence
// before keeps that fight's day and place; the dual "قتلتا"; a place's history of attacks "since" a
// year is no span; on sentences written for them.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a district told without its article', () => {
  it('"ريف سلمية", the district told without its article: Hama', () => {
    expect(
      ingested(
        'هجوم على قرية',
        ['قتل مسلحون مجهولون ثلاثة رعاة، مساء أمس الأربعاء، قرب قرية المزيرعة في ريف سلمية الشمالي.'],
        '2019-04-04',
        'ar',
      ),
    ).toEqual([{ from: '2019-04-03', to: '2019-04-03', governorate: 'Hama', killed: 3, wounded: null }]);
  });
});

describe("a source's account of the lead, with no place of its own", () => {
  it('a lead dated by the funeral its sentence told, then "وأوضح أن عبوة انفجرت أمس": yesterday', () => {
    expect(
      ingested(
        'تشييع ضحايا في الرطبة',
        [
          'شيع أهالي قضاء الرطبة غربي الأنبار، اليوم الخميس، جثامين ستة من أبناء القضاء قتلهم التنظيم قبل أعوام، فيما أصيب أربعة من عمال البلدية بانفجار عبوة ناسفة.',
          'وقال قائممقام القضاء إن "الجثامين انتشلت من مقبرة جماعية قرب القضاء"، مبينا أن "ذويهم تعرفوا عليهم".',
          'وأضاف أن "موكب التشييع انطلق من مركز القضاء بمشاركة المئات".',
          'وأوضح أن "عبوة ناسفة قديمة انفجرت، أمس الأربعاء، على عمال البلدية أثناء تنظيفهم أحد الشوارع، ما أدى إلى إصابة أربعة منهم".',
        ],
        '2018-10-04',
        'ar',
      ),
    ).toEqual([{ from: '2018-10-03', to: '2018-10-03', governorate: 'Anbar', killed: null, wounded: 4 }]);
  });
});

describe('the toll of a fight the sentence before told on another day', () => {
  it('"the attack came a day after … overran X on Tuesday", then "at least 9 were killed in the fighting"', () => {
    expect(
      ingested(
        'Rockets hit base',
        [
          'Rockets struck an army base near Rutba on Wednesday, officials said. One soldier was killed and two were wounded.',
          'A coalition spokesman said no foreign troops were hurt. "The base is secure," he said.',
          'The attack came a day after militants overran most of the nearby town of Hit on Tuesday.',
          'A police officer said at least nine policemen were killed in the fighting.',
        ],
        '2016-03-10',
        'en',
      ),
    ).toEqual([
      { from: '2016-03-09', to: '2016-03-09', governorate: 'Anbar', killed: 1, wounded: 2 },
      { from: '2016-03-08', to: '2016-03-08', governorate: 'Anbar', killed: 9, wounded: null },
    ]);
  });
});

describe('the dual of the feminine', () => {
  it('"وكانت فتاتان قد قتلتا الشهر الماضي": two killed last month', () => {
    expect(
      ingested(
        'مقتل شاب في المخيم',
        [
          'قتل شاب بإطلاق نار داخل مخيم الهول شرق الحسكة، أمس الثلاثاء.',
          'وكانت فتاتان قد قتلتا الشهر الماضي طعناً داخل خيمتهما في المخيم.',
        ],
        '2021-08-11',
        'ar',
      ),
    ).toEqual([
      { from: '2021-08-10', to: '2021-08-10', governorate: 'Hasakah', killed: 1, wounded: null },
      { from: '2021-07-01', to: '2021-07-31', governorate: 'Hasakah', killed: 2, wounded: null },
    ]);
  });
});

describe('a place told by the attacks it has suffered since a year', () => {
  const lastMonth = { from: '2021-04-01', to: '2021-04-30', governorate: null, killed: 1, wounded: null };
  it('"which has been attacked repeatedly since 2019" sums no span: the killing told last month is kept', () => {
    expect(
      ingested(
        'Gunmen attack village',
        [
          'Police said gunmen attacked a Kakai village near Daquq on Monday, wounding three guards.',
          'Last month, gunmen killed a farmer in the village of Tall Jabal, which has been attacked repeatedly since 2019.',
        ],
        '2021-05-18',
        'en',
      ),
    ).toEqual([
      { from: '2021-05-17', to: '2021-05-17', governorate: 'Kirkuk', killed: null, wounded: 3 },
      lastMonth,
    ]);
  });
  it('"التي تتعرض لهجمات متكررة منذ عام 2019": likewise', () => {
    expect(
      ingested(
        'هجوم على قرية',
        [
          'أصيب ثلاثة حراس بهجوم مسلح على قرية قرب داقوق مساء أمس الاثنين.',
          'وكان مسلحون قد قتلوا مزارعاً الشهر الماضي في قرية تل جبل التي تتعرض لهجمات متكررة منذ عام 2019.',
        ],
        '2021-05-18',
        'ar',
      ),
    ).toEqual([
      { from: '2021-05-17', to: '2021-05-17', governorate: 'Kirkuk', killed: null, wounded: 3 },
      lastMonth,
    ]);
  });
});
