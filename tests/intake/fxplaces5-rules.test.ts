// Rules from the fxplaces5 round (issue 12, how a place phrase resolves): the most specific place a
// clause names wins over the city that situates it ("the Damascus suburb of X", "X near Damascus");
// "the Aleppo neighbourhood of X" and a listed quarter named like a province of the other country
// stay in the city; a spot lying against a town's airport is not in that town; a person's home town
// is not the scene; a place the gazetteer lacks, or a region spanning governorates, takes the one
// governorate the article gives all it tells; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { extracted, ingestedParagraphs } from '../support/tolls.js';

/** Each drafted incident's governorate, dead and wounded. */
const placed = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => ({
    governorate: x.place?.governorate?.en ?? null,
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('a spot named with the city that situates it is the place', () => {
  it('"the Damascus suburb of Qudsaya": the suburb, in Rif Dimashq', () => {
    expect(
      placed(
        [
          'Artillery shells hit the Damascus suburb of Qudsaya on Tuesday, killing three people and wounding seven.',
        ],
        'en',
        '2016-03-09',
      ),
    ).toEqual([{ governorate: 'Rif Dimashq', killed: 3, wounded: 7 }]);
  });

  it('"the besieged town of Qatana near Damascus": the town, in Rif Dimashq', () => {
    expect(
      placed(
        [
          'A car bomb exploded outside a bakery in the besieged town of Qatana near Damascus on Sunday, killing six people.',
        ],
        'en',
        '2016-03-07',
      ),
    ).toEqual([{ governorate: 'Rif Dimashq', killed: 6, wounded: null }]);
  });
});

describe('a suburb of the capital the gazetteer lacks lies in the governorate around it', () => {
  it('"the Damascus suburb of X": Rif Dimashq', () => {
    expect(
      placed(
        ['Government jets bombed the Damascus suburb of Beit Sawa on Monday, killing five civilians.'],
        'en',
        '2016-03-08',
      ),
    ).toEqual([{ governorate: 'Rif Dimashq', killed: 5, wounded: null }]);
  });
});

describe('a quarter told with its city stays in that city', () => {
  it('"the Aleppo neighbourhood of X" after an event in Damascus: Aleppo, another incident', () => {
    expect(
      placed(
        [
          'A mortar round fell on a school in the Damascus district of Jobar on Monday, killing two pupils.',
          'Rebels also fired rockets at the Aleppo neighbourhood of al-Jamiliya, wounding five people, state media said.',
        ],
        'en',
        '2015-05-12',
      ),
    ).toEqual([
      { governorate: 'Damascus', killed: 2, wounded: null },
      { governorate: 'Aleppo', killed: null, wounded: 5 },
    ]);
  });

  it('"the districts of al-Furqan, al-Sulaymaniyah and al-Jamiliya" after an event in Aleppo: Aleppo, not Iraq', () => {
    expect(
      placed(
        [
          'Barrel bombs struck rebel-held districts of Aleppo on Tuesday, killing nine people, a monitor said.',
          'State media said rebel shells hit the districts of al-Furqan, al-Sulaymaniyah and al-Jamiliya on Wednesday, killing four people and wounding 20.',
        ],
        'en',
        '2016-05-04',
      ),
    ).toEqual([
      { governorate: 'Aleppo', killed: 9, wounded: null },
      { governorate: 'Aleppo', killed: 4, wounded: 20 },
    ]);
  });
});

describe('a spot lying against a town’s airport is not in that town', () => {
  it('"على الجبهة المحاذية لمطار المزة" after shelling told in Darayya: Rif Dimashq', () => {
    expect(
      placed(
        [
          'قتل ثلاثة مدنيين، اليوم الأربعاء، جراء سقوط قذائف على مدينة داريا بريف دمشق.',
          'وكان مقاتلان من المعارضة قد قتلا أمس الثلاثاء خلال صد هجوم لقوات النظام على الجبهة المحاذية لمطار المزة العسكري.',
        ],
        'ar',
        '2015-07-15',
      ),
    ).toEqual([
      { governorate: 'Rif Dimashq', killed: 3, wounded: null },
      { governorate: 'Rif Dimashq', killed: 2, wounded: null },
    ]);
  });
});

describe('where a person comes from is not where the event happened', () => {
  it('"وكان لاجئ عراقي من الموصل قد قتل" after a body found in a camp of Hasakah: both in Hasakah', () => {
    expect(
      placed(
        [
          'عثر صباح اليوم الأحد على جثة رجل مقتولاً داخل خيمته في مخيم الهول بريف الحسكة الشرقي.',
          'وكان لاجئ عراقي من الموصل قد قتل ليل أمس السبت برصاص مسلح مجهول في القسم الخاص بعائلات المقاتلين.',
        ],
        'ar',
        '2021-05-02',
      ),
    ).toEqual([
      { governorate: 'Hasakah', killed: 1, wounded: null },
      { governorate: 'Hasakah', killed: 1, wounded: null },
    ]);
  });
});

describe('a place the gazetteer cannot put in one governorate takes the one the article gives', () => {
  it('a village it lacks, in an article that places all it tells in Deir ez-Zor', () => {
    expect(
      ingestedParagraphs(
        [
          'Tension rises in eastern Syria',
          'Tension has risen in Syria’s eastern Deir al-Zor province since the arrest of a tribal leader, residents said on Saturday.',
          'On Friday, an artillery shell struck a house in the village of Abu Zarqa, killing two children.',
        ],
        '2022-10-15',
      ),
    ).toEqual([
      { from: '2022-10-14', to: '2022-10-14', governorate: 'Deir ez-Zor', killed: 2, wounded: null },
    ]);
  });

  it('"في جبال حمرين" after a blast told in a district of Diyala: Diyala', () => {
    expect(
      ingestedParagraphs(
        [
          'انفجار عبوتين وإصابة جنديين',
          'أصيب جنديان، اليوم الخميس، بانفجار عبوة ناسفة على دورية للجيش في قضاء المقدادية.',
          'وفي حادث منفصل، قتل راعيان أمس الأربعاء بانفجار لغم أرضي في جبال حمرين شمال شرقي المحافظة.',
        ],
        '2020-09-10',
      ),
    ).toEqual([
      { from: '2020-09-10', to: '2020-09-10', governorate: 'Diyala', killed: null, wounded: 2 },
      { from: '2020-09-09', to: '2020-09-09', governorate: 'Diyala', killed: 2, wounded: null },
    ]);
  });
});

describe('the spellings real articles use', () => {
  it('"in Madaen": Baghdad', () => {
    expect(placed(['Gunmen shot dead a shop owner in Madaen on Sunday.'], 'en', '2016-04-11')).toEqual([
      { governorate: 'Baghdad', killed: 1, wounded: null },
    ]);
  });
});

// Second fxplaces5 round (issue 12, the newer block): places that are not the event's — a court's
// seat, the fight a side is busy with elsewhere, a district's seat told as a gloss, a press
// conference's hall however "صحفي" is spelt; a place told off a far city and then as belonging to
// its own governorate; a common noun told bare before its namesake town; the towns of the Qalamoun,
// Babil's and Anbar's desert edge and Mosul's east the copy names.
const drafted = (title: string, paragraphs: string[], published: string) =>
  ingestedParagraphs([title, ...paragraphs], published).map(({ governorate, killed, wounded }) => ({
    governorate,
    killed,
    wounded,
  }));

describe('a court ruling on a deed: the court sits elsewhere than the deed', () => {
  it('"محكمة الجنايات في بغداد … التفجير الذي استهدف مدينة الحلة": Babil', () => {
    expect(
      drafted(
        'الإعدام لمدانين بتفجير سوق',
        [
          'أصدرت محكمة الجنايات المركزية في بغداد أمس حكماً بالإعدام بحق مدانين اثنين بعد إدانتهم بتنفيذ التفجير الذي استهدف مدينة الحلة في الخامس من آذار من العام الماضي، ما أسفر عن مقتل تسعة مدنيين وإصابة 20 آخرين.',
          'وقالت المحكمة إن المدانين اعترفا بجريمتهما أمام قاضي التحقيق.',
          'ولم يصدر تعليق عن محامي الدفاع.',
        ],
        '2019-06-12',
      ),
    ).toEqual([{ governorate: 'Babil', killed: 9, wounded: 20 }]);
  });
});

describe('the fight a side is busy with elsewhere is not where the attack fell', () => {
  it('"مستغلين انشغال الجيش بمعارك إدلب", then a toll in "the city": the city retaken (Homs)', () => {
    expect(
      drafted(
        'التنظيم يعود إلى السخنة',
        [
          'عاد تنظيم داعش للسيطرة على مدينة السخنة مساء أمس الجمعة.',
          'وأضاف البيان أن نحو ألفي مسلح يشاركون في الهجوم قادمين من الرقة، مستغلين انشغال الجيش بمعارك إدلب.',
          'وأفاد المرصد بمقتل خمسة مدنيين صباح اليوم بغارات استهدفت الأحياء الغربية من المدينة بعد ساعات من دخول التنظيم إليها.',
        ],
        '2017-05-20',
      ),
    ).toEqual([{ governorate: 'Homs', killed: 5, wounded: null }]);
  });
});

describe("a district's seat told as a gloss is the teller's office, not the event's place", () => {
  it('"وقال مصدر في شرطة قضاء الحمدانية، ومركزه قره قوش، إن التفجير…": the toll joins the blast told on the road', () => {
    expect(
      drafted(
        'انفجار يستهدف حافلة للعمال',
        [
          'تعرضت حافلة تقل عمالاً ظهر أمس الأحد إلى تفجير بعبوة ناسفة على الطريق بين سيطرة الشلالات وحي الحدباء شمال الموصل.',
          'وقال مصدر في شرطة قضاء الحمدانية، ومركزه قره قوش، إن "التفجير أسفر عن مقتل عامل وإصابة 12 آخرين".',
          'ولم تتبن أي جهة الهجوم.',
        ],
        '2010-06-07',
      ),
    ).toEqual([{ governorate: 'Nineveh', killed: 1, wounded: 12 }]);
  });
});

describe('a press conference\'s hall, "صحافي" as "صحفي"', () => {
  it('"في مؤتمر صحافي في بغداد" after a raid in Mosul: no Baghdad incident', () => {
    expect(
      drafted(
        'مقتل مسلحين في عملية بالموصل',
        [
          'قتلت القوات الأمنية 12 مسلحاً فجر أمس السبت في عملية دهم في حي الزنجيلي غربي الموصل.',
          'من جهته قال وزير الداخلية في مؤتمر صحافي في بغداد إن "المسلحين الذين قتلوا بينهم أجانب".',
          'وأضاف أن العملية مستمرة حتى تطهير الحي بالكامل.',
        ],
        '2006-04-09',
      ).map((x) => x.governorate),
    ).toEqual(['Nineveh']);
  });
});

describe('a place told off a far city, then as belonging to its own district', () => {
  it('"ناحية النخيب، الواقعة غربي كربلاء والتابعة إدارياً لقضاء الرطبة": Anbar', () => {
    expect(
      drafted(
        'مقتل صيادين في الصحراء',
        [
          'قتل صيادان اثنان أمس الجمعة بانفجار لغم أرضي في صحراء ناحية النخيب، الواقعة غربي كربلاء والتابعة إدارياً لقضاء الرطبة.',
          'وقال مصدر محلي إن الصيادين كانا يبحثان عن الكمأ.',
          'وتنتشر الألغام في تلك الصحراء منذ سنوات.',
        ],
        '2021-02-13',
      ),
    ).toEqual([{ governorate: 'Anbar', killed: 2, wounded: null }]);
  });
});

describe('a common noun told bare before its namesake town is that noun', () => {
  it('"فتح باب المخزن … مربوطة بالباب" in Kirkuk: no al-Bab (Aleppo) incident', () => {
    expect(
      drafted(
        'مقتل عاملين بانفجار في مخزن',
        [
          'قتل عاملان أمس الأربعاء بانفجار عبوة ناسفة داخل مخزن في حي الواسطي بمدينة كركوك.',
          'وقال مصدر في الشرطة إن "العاملين عند فتح باب المخزن انفجرت عبوة كانت مربوطة بالباب".',
          'وفتحت الشرطة تحقيقاً في الحادث.',
        ],
        '2018-03-08',
      ).map((x) => x.governorate),
    ).toEqual(['Kirkuk']);
  });
});

describe('the towns the copy names', () => {
  it.each([
    ['قتل ثلاثة مدنيين أمس بقصف على بلدة عسال الورد في القلمون.', 'Rif Dimashq'],
    ['قتل ثلاثة مدنيين أمس بقصف على بلدة رنكوس.', 'Rif Dimashq'],
    ['قتل ثلاثة مدنيين أمس بقصف على بلدة دير عطية.', 'Rif Dimashq'],
    ['قتل ثلاثة جنود أمس بهجوم في منطقة الرحالية.', 'Anbar'],
    ['قتل ثلاثة زوار أمس بسقوط قذائف في ناحية الحصوة.', 'Babil'],
  ])('%s → %s', (sentence, governorate) => {
    expect(
      drafted(
        'هجوم',
        [sentence, 'وقال مصدر محلي إن القتلى من المدنيين.', 'ولم تتبن أي جهة الهجوم.'],
        '2015-05-13',
      ).map((x) => x.governorate),
    ).toEqual([governorate]);
  });
});
