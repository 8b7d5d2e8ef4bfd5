// Rules found on probe-w's misses (issue 12), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { ingest } from '../../src/intake/ingest.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

/** Each drafted incident's dead and wounded; `title` places what the body leaves unplaced, as a headline does. */
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published: string, title?: string) =>
  extractIncidents(splitSentences(paragraphs, lang), {
    lang,
    published,
    resolvePlace,
    titlePlace: title ? resolvePlace(title, lang) : null,
  }).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('", and a roadside bomb killed …": a new subject with its own verb is another clause', () => {
  it('a shooting and a bomb told in one sentence are two incidents', () => {
    expect(
      tolls(
        [
          'Gunmen killed a shopkeeper in Mahmudiya, south of Baghdad, and a roadside bomb wounded four policemen on a road near Baquba, police said.',
        ],
        'en',
        '2017-03-14',
      ),
    ).toEqual([
      { killed: 1, wounded: null },
      { killed: null, wounded: 4 },
    ]);
  });

  it('"…, and two mortar rounds wounded …": a count as the new subject likewise', () => {
    expect(
      tolls(
        [
          'A sniper shot dead a farmer near the town of Tuz Khurmatu, and two mortar rounds wounded five people in a market in Khalis, officials said.',
        ],
        'en',
        '2017-03-14',
      ),
    ).toEqual([
      { killed: 1, wounded: null },
      { killed: null, wounded: 5 },
    ]);
  });
});

