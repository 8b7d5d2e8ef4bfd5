// Rules from the fxsame2 round (issue 12, one event told twice drafted as two incidents), each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { extracted, tolls, tollsWithAttackers } from '../support/tolls.js';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

describe('the attackers named by a dual with "two" after it', () => {
  it('"قتل خلالها مهاجمان اثنان": the attackers of the attack just told, not a second event', () => {
    expect(
      tollsWithAttackers(
        [
          'قتل عنصران من قوات الأمن وأصيب ثلاثة آخرون بهجوم شنه مسلحون على نقطة تفتيش قرب بلدة الشدادي جنوبي الحسكة فجر اليوم الأربعاء.',
          'وبحسب المصدر، فقد دامت المواجهة قرابة نصف ساعة، قتل خلالها مهاجمان اثنان أيضاً، فيما فر الباقون.',
        ],
        'ar',
        '2023-05-10',
      ),
    ).toEqual([{ killed: 2, wounded: 3, attackersKilled: 2 }]);
  });
});

describe('armed men of the other side, set against the victims by "while"', () => {
  it('"…، فيما قتل اثنان من المطلوبين": the raid\'s other side, its attackers killed', () => {
    expect(
      tollsWithAttackers(
        [
          'أعلنت قيادة شرطة البصرة، الخميس، مقتل شرطي خلال مداهمة منزل يتحصن فيه تجار مخدرات في قضاء الزبير.',
          'وقال بيان للقيادة إن المطلوبين أطلقوا النار على القوة المداهمة، ما أدى إلى مقتل الشرطي وإصابة ثلاثة من زملائه، فيما قتل اثنان من المطلوبين.',
        ],
        'ar',
        '2022-06-09',
      ),
    ).toEqual([{ killed: 1, wounded: 3, attackersKilled: 2 }]);
  });
});

describe('the event named again as the subject of "أودى بحياة", "claimed the lives of"', () => {
  it('"في المقابل، قالت الوزارة إن التفجير أودى بحياة 9 مدنيين": a second source\'s toll of the bombing', () => {
    expect(
      extracted(
        [
          'قتل سبعة أشخاص على الأقل وأصيب 15 آخرون، صباح اليوم الجمعة، بانفجار دراجة نارية مفخخة في سوق مدينة الباب شرقي حلب، بحسب المرصد السوري.',
          'في المقابل، قالت وزارة الداخلية في الحكومة المؤقتة إن التفجير أودى بحياة 9 مدنيين.',
        ],
        'ar',
        '2021-04-16',
      ).map((x) => ({ killed: x.killed, wounded: x.wounded, told: x.sentences.length })),
    ).toEqual([{ killed: 7, wounded: 15, told: 2 }]);
  });
});

describe('the remaining wounded, still receiving treatment', () => {
  it('"The three remaining wounded are still receiving treatment in X hospital": the wounded now, not an event there', () => {
    expect(
      tolls(
        [
          'The death toll of an attack by gunmen on shepherds in the desert east of Hama on Sunday has risen to nine, after two of the wounded died overnight.',
          'Activists said the gunmen opened fire on a group of shepherds near the village of Aqarib, killing seven and wounding five others.',
          'The three remaining wounded are still receiving treatment in Salamiyah national hospital.',
        ],
        'en',
        '2024-03-04',
      ),
    ).toEqual([{ killed: 9, wounded: 3 }]);
  });
});

describe('"during it", "during that": the event just told', () => {
  it('"وأصيب اثنان من عناصرها أثناء ذلك" in a later paragraph: among the wounded told, not a second event', () => {
    expect(
      extracted(
        [
          'أفاد مصدر في شرطة ذي قار، اليوم الاثنين، بمقتل ثلاثة أشخاص وإصابة خمسة آخرين بينهم شرطيان بنزاع عشائري في قضاء الشطرة.',
          'وأضاف أن "قوة من الشرطة تدخلت لفض النزاع، وأصيب اثنان من عناصرها أثناء ذلك"، مبيناً أن "القوة اعتقلت ستة مطلوبين".',
        ],
        'ar',
        '2022-08-15',
      ).map((x) => ({ killed: x.killed, wounded: x.wounded, told: x.sentences.length })),
    ).toEqual([{ killed: 3, wounded: 5, told: 2 }]);
  });
});

describe('"put the toll at": a source counting the dead', () => {
  it('"X, a local network, put the toll at 12, with 30 wounded" after a country-wide lead of nine: one event', () => {
    expect(
      tolls(
        [
          'Air strikes overnight Sunday into Monday on positions of armed groups in eastern Syria killed at least nine fighters, a war monitor said.',
          'Raqqa Post, a local news network, put the toll at 12, with more than 30 wounded.',
        ],
        'en',
        '2021-05-10',
      ),
    ).toEqual([{ killed: 9, wounded: 30 }]);
  });
});

