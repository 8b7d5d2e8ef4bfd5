// Rules from the fxmissing round (issue 12, incidents told in a way the pipeline drafted not at all):
// a month with its day after "since", a pluperfect subject described at length, "أعدم" as a killing,
// "على الأقل" after the counted noun, a city's series of blows told unsplit in the lead; each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"the deadliest since May 28, when …": the day of the earlier event, not a span', () => {
  it('the earlier blow is drafted on its own day with its toll', () => {
    expect(
      ingested(
        'Bomb kills six in Kirkuk market',
        [
          'A bomb hidden in a vegetable cart exploded in a crowded market in Kirkuk on Thursday, killing six people and wounding 19, police said.',
          'It was the deadliest attack in the city since March 14, when a suicide bomber killed 11 people at a wedding hall.',
        ],
        '2013-06-20',
      ),
    ).toEqual([
      { from: '2013-06-20', to: '2013-06-20', governorate: 'Kirkuk', killed: 6, wounded: 19 },
      { from: '2013-03-14', to: '2013-03-14', governorate: 'Kirkuk', killed: 11, wounded: null },
    ]);
  });
});

describe('"وكان أحد … قد أصيب": one person, however long the description before the verb', () => {
  it('a worker of a demining team described at length, wounded last week: one wounded', () => {
    expect(
      ingested(
        'انفجار لغم في دهوك',
        [
          'قتل مزارع بانفجار لغم أرضي في قرية قرب قضاء زاخو بمحافظة دهوك، اليوم الأحد.',
          'وكان أحد المتطوعين في فريق محلي تابع لجمعية خيرية لنزع الألغام قد أصيب بجروح الأسبوع الماضي، بانفجار لغم في قرية قرب قضاء العمادية في محافظة دهوك.',
        ],
        '2019-04-14',
      ),
    ).toEqual([
      { from: '2019-04-14', to: '2019-04-14', governorate: 'Duhok', killed: 1, wounded: null },
      { from: '2019-04-01', to: '2019-04-07', governorate: 'Duhok', killed: null, wounded: 1 },
    ]);
  });
});

describe('"أعدم" is a killing: its object counts the dead', () => {
  it('"أعدم مسلحو التنظيم ثلاثة رعاة": three dead', () => {
    expect(
      ingested(
        'التنظيم يعدم رعاة في البادية',
        [
          'أعدم مسلحو تنظيم داعش ثلاثة رعاة في بادية مدينة الميادين بريف دير الزور، يوم أمس، بتهمة التعامل مع الجيش.',
        ],
        '2019-02-11',
      ),
    ).toEqual([
      { from: '2019-02-10', to: '2019-02-10', governorate: 'Deir ez-Zor', killed: 3, wounded: null },
    ]);
  });
});

describe('"N عنصراً على الأقل من …": at least told after the counted noun, the count stands', () => {
  it('"أن 12 مقاتلاً على الأقل من الفصائل قتلوا": twelve dead', () => {
    expect(
      ingested(
        'معارك في ريف إدلب',
        [
          'وأفاد المرصد بأن 12 مقاتلاً على الأقل من الفصائل قتلوا في اشتباكات مع قوات النظام قرب بلدة سراقب في ريف إدلب، اليوم.',
        ],
        '2020-02-03',
      ),
    ).toEqual([{ from: '2020-02-03', to: '2020-02-03', governorate: 'Idlib', killed: 12, wounded: null }]);
  });
});

describe('a series of blows in one city told unsplit in the lead: each item its own incident', () => {
  it('"قتل وأصيب أكثر من 30 شخصاً في سلسلة تفجيرات … في بغداد", then three items', () => {
    expect(
      ingested(
        'تفجيرات في بغداد',
        [
          'قتل وأصيب أكثر من 30 شخصاً في سلسلة تفجيرات ضربت مناطق عدة في بغداد، اليوم الخميس، بحسب مصادر أمنية.',
          'وقال مصدر في الشرطة إن سيارة مفخخة انفجرت قرب سوق شعبي في حي الحرية شمالي بغداد، ما أدى إلى مقتل خمسة أشخاص وإصابة 14 آخرين.',
          'وفي منطقة الدورة جنوبي العاصمة، انفجرت عبوة ناسفة قرب مقهى، ما أسفر عن مقتل شخصين وإصابة ستة آخرين.',
          'وأضاف المصدر أن انتحاريا فجر نفسه عند حاجز للجيش في مدينة الكاظمية، ما أسفر عن مقتل جنديين وإصابة أربعة آخرين.',
        ],
        '2013-09-12',
      ),
    ).toEqual([
      { from: '2013-09-12', to: '2013-09-12', governorate: 'Baghdad', killed: 5, wounded: 14 },
      { from: '2013-09-12', to: '2013-09-12', governorate: 'Baghdad', killed: 2, wounded: 6 },
      { from: '2013-09-12', to: '2013-09-12', governorate: 'Baghdad', killed: 2, wounded: 4 },
    ]);
  });
});

describe('a siege broken is a battle: the lead that tells it is the event the fighting is told of', () => {
  it('"تمكنت وحدات الجيش أمس من كسر الحصار …", then the clashes: one battle, yesterday', () => {
    expect(
      ingested(
        'الجيش يصل إلى المدينة',
        [
          'تمكنت وحدات من الجيش أمس من الوصول إلى أطراف مدينة تدمر بريف حمص الشرقي وكسر الحصار المفروض على المطار العسكري.',
          'وأفاد مصدر ميداني بأن الوحدات خاضت اشتباكات عنيفة مع المسلحين أوقعت العشرات منهم قتلى.',
        ],
        '2016-03-25',
      ),
    ).toEqual([{ from: '2016-03-24', to: '2016-03-24', governorate: 'Homs', killed: null, wounded: null }]);
  });
});

describe('"On that occasion, N were injured": the day the sentence before gave the earlier event', () => {
  it('the crowd that stormed a building on an earlier day: its wounded on that day', () => {
    expect(
      ingested(
        'Protesters storm Basra council',
        [
          'Protesters stormed the provincial council building in Basra on Friday, and guards opened fire, killing two of them, officials said.',
          'It was the worst unrest in the city since crowds first broke into the Iranian consulate on September 7.',
          'On that occasion, about 40 people were injured when police fired tear gas at the crowd.',
        ],
        '2018-10-13',
      ),
    ).toEqual([
      { from: '2018-10-12', to: '2018-10-12', governorate: 'Basra', killed: 2, wounded: null },
      { from: '2018-09-07', to: '2018-09-07', governorate: 'Basra', killed: null, wounded: 40 },
    ]);
  });
});
