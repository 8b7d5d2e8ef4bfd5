// Rules from the fxextra2 round (issue 12, drafts that are no incident): a clause that tells no new
// event that happened (a place as it looks now, a tally of damage, of weeks, of places ranked or of
// the areas told, weapons lying where they were found, remains, a campaign told as the time of
// something else, a running total over a span) or tells the event just told again (where fire came
// from or the seized were taken, a crossing or a far city it is measured from, a quarter named like a
// governorate, a toll-less lead's account, the day a search began), each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { tolls } from '../support/tolls.js';

describe('a participle before its noun describes a place, it tells no blow', () => {
  it('"the town\'s destroyed houses have been rebuilt": no incident', () => {
    expect(
      tolls(
        [
          "Three years on, only a fifth of Baiji's destroyed houses have been rebuilt, the district mayor said on Sunday.",
          'A boy pushes a cart past burned shops in the old market of Ramadi.',
        ],
        'en',
        '2020-06-14',
      ),
    ).toEqual([]);
  });

  it('the verb with its doer still tells the blow', () => {
    expect(
      tolls(
        ['Militants destroyed a power pylon near Tarmiyah on Saturday night, police said.'],
        'en',
        '2020-06-14',
      ),
    ).toHaveLength(1);
  });
});

describe('a count of buildings damaged or destroyed, with no doer and no day, is a tally of the war', () => {
  it('"of 40,000 damaged homes, some 6,000 were completely destroyed": no incident', () => {
    expect(
      tolls(
        [
          'Of 40,000 damaged homes in Ramadi, some 6,000 were completely destroyed, according to the provincial council.',
          'The health department estimates that 4 of the city’s 9 clinics were damaged or destroyed.',
        ],
        'en',
        '2019-03-02',
      ),
    ).toEqual([]);
  });
});

describe('weapons found, or held in a place, were not fired', () => {
  it('"shepherds still find rocket rounds in the desert": no shelling', () => {
    expect(
      tolls(
        [
          'Around Rutba, where few families have come back, shepherds still find rocket rounds in the desert.',
        ],
        'en',
        '2021-05-09',
      ),
    ).toEqual([]);
  });

  it('"ضبطت قوة … مخزناً يحتوي على 12 قذيفة هاون": a cache, no blow', () => {
    expect(
      tolls(
        [
          'وفي الأنبار، ضبطت قوة من الشرطة المحلية مخزناً يحتوي على 12 قذيفة هاون وعبوتين ناسفتين في ناحية البغدادي.',
        ],
        'ar',
        '2021-05-09',
      ),
    ).toEqual([]);
  });
});

describe('a count summed over weeks is a period total', () => {
  it('"wounded … were treated in the past two weeks": no incident', () => {
    expect(
      tolls(
        [
          'More than 900 people wounded in the fighting around Raqqa were treated at field hospitals in the past two weeks, the medical charity said on Thursday.',
        ],
        'en',
        '2017-07-20',
      ),
    ).toEqual([]);
  });

  it('"انتشلت فرقه خلال الأسبوع الماضي 18 جثة": bodies of a week, not an event', () => {
    expect(
      tolls(
        ['وأعلن الدفاع المدني أن فرقه انتشلت خلال الأسبوع الماضي 18 جثة من تحت ركام الأبنية في مدينة الرقة.'],
        'ar',
        '2018-03-11',
      ),
    ).toEqual([]);
  });
});

describe('bodies counted after remains told in the same sentence are those remains', () => {
  it('"باشرت الفرق بانتشال الرفات، وتم حتى الآن استخراج 31 جثة": no incident', () => {
    expect(
      tolls(
        [
          'وقال مدير دائرة الطب العدلي إن "الفرق باشرت منذ يوم الأحد الماضي بانتشال الرفات، وتم حتى الآن استخراج 31 جثة"، مشيراً إلى أن "عدد المفقودين من أبناء قضاء سنجار يقدر بنحو 900".',
        ],
        'ar',
        '2016-05-04',
      ),
    ).toEqual([]);
  });
});