describe('the other side told with a bomber among them', () => {
  it('"…، فيما قتل خمسة من مقاتلي التنظيم بينهم الانتحاري": all five the attack\'s attackers', () => {
    expect(
      tollsWithAttackers(
        [
          'شن عناصر تنظيم داعش فجر اليوم الأحد هجوماً على مواقع قوات سوريا الديمقراطية في محيط بلدة الشحيل بريف دير الزور الشرقي.',
          'وقال مصدر محلي إن الهجوم بدأ بتفجير سيارة مفخخة عند حاجز، وأسفر عن مقتل ستة عناصر من قسد وجرح تسعة آخرين، فيما قتل خمسة من مقاتلي التنظيم بينهم الانتحاري.',
        ],
        'ar',
        '2019-01-13',
      ),
    ).toEqual([{ killed: 6, wounded: 9, attackersKilled: 5 }]);
  });
});

describe("a source's account of the same dead, with the wounded the first telling lacked", () => {
  it('"…ما أدى إلى مقتل المنتسب وإصابة اثنين من زملائه" in a paragraph of its own: the same raid', () => {
    expect(
      tolls(
        [
          'أعلنت قيادة شرطة البصرة، الخميس، مقتل منتسب خلال مداهمة منزل يتحصن فيه تجار مخدرات في قضاء الزبير.',
          'وقال بيان للقيادة إن المطلوبين أطلقوا النار على القوة المداهمة، ما أدى إلى مقتل المنتسب وإصابة اثنين من زملائه.',
        ],
        'ar',
        '2022-06-09',
      ),
    ).toEqual([{ killed: 1, wounded: 2 }]);
  });
});

describe('a toll in the pluperfect is the toll before the one now told', () => {
  it('"On Wednesday the monitor had put the toll at 22": the event\'s earlier count, not an event of Wednesday', () => {
    expect(
      extracted(
        [
          'The death toll from four days of fighting between the Syrian army and local gunmen in Daraa province rose to 31 on Thursday, a war monitor said.',
          'The monitor said those killed since fighting broke out on Monday included 20 gunmen and 11 soldiers. On Wednesday the monitor had put the toll at 22.',
        ],
        'en',
        '2023-06-15',
      ).map((x) => ({ killed: x.killed, told: x.sentences.length })),
    ).toEqual([{ killed: 31, told: 3 }]);
  });
});

