// Rules from the fxplaces16 round (issue 12, places and dates): a village the gazetteer does not know
// takes the one governorate the article places its events in, or names; a district's countryside told
// without its article; a source's account with no place of its own dates the lead; a toll of a fight
// told the sentence before keeps that fight's day and place; a place's history of attacks; the dual
// "قتلتا"; on sentences written for them.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a village the gazetteer does not know, in an article about one governorate', () => {
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

  it('"Last month … near the village of X" after an event placed in one governorate: that one', () => {
    expect(
      ingested(
        'Gunmen kill farmers',
        [
          'Gunmen killed four farmers on Sunday in the countryside of Manbij in Aleppo province, a monitor said.',
          'Last month, five shepherds were killed when gunmen ambushed them near the village of Qarqoush.',
        ],
        '2020-05-12',
        'en',
      ),
    ).toEqual([
      { from: '2020-05-10', to: '2020-05-10', governorate: 'Aleppo', killed: 4, wounded: null },
      { from: '2020-04-01', to: '2020-04-30', governorate: 'Aleppo', killed: 5, wounded: null },
    ]);
  });

  it("a village told alone in a bulletin whose other news is of one governorate's town: that one", () => {
    expect(
      ingested(
        'نشرة المساء في سوريا',
        [
          '- المياه: أعلنت مؤسسة المياه في مدينة منبج قطع المياه عن الأحياء الشرقية يومين.',
          '- لغم: قتل مزارع، صباح أمس الاثنين، بانفجار لغم أرضي أثناء عمله في أرضه في قرية الزعيترية.',
        ],
        '2021-03-09',
        'ar',
      ),
    ).toEqual([{ from: '2021-03-08', to: '2021-03-08', governorate: 'Aleppo', killed: 1, wounded: null }]);
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

describe('a place told by the attacks it has suffered since a year', () => {
  it('"Last month, gunmen killed … in the village of X, which has been attacked repeatedly since 2019"', () => {
    expect(
      ingested(
        'Attack on a village',
        [
          'Gunmen killed two shepherds near Tuz Khurmatu on Tuesday, police said.',
          'Last month, gunmen killed a teacher in the village of Sardawa, which has been attacked repeatedly since 2019.',
        ],
        '2022-06-08',
        'en',
      ),
    ).toEqual([
      { from: '2022-06-07', to: '2022-06-07', governorate: 'Salahuddin', killed: 2, wounded: null },
      { from: '2022-05-01', to: '2022-05-31', governorate: 'Salahuddin', killed: 1, wounded: null },
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
