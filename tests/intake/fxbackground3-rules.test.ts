// Rules found on background events told with a month, a year or a span before the news (issue 12,
// fixer fxbackground3): each earlier event with a toll is an incident of its own, dated by its own
// words and counted by its own words; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents, ingested } from '../support/tolls.js';

const days = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  incidents(paragraphs, lang, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"في أيار من العام الماضي", "in May last year": a month told with its year after it', () => {
  it('is the month of that year, in Arabic, also when the year is written out', () => {
    expect(
      days(
        [
          'أصيب جنديان بانفجار عبوة ناسفة على طريق في قضاء طوزخورماتو بمحافظة صلاح الدين، اليوم الثلاثاء.',
          'وكان الطريق نفسه قد شهد في تموز من العام الماضي تفجيراً مماثلاً أسفر عن مقتل سائق شاحنة.',
          'وفي حزيران من عام 2019، قتل ثلاثة جنود بتفجير مماثل على الطريق نفسه.',
        ],
        'ar',
        '2021-07-13',
      ),
    ).toEqual([
      ['2021-07-13', '2021-07-13', 'Salahuddin', null, 2],
      ['2020-07-01', '2020-07-31', 'Salahuddin', 1, null],
      ['2019-06-01', '2019-06-30', 'Salahuddin', 3, null],
    ]);
  });
  it('is the month of last year in English', () => {
    expect(
      days(
        [
          'A roadside bomb wounded two soldiers on a road near Tuz Khurmatu in Salahuddin province on Tuesday.',
          'In July last year, a similar bombing on the same road killed a truck driver.',
        ],
        'en',
        '2021-07-13',
      ),
    ).toEqual([
      ['2021-07-13', '2021-07-13', 'Salahuddin', null, 2],
      ['2020-07-01', '2020-07-31', 'Salahuddin', 1, null],
    ]);
  });
});

describe('"وقبل نحو ثلاثة أسابيع": so long ago, told as about so long', () => {
  it('dates the earlier killing around that many weeks back, not on the day of the news', () => {
    expect(
      days(
        [
          'قتل مزارع برصاص مسلحين مجهولين في قرية تابعة لناحية العظيم بمحافظة ديالى، مساء اليوم الأحد.',
          'وقبل نحو ثلاثة أسابيع، قتل شقيقان بهجوم مماثل في قرية أخرى من ناحية العظيم.',
        ],
        'ar',
        '2020-10-11',
      ),
    ).toEqual([
      ['2020-10-11', '2020-10-11', 'Diyala', 1, null],
      ['2020-09-18', '2020-09-22', 'Diyala', 2, null],
    ]);
  });
  it('inside a clause it dates what that clause tells (a return), not the blow told after it', () => {
    expect(
      days(
        [
          'قتل طفل بانفجار لغم في مدينة تدمر شرقي حمص، اليوم الاثنين.',
          'وقال أحد الجيران إن الطفل كان يرعى الأغنام قرب بيت أسرته التي رجعت إلى تدمر قبل نحو شهرين، عندما انفجر به لغم، ما أدى إلى مقتله على الفور.',
        ],
        'ar',
        '2018-11-19',
      ),
    ).toEqual([['2018-11-19', '2018-11-19', 'Homs', 1, null]]);
  });
});

describe('"وكانت القيادة قد أعلنت، يوم الثلاثاء الماضي، مقتل خمسة إرهابيين": an earlier announcement of militants killed', () => {
  it('dates the strike it announced by that day, not by the day of the news', () => {
    expect(
      days(
        [
          'أعلنت قيادة العمليات المشتركة، اليوم السبت، مقتل ثلاثة إرهابيين بضربة جوية في جبال حمرين بمحافظة ديالى.',
          'وكانت القيادة قد أعلنت، يوم الثلاثاء الماضي، مقتل خمسة إرهابيين بضربة جوية على وكر لهم في قضاء خانقين.',
        ],
        'ar',
        '2020-10-17',
      ),
    ).toEqual([
      ['2020-10-17', '2020-10-17', 'Diyala', 3, null],
      ['2020-10-12', '2020-10-13', 'Diyala', 5, null],
    ]);
  });
  it('an announcement told over a span ("أواخر الشهر الماضي") holds the strike inside that span', () => {
    expect(
      days(
        [
          'أعلنت قيادة العمليات المشتركة، اليوم السبت، مقتل ثلاثة إرهابيين بضربة جوية في جبال حمرين بمحافظة ديالى.',
          'وكانت القيادة قد أعلنت أواخر الشهر الماضي مقتل خمسة إرهابيين بضربة جوية على وكر لهم في قضاء خانقين.',
        ],
        'ar',
        '2020-10-17',
      ),
    ).toEqual([
      ['2020-10-17', '2020-10-17', 'Diyala', 3, null],
      ['2020-09-21', '2020-09-30', 'Diyala', 5, null],
    ]);
  });
});

describe('"وكانت منظومة دفاع جوي قد أسقطت مساء أمس …، فإن شظاياها أصابت حارساً": the toll of the earlier drone', () => {
  it('is that drone’s, on its day, and not more of the attack told first', () => {
    expect(
      ingested(
        'طائرتان مسيرتان تستهدفان قاعدة حرير ومطار أربيل',
        [
          'تعرضت قاعدة حرير العسكرية في قضاء شقلاوة، فجر اليوم الاثنين، لهجوم بطائرة مسيرة.',
          'وكانت منظومة دفاع جوي قد أسقطت مساء أمس الأحد طائرة مسيرة مفخخة كانت تحلق فوق مطار أربيل، وبحسب الشرطة، فإن شظاياها أصابت حارساً بجروح طفيفة.',
        ],
        '2023-11-20',
        'ar',
      ).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]),
    ).toEqual([
      ['2023-11-20', '2023-11-20', 'Erbil', null, null],
      ['2023-11-19', '2023-11-19', 'Erbil', null, 1],
    ]);
  });
});