describe('a toll a source gives counts them all', () => {
  it('"put the toll at four, saying a passer-by also died": four, not four more', () => {
    expect(
      tolls(
        [
          'A Turkish drone struck a car near the town of Amuda in Hasakah province on Friday, killing three members of the Kurdish-led security forces, officials said.',
          'The Syrian Observatory for Human Rights put the toll at four, saying a passer-by also died.',
        ],
        'en',
        '2023-11-18',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe("a source's toll named as such, whatever it says of the event", () => {
  it('"من جهته، قال المرصد إن عدد القتلى بلغ عشرة، مرجحاً أن تكون الغارات…": the strikes just told', () => {
    expect(
      extracted(
        [
          'قُتل سبعة مدنيين، بينهم ثلاثة أطفال، جراء غارات جوية استهدفت منزلاً في قرية الشعاب بريف السويداء الشرقي فجر يوم أمس الأحد.',
          'من جهته، قال المرصد السوري إن عدد القتلى بلغ عشرة، مرجحاً أن تكون الغارات أردنية.',
        ],
        'ar',
        '2024-02-12',
      ).map((x) => ({ killed: x.killed, told: x.sentences.length })),
    ).toEqual([{ killed: 7, told: 2 }]);
  });
});

describe('the first toll, told with who gave it and when', () => {
  it('"الحصيلة الأولى التي أعلناها مساء أمس كانت…": the count before the rise, not another event', () => {
    expect(
      extracted(
        [
          'أعلن مصدر في دائرة صحة الأنبار، اليوم الأحد، ارتفاع حصيلة الهجوم الذي شنه مسلحون على مدينة الرمادي فجر أمس السبت إلى 21 قتيلاً و40 جريحاً.',
          'وقال المصدر إن "الحصيلة الأولى التي أعلناها ليلة أمس كانت 12 قتيلاً و31 جريحاً، لكن فرق الإنقاذ انتشلت صباح اليوم جثث تسعة أشخاص من تحت الأنقاض".',
        ],
        'ar',
        '2016-05-22',
      ).map((x) => ({ killed: x.killed, wounded: x.wounded, told: x.sentences.length })),
    ).toEqual([{ killed: 21, wounded: 40, told: 2 }]);
  });
});

describe('an attack told apart by "منفصل" is another one', () => {
  it('"…، قتلوا بهجوم منفصل على المحطة" is not the attack told before, though in its governorate', () => {
    expect(
      extractIncidents(
        splitSentences(
          [
            'قتل 20 شخصاً وأصيب 50 آخرون بهجوم شنه مسلحون على مدينة كركوك فجر اليوم الجمعة، بحسب مصدر في دائرة الصحة.',
            'وقال المصدر إن "الحصيلة الأولى كانت 11 قتيلاً".',
            'وأضاف أن "بين القتلى ستة عمال كانوا يعملون في محطة كهرباء في ناحية الدبس، قتلوا بهجوم منفصل على المحطة".',
          ],
          'ar',
        ),
        { lang: 'ar', published: '2016-10-21', resolvePlace, titlePlace: null },
      ).map((x) => x.sentences.length),
    ).toEqual([2, 1]);
  });
});

describe('an area of the district is no spot told apart', () => {
  it('"في البادية شرق مدينة X" then a source\'s "قرب قرية Y" of that district: one mine blast', () => {
    expect(
      tolls(
        [
          'استشهد ثلاثة مواطنين وأصيب اثنان آخران بجروح اليوم جراء انفجار لغم أرضي من مخلفات الإرهابيين أثناء جمعهم الكمأة في البادية شرق مدينة السلمية بريف حماة الشرقي.',
          'وذكر مصدر في قيادة شرطة حماة أن لغماً أرضياً انفجر بسيارة تقل عدداً من الأهالي قرب قرية الشيخ هلال، ما أدى إلى استشهاد ثلاثة منهم، وإصابة اثنين نقلا إلى المشفى.',
        ],
        'ar',
        '2022-03-14',
      ),
    ).toEqual([{ killed: 3, wounded: 2 }]);
  });
});

describe('a blow told with where it fell, after ", and", is a clause of its own', () => {
  it('"…were killed in X, and shelling on the outskirts of Y killed one man and wounded two": two events', () => {
    expect(
      tolls(
        [
          'Government shelling on villages in the opposition-held north-west killed six people on Sunday, rescuers said.',
          'In Kansafra, three members of one family were killed when shells hit their home.',
          'Two shepherds were killed in Darkush, and shelling on the outskirts of Jisr Al Shughur killed one man and wounded two.',
        ],
        'en',
        '2023-10-09',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 2, wounded: null },
      { killed: 1, wounded: 2 },
    ]);
  });
});

describe('a total told of a governorate and other cities beside it', () => {
  it('"killed … in Baghdad and southern cities", then the items: the lead sums them', () => {
    expect(
      tolls(
        [
          'At least eight people were killed on Sunday as security forces fired on protesters in Baghdad and southern cities, medical sources said.',
          'In Baghdad, three protesters were killed near Khilani Square.',
          'In Kut, five protesters were shot dead near the provincial council building.',
        ],
        'en',
        '2020-02-10',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 5, wounded: null },
    ]);
  });
});

describe('one wounded in another governorate was not among the wounded just told', () => {
  it('"A protester who was wounded in X last week died of his injuries" after an event in Y: his own', () => {
    expect(
      tolls(
        [
          'In Hilla, two protesters were wounded on Monday when police fired on a sit-in.',
          'A protester who was wounded in Nasiriyah last week died of his injuries on Monday, hospital officials said.',
        ],
        'en',
        '2020-01-21',
      ),
    ).toEqual([
      { killed: null, wounded: 2 },
      { killed: 1, wounded: null },
    ]);
  });
});

describe('what the news "came N months after" is that long before it', () => {
  it('"The strikes came about 14 months after a similar raid on the same area killed 12 fighters": its own event, of its month', () => {
    expect(
      extracted(
        [
          'Israeli air strikes overnight Sunday into Monday on positions of Iran-backed militias near Albu Kamal in Deir ez-Zor province killed at least nine fighters, a war monitor said.',
          'The strikes came about 14 months after a similar raid on the same area killed 12 fighters, the monitor said.',
        ],
        'en',
        '2022-03-08',
      ).map((x) => ({ from: x.date.from, to: x.date.to, killed: x.killed })),
    ).toEqual([
      { from: '2022-03-06', to: '2022-03-07', killed: 9 },
      { from: '2021-01-01', to: '2021-01-31', killed: 12 },
    ]);
  });
});

describe('the attackers the sentence before counted, told by their count alone', () => {
  it('"…said four gunmen stormed the post. Two blew themselves up and two were shot dead by guards.": the attack\'s attackers', () => {
    expect(
      tollsWithAttackers(
        [
          'At least six Iraqi policemen were killed when Islamic State suicide bombers attacked a police post west of Samarra on Tuesday.',
          'A police officer said four attackers wearing explosive belts stormed the post at dawn. Two blew themselves up and two were shot dead by guards. Nine policemen were also wounded, he said.',
        ],
        'en',
        '2016-03-09',
      ),
    ).toEqual([{ killed: 6, wounded: 9, attackersKilled: 2 }]);
  });
});
