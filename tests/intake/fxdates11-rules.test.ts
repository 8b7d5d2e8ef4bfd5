// Rules from the fxdates11 round (issue 12, the right place drafted on another day, or the right day
// in another governorate): a line of dates alone is no lead whose day the items take; a part of a
// year ("مطلع العام الجاري", "late last year") is the quarter it names; "وتأتي هذه الغارات ضمن حملة…"
// sets the scene and lends the blows no day; a deed's own verb ("fired") after "said" makes the day
// the deed's; the outlet told in brackets, a capital that comments, reinforcements' origin and a
// victim's home by age place nothing; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a line of dates alone is the day the page was put out', () => {
  it('a dateline above a lead that tells the dead "مساء أمس", and an item told after it', () => {
    expect(
      ingested(
        'مقتل شقيقين برصاص مجهولين في الميادين',
        [
          'الخميس 18 كانون الثاني 2024',
          'نعى أهالي مدينة الميادين بريف دير الزور الشرقي الشقيقين، اللذين قتلا برصاص مسلحين مجهولين، مساء أمس، أثناء عودتهما إلى منزلهما.',
          'وقال أحد أقاربهما لشبكة محلية إن سيارة اعترضت طريق الشقيقين قرب دوار الميادين، وترجل منها مسلحان أطلقا النار عليهما، ما أدى إلى مقتل أحدهما على الفور، فيما فارق الآخر الحياة في طريق إسعافه. كما أصيبت امرأة كانت تمر في الشارع.',
        ],
        '2024-01-18',
      ),
    ).toEqual([
      { from: '2024-01-17', to: '2024-01-17', governorate: 'Deir ez-Zor', killed: 2, wounded: null },
      { from: '2024-01-17', to: '2024-01-17', governorate: 'Deir ez-Zor', killed: 1, wounded: 1 },
    ]);
  });
});

describe('a part of a year is the quarter it names', () => {
  it('"مطلع العام الجاري": January to March', () => {
    expect(
      ingested(
        'مقتل راع بانفجار لغم في ريف الرقة',
        [
          'قتل راع بانفجار لغم أرضي، صباح اليوم، قرب بلدة معدان بريف الرقة الشرقي.',
          'وكان شقيقه قد قتل بانفجار لغم مماثل في المنطقة ذاتها مطلع العام الجاري.',
        ],
        '2023-07-12',
      ),
    ).toEqual([
      { from: '2023-07-12', to: '2023-07-12', governorate: 'Raqqa', killed: 1, wounded: null },
      { from: '2023-01-01', to: '2023-03-31', governorate: 'Raqqa', killed: 1, wounded: null },
    ]);
  });

  it('"late last year": October to December of the year before', () => {
    expect(
      ingested(
        'Bomb kills two in Tikrit',
        [
          'A roadside bomb killed two policemen on Sunday near Tikrit in Salahuddin province, officers said.',
          'Late last year, a similar bomb killed a soldier on the same road near Samarra.',
        ],
        '2019-03-04',
      ),
    ).toEqual([
      { from: '2019-03-03', to: '2019-03-03', governorate: 'Salahuddin', killed: 2, wounded: null },
      { from: '2018-10-01', to: '2018-12-31', governorate: 'Salahuddin', killed: 1, wounded: null },
    ]);
  });
});

describe('"وتأتي هذه الغارات ضمن حملة…": the campaign\'s day is not the blows\'', () => {
  it('the campaign begun "يوم الأحد الماضي" lends the strike told before it no day', () => {
    expect(
      ingested(
        'مقتل مدنيين بغارات على ريف إدلب',
        [
          'قتل مدنيان، اليوم، بغارة جوية استهدفت منزلاً في بلدة سرمين بريف إدلب الشرقي.',
          'وبعد ساعة، استهدفت غارة ثانية دراجة نارية على طريق قرية آفس، ما أدى إلى مقتل شاب.',
          'وتأتي هذه الغارات ضمن حملة قصف بدأتها الطائرات يوم الأحد الماضي، ونفذت خلالها عشرات الغارات على المنطقة.',
        ],
        '2021-06-10',
      ),
    ).toEqual([
      { from: '2021-06-10', to: '2021-06-10', governorate: 'Idlib', killed: 2, wounded: null },
      { from: '2021-06-10', to: '2021-06-10', governorate: 'Idlib', killed: 1, wounded: null },
    ]);
  });
});