describe('"were found with their throats cut", "a woman who worked in the camp kitchen with them was wounded"', () => {
  const LEAD =
    'Gunmen shot dead a guard at a displacement camp in Hasakah province late on Sunday, officials said.';
  it('men found with their throats cut, or beheaded, were killed', () => {
    expect(
      days(
        [LEAD, 'Last week, three men were found with their throats cut in a shelter near the camp.'],
        'en',
        '2021-03-15',
      ),
    ).toEqual([
      ['2021-03-14', '2021-03-14', 'Hasakah', 1, null],
      ['2021-03-08', '2021-03-14', 'Hasakah', 3, null],
    ]);
    expect(
      days(
        [LEAD, 'Last week, two traders were found beheaded in a shelter near the camp.'],
        'en',
        '2021-03-15',
      ),
    ).toEqual([
      ['2021-03-14', '2021-03-14', 'Hasakah', 1, null],
      ['2021-03-08', '2021-03-14', 'Hasakah', 2, null],
    ]);
  });
  it('a relative clause in the simple past between the one counted and "was wounded" tells who she was', () => {
    expect(
      days(
        [
          LEAD,
          'Last week, three men were killed in a shelter near the camp, and a woman who worked in the camp kitchen with them was wounded.',
        ],
        'en',
        '2021-03-15',
      ),
    ).toEqual([
      ['2021-03-14', '2021-03-14', 'Hasakah', 1, null],
      ['2021-03-08', '2021-03-14', 'Hasakah', 3, 1],
    ]);
  });
});

// Later rules of the same cause, on earlier events told inside an article: one person named by his
// trade and where he is from before the verb; a money changer named by his trade; a killing told by
// its gunfire in an article about an epidemic.
describe('one person of a trade, and where he is from, after "أن" (that-one-of-trade.ts)', () => {
  it('"أن سائق شاحنة من سكان القرية قتل": one killed', () => {
    expect(
      ingested(
        'هجوم قرب طوزخورماتو',
        [
          'وقال مصدر أمني إن سائق شاحنة من سكان القرية قتل مساء أمس برصاص مسلحين مجهولين على طريق طوزخورماتو.',
        ],
        '2019-06-12',
      ),
    ).toEqual([
      { from: '2019-06-11', to: '2019-06-11', governorate: 'Salahuddin', killed: 1, wounded: null },
    ]);
  });

  it('"أن بائع خضار من أهالي الناحية أصيب": one wounded, the earlier event beside the one told', () => {
    expect(
      ingested(
        'قصف على قرية قرب طوزخورماتو',
        [
          'سقطت قذائف هاون على قرية قرب طوزخورماتو اليوم الأربعاء من دون أن تسفر عن إصابات.',
          'وأضاف المصدر أن "بائع خضار من أهالي الناحية أصيب الشهر الماضي بقذيفة مماثلة قرب السوق".',
        ],
        '2019-06-12',
      ).map((x) => ({ from: x.from, killed: x.killed, wounded: x.wounded })),
    ).toEqual([
      { from: '2019-06-12', killed: 0, wounded: 0 },
      { from: '2019-05-01', killed: null, wounded: 1 },
    ]);
  });
});

describe('a money changer named by his trade (casualty-words.ts)', () => {
  it('"قتل صراف وشقيقه": two killed', () => {
    expect(
      ingested(
        'مقتل صراف في الدانا',
        ['وقتل صراف وشقيقه مساء أمس الأحد برصاص مسلحين مجهولين داخل محلهما في مدينة الدانا شمالي إدلب.'],
        '2021-11-08',
      ),
    ).toEqual([{ from: '2021-11-07', to: '2021-11-07', governorate: 'Idlib', killed: 2, wounded: null }]);
  });

  it('"مقتل صرافَين": the dual, two killed', () => {
    expect(
      ingested(
        'مقتل صرافين في الدانا',
        ['قتل صرافان مساء أمس الأحد برصاص مسلحين مجهولين في مدينة الدانا شمالي إدلب.'],
        '2021-11-08',
      ).map((x) => x.killed),
    ).toEqual([2]);
  });
});

describe('a killing told by its gunfire in an article about an epidemic (wounds-not-infection.ts)', () => {
  it('"قتل فيها رجل وابنه بإطلاق نار", beside cholera cases: the killing drafted', () => {
    expect(
      ingested(
        'الكوليرا في مخيمات الدانا',
        [
          'سجلت مديرية الصحة اليوم الأربعاء خمس إصابات جديدة بمرض الكوليرا في مخيمات الدانا شمالي إدلب.',
          'وكانت مدينة الدانا قد شهدت حادثة في تموز الماضي، قتل فيها رجل وابنه بإطلاق نار على سيارتهما عند مدخل المدينة.',
        ],
        '2022-09-14',
      ).map((x) => ({ from: x.from, to: x.to, killed: x.killed })),
    ).toEqual([{ from: '2022-07-01', to: '2022-07-31', killed: 2 }]);
  });
});