describe('a campaign pointed back to is the time of what the clause tells', () => {
  it('"displaced from the area during that offensive, most of them to X": no incident of its own', () => {
    expect(
      tolls(
        [
          'Turkish drones struck a car near Tal Tamr on Monday, killing two SDF fighters, a local official said.',
          'Turkey and its allies seized Ras al-Ain in October 2019. The UN says some 180,000 people were displaced during that offensive, most of them to Raqqa and Tabqa.',
        ],
        'en',
        '2022-08-16',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe('where shells came from is not where they fell', () => {
  it('"قذائف … مصدرها مواقع … في محيط بلدة X": the shelling told, not another at X', () => {
    expect(
      tolls(
        [
          'قتل رجل وأصيب ثلاثة مدنيين آخرين، اليوم، جراء قصف مدفعي استهدف حياً سكنياً في مدينة الباب شرقي حلب.',
          'وقال مراسلنا إن ثلاث قذائف سقطت قرابة الظهر على الحي المكتظ بالمارة، مصدرها مواقع قوات النظام في محيط بلدة نبل.',
        ],
        'ar',
        '2021-09-05',
      ),
    ).toEqual([{ killed: 1, wounded: 3 }]);
  });
});

describe('places ranked by their counts are a tally', () => {
  it('"نينوى سجلت وحدها 85 قتيلاً، تلتها الأنبار بـ40 قتيلاً": no incident', () => {
    expect(
      tolls(
        [
          'وأوضح التقرير أن "نينوى سجلت وحدها 85 قتيلاً، تلتها الأنبار بـ40 قتيلاً"، لافتاً إلى أن "عدد المفقودين بلغ 300".',
        ],
        'ar',
        '2021-02-03',
      ),
    ).toEqual([]);
  });

  it('"the highest toll with 61 dead, followed by Anbar with 22": no incident', () => {
    expect(
      tolls(
        ['Nineveh had the highest toll with 61 dead, followed by Anbar with 22, the ministry said.'],
        'en',
        '2021-02-03',
      ),
    ).toEqual([]);
  });
});

describe('a border crossing named by the towns on either side lies in neither', () => {
  it('"قرب معبر ربيعة – اليعربية": the strike told, not another in Nineveh', () => {
    expect(
      tolls(
        [
          'قتل أربعة عناصر من قوات سوريا الديمقراطية بقصف طائرة مسيرة تركية على موقع لهم في ريف الحسكة الشرقي ليل أمس.',
          'وطال القصف سيارة عسكرية قرب معبر ربيعة – اليعربية، بحسب مصادر محلية.',
        ],
        'ar',
        '2023-05-02',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});

describe('a lead with no toll, then the source telling that day where it was', () => {
  it('"أعلنت القيادة، اليوم، إحباط هجوم … قرب قضاء سامراء", then "هاجمت ليلة أمس نقطة … في ناحية الضلوعية": one event', () => {
    expect(
      tolls(
        [
          'أعلنت قيادة عمليات سامراء، اليوم الأحد، إحباط هجوم لعناصر داعش على نقطة للجيش قرب قضاء سامراء شرقي محافظة صلاح الدين.',
          'وقال قائد العمليات في بيان إن "مجموعة إرهابية هاجمت ليلة أمس نقطة تابعة للفوج الثاني في ناحية الضلوعية، ما أسفر عن استشهاد جندي وإصابة اثنين آخرين".',
        ],
        'ar',
        '2019-04-07',
      ),
    ).toEqual([{ killed: 1, wounded: 2 }]);
  });
});

describe('where the doers took those they seized is not where they struck', () => {
  it('"drove the boys toward Makhmour": the Kirkuk killing told again, not a Nineveh one', () => {
    expect(
      tolls(
        [
          'Gunmen shot dead a farmer and kidnapped his two sons in a village near Daquq, south of Kirkuk, late on Saturday, a local official said on Sunday.',
          '"They arrived in a pickup truck, killed the father and drove the boys toward Makhmour," he said.',
        ],
        'en',
        '2021-02-07',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('the day a search for the doers began is not the day of the event', () => {
  const drafted = (paragraphs: string[], lang: 'ar' | 'en', title: string) =>
    extractIncidents(splitSentences(paragraphs, lang), {
      lang,
      published: '2021-02-07',
      resolvePlace,
      titlePlace: resolvePlace(title, lang),
    }).map((x) => ({ from: x.date.from, killed: x.killed }));

  it('"adding that police launched a search operation on Sunday": the Saturday killing only', () => {
    expect(
      drafted(
        [
          "Suspected militants shot dead a farmer and kidnapped his two sons in a village in Kirkuk province's Daquq district on Saturday evening, a local official told reporters.",
          '"The gunmen came in a pickup truck, shot the father, 52, and took the boys with them," the official said, adding that police launched a search operation on Sunday.',
        ],
        'en',
        "Gunmen kill farmer, kidnap his sons in Kirkuk's Daquq",
      ),
    ).toEqual([{ from: '2021-02-06', killed: 1 }]);
  });

  it('"مضيفاً أن القوات شنت عملية تفتيش واسعة يوم الأحد": likewise', () => {
    expect(
      drafted(
        [
          'قتل مسلحون مجهولون مزارعاً واختطفوا نجليه في قرية تابعة لقضاء داقوق جنوبي كركوك مساء السبت، بحسب مسؤول محلي.',
          'وقال المسؤول إن "المسلحين وصلوا بسيارة حمل وأطلقوا النار على الأب"، مضيفاً أن القوات الأمنية شنت عملية تفتيش واسعة يوم الأحد.',
        ],
        'ar',
        'مقتل مزارع واختطاف نجليه في داقوق',
      ),
    ).toEqual([{ from: '2021-02-06', killed: 1 }]);
  });
});

describe('casualties told "in the areas mentioned" are a sum over the events told', () => {
  it('"كما أصيب ثلاثة مدنيين آخرين بجروح في المناطق المذكورة": not more wounded of the last', () => {
    expect(
      tolls(
        [
          'قتل مدنيان وأصيب خمسة آخرون بقصف مدفعي على بلدة معرة مصرين شمالي إدلب، أمس.',
          'كما أصيب ثلاثة مدنيين آخرين بجروح في المناطق المذكورة، وفق المرصد.',
        ],
        'ar',
        '2020-01-12',
      ),
    ).toEqual([{ killed: 2, wounded: 5 }]);
  });
});

describe('a spot measured from a far city of another governorate is where the event just told was', () => {
  it('"المقر الواقع على بعد 80 كيلومتراً شمال بغداد" after a strike in Salahuddin: one event', () => {
    expect(
      tolls(
        [
          'أعلنت هيئة الحشد الشعبي، اليوم السبت، استشهاد ثلاثة من منتسبيها بقصف جوي استهدف مقراً للواء 41 قرب قضاء بلد جنوبي محافظة صلاح الدين.',
          'وأوضح البيان أن "طائرة مسيرة استهدفت فجر اليوم المقر الواقع على بعد 80 كيلومتراً شمال بغداد"، ما تسبب بأضرار مادية في المبنى.',
        ],
        'ar',
        '2024-02-03',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('a toll risen over a span is the running total of its events', () => {
  it('"ارتفع إلى 9 عدد المدنيين الذين قتلوا منذ فجر أمس، وهم:" then the items: the items only', () => {
    expect(
      tolls(
        [
          'وثق المرصد استمرار القصف على ريف حلب الغربي، حيث ارتفع إلى 9 عدد المدنيين الذين قتلوا منذ فجر أمس، وهم:',
          '- ثلاثة مواطنين جراء قصف مدفعي على بلدة الأتارب، صباح أمس.',
          '- ستة مواطنين بينهم أربعة أطفال جراء غارات جوية على قرية كفرنوران، مساء أمس.',
        ],
        'ar',
        '2021-03-10',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 6, wounded: null },
    ]);
  });
});

describe('a quarter named like a governorate is a quarter of the city told', () => {
  const governorates = (paragraphs: string[], lang: 'ar' | 'en') =>
    extractIncidents(splitSentences(paragraphs, lang), {
      lang,
      published: '2017-01-11',
      resolvePlace,
      titlePlace: null,
    }).map((x) => x.place?.governorate?.en);

  it('"in the al-Muthanna neighbourhood" after a Mosul blast: Nineveh, not Muthanna', () => {
    expect(
      governorates(
        [
          'A car bomb exploded near a market in eastern Mosul on Tuesday, killing five civilians, police said.',
          'Hours later, a mortar round killed two children in the al-Muthanna neighbourhood, residents said.',
        ],
        'en',
      ),
    ).toEqual(['Nineveh', 'Nineveh']);
  });
});
