// Rules from the fxwounded2 round (issue 12, the wounded of protests and unsplit tolls): those
// treated are the wounded, a floor for the wounded told again exactly is sharpened, a toll told
// unsplit keeps its count past a qualifier, an unsplit item of a roundup is an incident of its own,
// the wound of a body received is no one wounded, and a count past "أن" is no object of the
// wounding verb before it; and from a later round (which wounded count an incident takes): the wounded
// named as the subject of "still being treated", the dead told again beside the wounded an incident
// lacked, a count told "the same day" as another blow, the event named back by its day ("Sunday's
// blast") or by its place ("اشتباكات قرية X"), one person named by his trade after "أن", and the
// wounded of a fight's other side; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';
import { ingested } from '../support/tolls.js';

const drafts = (title: string, paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  ingested(title, paragraphs, published, lang);

/** Whether each drafted incident tells its toll unsplit. */
const unsplit = (title: string, paragraphs: string[], lang: 'ar' | 'en', published: string) => {
  const result = ingest([title, ...paragraphs].join('\n\n'), { published, lang });
  if (!result.ok) throw new Error(result.error);
  return result.draft.incidents.map((x) => x.checks?.some((c) => c.reason === 'casualties-unsplit') ?? false);
};

describe('people told treated for their injuries are the wounded', () => {
  it('"…بمقتل متظاهر، فيما تلقى 85 شخصاً العلاج من إصابات مختلفة": 1 dead, 85 wounded', () => {
    expect(
      drafts(
        'مقتل متظاهر في تفريق اعتصام بالديوانية',
        [
          'أفاد مصدر طبي في محافظة الديوانية، اليوم الأحد، بمقتل متظاهر خلال تفريق اعتصام وسط المدينة ليلة السبت على الأحد.',
          'وقال المصدر إن "مستشفى الديوانية العام استقبل جثة المتظاهر، فيما تلقى 85 شخصاً العلاج من إصابات مختلفة، بينهم 20 من عناصر الشرطة".',
        ],
        'ar',
        '2019-11-03',
      ),
    ).toEqual([{ from: '2019-11-02', to: '2019-11-03', governorate: 'Qadisiyah', killed: 1, wounded: 85 }]);
  });

  it('"Three demonstrators were shot dead…, and 47 others were treated at the city hospital": 3 dead, 47 wounded', () => {
    expect(
      drafts(
        'Three killed as police disperse protest in Kut',
        [
          'Three demonstrators were shot dead on Tuesday when riot police broke up a sit-in outside the governorate building in Kut, and 47 others were treated at the city hospital, the health directorate said.',
        ],
        'en',
        '2020-01-22',
      ),
    ).toEqual([{ from: '2020-01-21', to: '2020-01-21', governorate: 'Wasit', killed: 3, wounded: 47 }]);
  });
});

describe('the wound of a body received is how that dead was hit, no one wounded', () => {
  it('"استقبل المستشفى جثة رجل مصاب بطلق ناري في الصدر": 1 dead, no wounded', () => {
    expect(
      drafts(
        'مقتل رجل بإطلاق نار في البصرة',
        [
          'أفاد مصدر في شرطة البصرة، اليوم الاثنين، بأن مستشفى الصدر التعليمي استقبل جثة رجل مصاب بطلق ناري في الصدر، بعد هجوم مسلح على منزله في قضاء الزبير مساء أمس الأحد.',
        ],
        'ar',
        '2021-06-07',
      ),
    ).toEqual([{ from: '2021-06-06', to: '2021-06-06', governorate: 'Basra', killed: 1, wounded: null }]);
  });
});

describe('a floor for the wounded told again exactly, above it, is the same toll sharpened', () => {
  it('"more than 20 people injured", then "22 others were treated": one incident, 1 dead, 22 wounded', () => {
    expect(
      drafts(
        'Protester killed in Halabja clashes',
        [
          'One protester was killed and more than 20 people injured on Sunday when guards at a party office in Halabja opened fire on demonstrators, officials said.',
          '"One man died of a gunshot wound and 22 others were treated, three of them guards," a doctor at the town\'s hospital said on Monday.',
        ],
        'en',
        '2016-03-14',
      ),
    ).toEqual([{ from: '2016-03-13', to: '2016-03-13', governorate: 'Halabja', killed: 1, wounded: 22 }]);
  });
});

describe('a toll told unsplit keeps its count past a qualifier', () => {
  it('"…killed or wounded at least 14 civilians on Sunday", then items of Saturday and Friday: three incidents', () => {
    const title = 'Strikes on Idlib kill civilians';
    const paragraphs = [
      'Government air strikes and shelling on the rebel-held district of Jisr al-Shughur killed or wounded at least 14 civilians on Sunday, a monitor said.',
      'In the town of Jisr al-Shughur itself, a strike late Saturday killed a man and his two sons, rescuers said.',
      'The army said in a statement that two of its soldiers were killed and four wounded in clashes with rebels near the town of Saraqib on Friday, bringing the number of soldiers killed since the start of the offensive to 30.',
    ];
    expect(drafts(title, paragraphs, 'en', '2019-12-22')).toEqual([
      { from: '2019-12-22', to: '2019-12-22', governorate: 'Idlib', killed: null, wounded: null },
      { from: '2019-12-21', to: '2019-12-21', governorate: 'Idlib', killed: 3, wounded: null },
      { from: '2019-12-20', to: '2019-12-20', governorate: 'Idlib', killed: 2, wounded: 4 },
    ]);
    expect(unsplit(title, paragraphs, 'en', '2019-12-22')).toEqual([true, false, false]);
  });
});

describe('an item of a roundup told unsplit is casualties of its own', () => {
  it('"ما أوقع خمسة مدنيين بين قتيل وجريح", then a paragraph of 4 dead and 11 wounded elsewhere: three incidents', () => {
    const title = 'تفجيرات تضرب الموصل';
    const paragraphs = [
      'وقال ضابط في الشرطة إن سيارة مفخخة انفجرت في شارع تجاري بحي المثنى شرقي الموصل، اليوم الأحد، ما أدى إلى مقتل ستة أشخاص وإصابة 15 آخرين.',
      'وفي حي الزهور شرقي المدينة، انفجرت عبوة ناسفة قرب سوق للخضار، ما أوقع خمسة مدنيين بين قتيل وجريح، وفق مصدر طبي.',
      'وأضاف المصدر أن انتحارياً فجر نفسه عند نقطة تفتيش في مدخل قضاء تلعفر، ما أسفر عن مقتل أربعة جنود وإصابة 11 آخرين.',
    ];
    expect(
      drafts(title, paragraphs, 'ar', '2017-09-10').map((x) => [x.governorate, x.killed, x.wounded]),
    ).toEqual([
      ['Nineveh', 6, 15],
      ['Nineveh', null, null],
      ['Nineveh', 4, 11],
    ]);
    expect(unsplit(title, paragraphs, 'ar', '2017-09-10')).toEqual([false, true, false]);
  });

  it('"five soldiers were killed and wounded", then "killing one and wounding another": one incident, part of its split', () => {
    expect(
      drafts(
        'Soldiers hit in ISIS attack in Kirkuk',
        [
          'A security source in Kirkuk said five soldiers were killed and wounded in an ISIS attack on an army post near Dibis.',
          'The source said militants attacked the post with sniper fire, killing one soldier and wounding another.',
        ],
        'en',
        '2021-10-04',
      ).length,
    ).toBe(1);
  });
});

describe('a count past "أن" is no object of the wounding verb before it', () => {
  it('"فيما أصيب عناصر الشرطة بالحجارة، مبيناً أن 6 من الجرحى…": no count of the wounded', () => {
    expect(
      drafts(
        'مقتل متظاهرين في مواجهات بالكوت',
        [
          'قتل متظاهران في مواجهات مع القوات الأمنية قرب مبنى المحافظة في مدينة الكوت، اليوم الأحد، بحسب مصدر طبي.',
          'وقال المصدر إن أغلب إصابات المتظاهرين كانت بالرصاص المطاطي، فيما أصيب عناصر الشرطة بالحجارة، مبيناً أن 6 من الجرحى ما زالوا يرقدون في المستشفى.',
        ],
        'ar',
        '2020-02-09',
      ),
    ).toEqual([{ from: '2020-02-09', to: '2020-02-09', governorate: 'Wasit', killed: 2, wounded: null }]);
  });
});

describe('"N wounded were still being treated": those wounded as they are now, no incident of their own', () => {
  it("a hospital's count of the wounded still in its care, a day after a bombing", () => {
    expect(
      ingested(
        'Market bombing in Kirkuk',
        [
          'A bomb hidden in a vegetable cart killed five people at a market in the city of Kirkuk on Monday, police said.',
          "A doctor at the city's main hospital said 12 wounded were still being treated there on Tuesday.",
        ],
        '2019-04-09',
      ),
    ).toEqual([{ from: '2019-04-08', to: '2019-04-08', governorate: 'Kirkuk', killed: 5, wounded: 12 }]);
  });
});

describe('the dead an incident has, told again a few sentences on beside the wounded it lacked: the same blow', () => {
  it('"…ما أدى إلى مقتل ثلاثة أشخاص وإصابة أربعة آخرين" two sentences after three dead', () => {
    expect(
      ingested(
        'نزاع عشائري في ميسان',
        [
          'أعلنت شرطة ميسان، اليوم الثلاثاء، اعتقال متهمين بنزاع عشائري وقع في قضاء المجر الكبير، مساء الأحد، وأسفر عن مقتل ثلاثة أشخاص.',
          'وذكر بيان للشرطة أن القوة ضبطت بندقيتين بحوزة المتهمين.',
          'وقال مصدر محلي إن النزاع اندلع بسبب خلاف على حصص المياه، واستخدمت فيه الأسلحة الخفيفة، ما أدى إلى مقتل ثلاثة أشخاص وإصابة أربعة آخرين.',
        ],
        '2021-07-13',
      ),
    ).toEqual([{ from: '2021-07-11', to: '2021-07-11', governorate: 'Maysan', killed: 3, wounded: 4 }]);
  });
});

describe('a count told "the same day" as the event before, with other dead: another blow that day', () => {
  it('"Two soldiers were killed and four wounded the same day by sniper fire", after air strikes that killed ten', () => {
    expect(
      ingested(
        'Fighting around Manbij',
        [
          'On Monday, a war monitor said air strikes on a village east of Manbij in Aleppo province killed ten civilians.',
          'Two soldiers were killed and four wounded the same day by sniper fire near the river crossing, an officer said.',
        ],
        '2018-02-06',
      ),
    ).toEqual([
      { from: '2018-02-05', to: '2018-02-05', governorate: 'Aleppo', killed: 10, wounded: null },
      { from: '2018-02-05', to: '2018-02-05', governorate: 'Aleppo', killed: 2, wounded: 4 },
    ]);
  });
});

describe('the event named back by the day that owns it: its victims, on its day', () => {
  it('"several of the more than 30 people wounded in Sunday\'s bombing died of their wounds"', () => {
    expect(
      ingested(
        'Toll from Hama bombing rises',
        [
          'The death toll from a car bombing at a bus station in the city of Hama on Sunday has risen to 15, a monitoring group said on Thursday.',
          "The group said several of the more than 30 people wounded in Sunday's bombing died of their wounds in hospital.",
        ],
        '2016-05-12',
      ),
    ).toEqual([{ from: '2016-05-08', to: '2016-05-08', governorate: 'Hama', killed: 15, wounded: 30 }]);
  });
});

describe('the event named back by its place in the construct state ("خلال اشتباكات قرية X")', () => {
  it('the soldiers killed and wounded "خلال اشتباكات قرية X", told after the militants the clash killed', () => {
    expect(
      ingested(
        'مقتل 20 إرهابياً في نينوى',
        [
          'أعلنت قيادة العمليات، اليوم الخميس، أن قطعات الجيش اشتبكت صباح أمس الأربعاء مع عناصر داعش في قرية البوير جنوب الموصل، ما أسفر عن مقتل 20 إرهابياً.',
          'وأضاف البيان أن القطعات عثرت على مخزن للعتاد في القرية.',
          'وأشار البيان إلى استشهاد جنديين وإصابة أربعة آخرين خلال اشتباكات قرية البوير.',
        ],
        '2016-08-11',
      ),
    ).toEqual([{ from: '2016-08-10', to: '2016-08-10', governorate: 'Nineveh', killed: 20, wounded: 4 }]);
  });
});

describe('one person named by his trade after "أن" ("بأن سائق شاحنة أصيب"): one wounded', () => {
  it('"أفاد مصدر بأن سائق شاحنة أصيب بجروح إثر انفجار عبوة"', () => {
    expect(
      ingested(
        'انفجار عبوة في تلعفر',
        [
          'أفاد مصدر أمني في قضاء تلعفر بأن سائق شاحنة أصيب بجروح إثر انفجار عبوة ناسفة على الطريق، صباح اليوم.',
        ],
        '2022-11-20',
      ),
    ).toEqual([{ from: '2022-11-20', to: '2022-11-20', governorate: 'Nineveh', killed: null, wounded: 1 }]);
  });
});

describe('the other side of a fight, its dead and its wounded, told by "فيما": the fight\'s toll', () => {
  it('"مقتل سبعة من عناصر التنظيم في اشتباكات مع قسد، فيما قتل عنصران من قسد وأصيب ثلاثة آخرون"', () => {
    expect(
      ingested(
        'اشتباكات في دير الزور',
        [
          'أفاد مصدر محلي، اليوم الجمعة، بمقتل سبعة من عناصر تنظيم داعش في اشتباكات مع قسد في بلدة هجين بريف دير الزور الشرقي، فيما قتل عنصران من قسد وأصيب ثلاثة آخرون.',
        ],
        '2018-11-23',
      ),
    ).toEqual([{ from: '2018-11-23', to: '2018-11-23', governorate: 'Deir ez-Zor', killed: 9, wounded: 3 }]);
  });
});