describe('"said gunmen fired … on Saturday": the day after the deed\'s own verb is the deed\'s', () => {
  it('a second item told through an agency, after a lead told the day before', () => {
    expect(
      ingested(
        'Shelling kills five in Aleppo province',
        [
          'Government artillery shelled the town of Atarib in Aleppo province late on Friday, killing five people, a monitor said on Saturday.',
          'Separately, the state news agency said militants fired mortar rounds on Saturday at a neighbourhood of Latakia city, killing two civilians.',
        ],
        '2016-04-09',
      ),
    ).toEqual([
      { from: '2016-04-08', to: '2016-04-08', governorate: 'Aleppo', killed: 5, wounded: null },
      { from: '2016-04-09', to: '2016-04-09', governorate: 'Latakia', killed: 2, wounded: null },
    ]);
  });
});

describe('places that are not where it happened', () => {
  it('the outlet told in brackets, "لـ(بغداد اليوم)"', () => {
    expect(
      ingested(
        'نزاع عشائري في ناحية العظيم',
        [
          'قتل شخصان وأصيب ثلاثة آخرون بنزاع عشائري مسلح اندلع عصر أمس في قرية تابعة لناحية العظيم شمالي ديالى.',
          'وقال مصدر محلي لـ(بغداد اليوم) إن "النزاع تجدد صباح اليوم ما أدى إلى إصابة شخص آخر".',
        ],
        '2021-03-02',
      ),
    ).toEqual([
      { from: '2021-03-01', to: '2021-03-01', governorate: 'Diyala', killed: 2, wounded: 3 },
      { from: '2021-03-02', to: '2021-03-02', governorate: 'Diyala', killed: null, wounded: 1 },
    ]);
  });

  it('a capital that does not comment, "ولم تعلّق عليه دمشق حتى الآن"', () => {
    expect(
      ingested(
        'قصف تركي على ريف حلب',
        [
          'قتل مدنيان بقصف مدفعي تركي على قرية قرب بلدة منبج شرقي حلب، مساء أمس.',
          'واليوم، أعلن المرصد أن أربعة جنود قتلوا بقصف تركي على نقطة عسكرية في قرية الحمرة، ولم تعلّق عليه دمشق حتى الآن.',
        ],
        '2024-01-18',
      ),
    ).toEqual([
      { from: '2024-01-17', to: '2024-01-17', governorate: 'Aleppo', killed: 2, wounded: null },
      { from: '2024-01-18', to: '2024-01-18', governorate: 'Aleppo', killed: 4, wounded: null },
    ]);
  });

  it('where reinforcements came from, "بعد وصول تعزيزات من ريف الحسكة"', () => {
    expect(
      ingested(
        'اشتباكات في ريف دير الزور',
        [
          'قتل خمسة مقاتلين في اشتباكات اندلعت فجر اليوم في بلدة ذيبان بريف دير الزور الشرقي.',
          'وتمكن المهاجمون في الساعات الأولى من الهجوم من السيطرة على أجزاء من قرية الرويشد، قبل أن تستعيدها القوات مساء اليوم بعد وصول تعزيزات من ريف الحسكة ومساندة من الطيران الحربي الذي حلق فوق المنطقة.',
          'وفي وقت لاحق، قصفت القوات بالمدفعية قرية الحمادي المقابلة على الضفة الأخرى للنهر، ما أدى إلى مقتل وإصابة سبعة مدنيين.',
        ],
        '2024-01-18',
      ),
    ).toEqual([
      { from: '2024-01-18', to: '2024-01-18', governorate: 'Deir ez-Zor', killed: 5, wounded: null },
      { from: '2024-01-18', to: '2024-01-18', governorate: 'Deir ez-Zor', killed: null, wounded: null },
    ]);
  });

  it('a victim told by age and home, "a 30-year-old from Tafas"', () => {
    expect(
      ingested(
        'Body found in Suwayda countryside',
        [
          'The body of a 30-year-old from Tafas, kidnapped last week, was found on Monday near the al-Rasha farms, bearing gunshot wounds, activists said.',
        ],
        '2024-01-18',
      ),
    ).toEqual([
      { from: '2024-01-15', to: '2024-01-15', governorate: 'Suwayda', killed: null, wounded: null },
    ]);
  });
});