describe("a lead's toll told across the whole country sums items in any governorate", () => {
  it('"across Iraq … as troops advanced on Tal Afar": the lead goes, the items remain', () => {
    expect(
      tolls(
        [
          'Bombings across Iraq killed five people on Sunday, as government troops advanced on the town of Tal Afar, officials said.',
          'In Baghdad, a car bomb killed three people near a market in Sadr City.',
          'In Tikrit, a bomb planted under a car killed two soldiers.',
        ],
        'en',
        '2017-08-20',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });

  it('"في أنحاء متفرقة من العراق … قرب تلعفر": the lead goes, the items remain', () => {
    expect(
      tolls(
        [
          'قتل خمسة أشخاص بهجمات في أنحاء متفرقة من العراق اليوم الأحد مع تقدم القوات الحكومية نحو قضاء تلعفر.',
          'ففي بغداد، قتل ثلاثة أشخاص بانفجار سيارة مفخخة قرب سوق في مدينة الصدر.',
          'وفي تكريت، قتل جنديان بانفجار عبوة ناسفة لاصقة.',
        ],
        'ar',
        '2017-08-20',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });
});

describe('"ارتقى" (rose as a martyr) tells the dead', () => {
  it('"ارتقى ثلاثة مواطنين وأصيب سبعة": three dead, seven wounded', () => {
    expect(
      tolls(
        ['ارتقى ثلاثة مواطنين وأصيب سبعة آخرون بقذائف أطلقها إرهابيون على حي سكني في مدينة حلب صباح اليوم.'],
        'ar',
        '2016-05-03',
      ),
    ).toEqual([{ killed: 3, wounded: 7 }]);
  });
});

describe('"about ten minutes later" is a time, no approximate toll', () => {
  it('a blast "بعد نحو عشرين دقيقة" with a toll of its own is another incident', () => {
    expect(
      tolls(
        [
          'قتل خمسة مدنيين وأصيب 12 بانفجار سيارة مفخخة قرب دوار في مدينة حمص صباح اليوم، وبعد نحو عشرين دقيقة انفجرت عبوة ناسفة بين المتجمعين، ما أدى إلى مقتل اثنين وإصابة تسعة.',
        ],
        'ar',
        '2016-02-21',
        'مقتل سبعة مدنيين بتفجيرين في حمص',
      ),
    ).toEqual([
      { killed: 5, wounded: 12 },
      { killed: 2, wounded: 9 },
    ]);
  });

  it('"about 15 minutes later, a bomb went off" likewise', () => {
    expect(
      tolls(
        [
          'A car bomb killed five civilians and wounded 12 at a roundabout in the city of Homs on Sunday morning.',
          'About 15 minutes later, a bomb went off among the crowd, killing two people and wounding nine.',
        ],
        'en',
        '2016-02-21',
        'Twin blasts kill seven in Homs',
      ),
    ).toEqual([
      { killed: 5, wounded: 12 },
      { killed: 2, wounded: 9 },
    ]);
  });
});

describe('someone’s children named "ولداه", "ولديه" are counted', () => {
  it('"قتل مزارع وولداه": three dead', () => {
    expect(
      tolls(
        ['قتل مزارع وولداه بانفجار لغم أرضي في أرض زراعية بريف حماة الشرقي أمس الأحد.'],
        'ar',
        '2019-04-15',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('the one a pronoun says was hit and died is one dead, not also a wounded', () => {
  it('"فأصابته رصاصة في صدره، ما أدى إلى وفاته": one dead, none wounded', () => {
    expect(
      tolls(
        [
          'أطلق مسلحون مجهولون النار على مختار قرية في ريف درعا الشرقي مساء أمس فأصابته رصاصة في صدره ما أدى إلى وفاته على الفور.',
        ],
        'ar',
        '2022-07-09',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('a source that "raised the death toll" gives the toll now', () => {
  it('"medics later raised the death toll to nine": nine dead', () => {
    expect(
      tolls(
        [
          'A suicide bomber blew himself up at a checkpoint in Ramadi on Thursday, killing at least five soldiers, police said.',
          'Medics at the city hospital later raised the death toll to nine.',
        ],
        'en',
        '2016-06-02',
      ),
    ).toEqual([{ killed: 9, wounded: null }]);
  });
});

describe('"أصيب خلاله" (wounded during it) is the event just told', () => {
  it('a clash during the raid, a fighter wounded in it, told in the next paragraph: one incident', () => {
    expect(
      tolls(
        [
          'قتل ثلاثة من عناصر تنظيم داعش، فجر اليوم الأربعاء، في عملية دهم نفذتها قوات الجيش في قرية بريف كركوك الجنوبي.',
          'وقال مصدر أمني إن اشتباكاً اندلع بعد رفض المسلحين الاستسلام استمر ساعة، أصيب خلاله جندي بجروح طفيفة، مشيراً إلى ضبط عبوات ناسفة داخل المنزل.',
        ],
        'ar',
        '2021-10-13',
      ),
    ).toEqual([{ killed: 3, wounded: 1 }]);
  });
});

describe('"ارتقى شهيدان أحدهما …": the dual casualty noun after the verb is the count', () => {
  it('two dead, not the one "among them"', () => {
    expect(
      tolls(
        [
          'ارتقى شهيدان أحدهما امرأة وأصيب خمسة أشخاص بقذائف صاروخية على حي سكني في مدينة السقيلبية بريف حماة اليوم.',
        ],
        'ar',
        '2017-10-04',
      ),
    ).toEqual([{ killed: 2, wounded: 5 }]);
  });
});

describe('"The raid on the village of X began late on Wednesday": the raid just told', () => {
  it('its day and its wounded, told in the next paragraph, are the same incident', () => {
    expect(
      tolls(
        [
          'Iraqi troops killed three Islamic State militants in a raid in Kirkuk province, the army said on Friday.',
          'The raid on a hideout near the town of Hawija began late on Thursday and lasted three hours, an army officer said, adding that one soldier was wounded.',
        ],
        'en',
        '2019-03-15',
      ),
    ).toEqual([{ killed: 3, wounded: 1 }]);
  });
});

describe('a town "in neighbouring X province" is in that province, not near the place before', () => {
  const governorates = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
    extractIncidents(splitSentences(paragraphs, lang), {
      lang,
      published,
      resolvePlace,
      titlePlace: null,
    }).map((x) => x.place.governorate?.en ?? null);

  it('"in the west of neighbouring Aleppo province": Aleppo', () => {
    expect(
      governorates(
        [
          'Air strikes killed four civilians in the town of Saraqib in Idlib province on Monday, the monitor said.',
          'On Sunday, shelling killed two children in the town of Atarib in the west of neighbouring Aleppo province.',
        ],
        'en',
        '2020-02-18',
      ),
    ).toEqual(['Idlib', 'Aleppo']);
  });
});

describe('"the eleventh of this month" is that day, not the whole month', () => {
  const dates = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
    extractIncidents(splitSentences(paragraphs, lang), {
      lang,
      published,
      resolvePlace,
      titlePlace: null,
    }).map((x) => [x.date.from, x.date.to]);

  it('"في الثالث عشر من الشهر الجاري": the 13th', () => {
    expect(
      dates(
        [
          'وكانت ناحية العلم في محافظة صلاح الدين قد شهدت في الثالث عشر من الشهر الجاري هجوماً على نقطة للجيش أسفر عن مقتل جنديين.',
        ],
        'ar',
        '2019-07-20',
      ),
    ).toEqual([['2019-07-13', '2019-07-13']]);
  });

  it('"on the 4th of last month": the 4th of June', () => {
    expect(
      dates(
        ['A roadside bomb killed three soldiers near Tikrit on the 4th of last month, police said.'],
        'en',
        '2019-07-20',
      ),
    ).toEqual([['2019-06-04', '2019-06-04']]);
  });
});

describe('"تريليوناً و200 مليار": a trillion and billions joined by "و" are one number', () => {
  it('the budget figure is 1.2 trillion', () => {
    const result = ingest(
      'المالية تعلن حجم الإنفاق\n\nأعلنت وزارة المالية أن النفقات التشغيلية للربع الأول بلغت تريليوناً و200 مليار دينار. وقال متحدث باسم الوزارة إن الرواتب تشكل الجزء الأكبر من الإنفاق. وأضاف أن الوزارة تعمل على تقليص النفقات غير الضرورية.',
      { published: '2022-04-10' },
    );
    expect(result.ok && result.draft.figures.map((f) => f.value)).toEqual([1200000000000]);
  });
});

describe('who did it', () => {
  const actors = (paragraphs: string[], lang: 'ar' | 'en', published: string, title?: string) =>
    extractIncidents(splitSentences(paragraphs, lang), {
      lang,
      published,
      resolvePlace,
      titlePlace: title ? resolvePlace(title, lang) : null,
    }).map((x) => x.actors);

  it('"regime rocket fire" is the Syrian army\'s, as "government rocket fire" is', () => {
    expect(
      actors(
        [
          'Regime rocket fire killed two women in the town of Kafr Nabl in southern Idlib province on Tuesday, the monitor said.',
        ],
        'en',
        '2019-06-11',
      ),
    ).toEqual([['syrian_army']]);
  });

  it('"the coalition said its airstrikes killed…": the teller of its own strikes is their doer', () => {
    expect(
      actors(
        [
          'The U.S.-led coalition said on Monday its airstrikes killed 15 Islamic State militants near the town of Hajin in Deir ez-Zor province.',
        ],
        'en',
        '2018-10-22',
      ),
    ).toEqual([['coalition']]);
  });

  it('"Islamic State claimed both bombings": the claim is of each', () => {
    expect(
      actors(
        [
          'A car bomb killed five people at a bus station in the town of Tuz Khurmatu on Sunday.',
          'Hours later, a suicide bomber blew himself up at a checkpoint in the town of Daquq, killing two policemen.',
          'Islamic State claimed both bombings in a statement online.',
        ],
        'en',
        '2017-04-09',
        'Twin bombings in Tuz Khurmatu',
      ),
    ).toEqual([['isis'], ['isis']]);
  });

  it('"وتبنى تنظيم داعش التفجيرين": the claim is of both bombings', () => {
    expect(
      actors(
        [
          'قتل ستة مدنيين وأصيب 14 بانفجار سيارة مفخخة في سوق شعبي بمدينة القامشلي ظهر اليوم، وبعد دقائق فجر انتحاري حزامه الناسف بين المسعفين ما أدى إلى مقتل ثلاثة وإصابة ثمانية.',
          'وتبنى تنظيم "داعش" التفجيرين في بيان نشره على مواقع التواصل.',
        ],
        'ar',
        '2019-07-11',
        'تفجيران في القامشلي',
      ),
    ).toEqual([['isis'], ['isis']]);
  });
});

describe('how many were caught or seized is a key figure, however small and however written', () => {
  const figures = (raw: string, published: string) => {
    const result = ingest(raw, { published });
    return result.ok ? result.draft.figures.map((f) => f.value) : [];
  };

  it('"اعتقال أربعة مطلوبين", "ضبطت … ثلاث قاذفات": 4 and 3', () => {
    expect(
      figures(
        'الشرطة تعتقل مطلوبين في البصرة\n\nأعلنت قيادة شرطة البصرة اعتقال أربعة مطلوبين بقضايا جنائية في قضاء الزبير. وأضافت أن القوة ضبطت داخل أحد المنازل ثلاث قاذفات وكميات من العتاد. وأشارت إلى أن المعتقلين أحيلوا إلى القضاء.',
        '2020-05-12',
      ),
    ).toEqual([4, 3]);
  });

  it('"seven suspects were detained": 7', () => {
    expect(
      figures(
        'Police detain suspects in Basra\n\nPolice in Basra said seven suspects were detained in a sweep of the Zubair district on Monday. The men are wanted on criminal charges, a police spokesman said. They will be brought before a judge this week.',
        '2020-05-12',
      ),
    ).toEqual([7]);
  });
});

describe('", as the army pressed its offensive": what went on around the event is not its kind', () => {
  it('air strikes told beside an offensive are air strikes', () => {
    expect(
      extractIncidents(
        splitSentences(
          [
            'Russian air strikes killed five civilians in the town of Maarat al-Numan on Tuesday, a monitor said, as government troops pressed their offensive in southern Idlib.',
          ],
          'en',
        ),
        { lang: 'en', published: '2019-12-24', resolvePlace, titlePlace: null },
      ).map((x) => x.event.subType),
    ).toEqual(['air_drone_strike']);
  });
});

describe('"قرابة ساعتين": a dual unit of time is no approximate toll either', () => {
  it('a blast "بعد قرابة ساعتين" with a toll of its own is another incident', () => {
    expect(
      tolls(
        [
          'قتل ثلاثة جنود بهجوم مسلح على نقطة عسكرية في ريف الحسكة الجنوبي فجر اليوم، وبعد قرابة ساعتين قتل مدنيان بانفجار عبوة ناسفة استهدفت سيارتهما.',
        ],
        'ar',
        '2021-09-02',
        'هجومان في ريف الحسكة',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });
});

describe('"مقتله مع ولديه": his death with his kin’s', () => {
  it('three dead', () => {
    expect(
      tolls(
        [
          'انفجر لغم أرضي من مخلفات الحرب بمزارع في أرض زراعية بريف دير الزور الشرقي أمس، ما أدى إلى مقتله مع ولديه.',
        ],
        'ar',
        '2021-04-06',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('"ورفع المرصد حصيلة القتلى إلى 12": a source that raised the toll gives it now', () => {
  it('twelve dead, not the first "at least seven"', () => {
    expect(
      tolls(
        [
          'قتل سبعة أشخاص على الأقل بانفجار دراجة نارية مفخخة قرب دوار في مدينة الباب بريف حلب الشرقي اليوم السبت.',
          'ورفع المرصد السوري لحقوق الإنسان في وقت لاحق حصيلة القتلى إلى 12 بينهم ثلاثة أطفال.',
        ],
        'ar',
        '2019-06-08',
      ),
    ).toEqual([{ killed: 12, wounded: null }]);
  });
});

describe('"في مختلف مناطق البلاد": a lead told of the whole country, in other words', () => {
  it('the lead goes, the items remain', () => {
    expect(
      tolls(
        [
          'قتل أربعة أشخاص وأصيب تسعة بهجمات في مختلف مناطق البلاد أمس الخميس بينما كانت القوات تستعد لاقتحام قضاء القائم.',
          'ففي بغداد، قتل شخصان وأصيب خمسة بانفجار عبوة ناسفة في حي الأمين.',
          'وفي كركوك، قتل شرطيان وأصيب أربعة بهجوم على نقطة تفتيش في قضاء الحويجة.',
        ],
        'ar',
        '2017-10-27',
      ),
    ).toEqual([
      { killed: 2, wounded: 5 },
      { killed: 2, wounded: 4 },
    ]);
  });
});
