// Rules of roundup items and their places (issue 12, fixer fxitems): a bearing told as an aside on a
// known place, a mountain stronghold, a quarter named bare after an event in a city, a road out of a
// city-governorate, a dateline under the outlet's lines, one strike told by what it hit, the strikes
// told again with the place a lead lacked, the items of a camp's news told at its sectors and its
// market, blows told with an uncounted toll, an item whose toll is told unsplit, a paragraph opening
// on a place of its own; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

/** Each drafted incident's governorate (English), killed and wounded. */
function places(
  text: string,
  published: string,
): { governorate: string | undefined; killed: unknown; wounded: unknown }[] {
  return draftedIncidents(text, published).map((x) => ({
    governorate: x.place.governorate?.en,
    killed: x.killed,
    wounded: x.wounded,
  }));
}

describe('a bearing told as an aside on a known place', () => {
  it('"مخيم مخمور … والواقع جنوب غربي أربيل": the camp named, in its own governorate', () => {
    expect(
      places(
        'قتيلان بقصف على مخيم\n\nقُتل شخصان وأصيب ثلاثة آخرون، مساء اليوم الاثنين، بقصف بطائرة مسيرة على منزل في مخيم مخمور للاجئين الواقع جنوب غربي أربيل.',
        '2022-05-09',
      ),
    ).toEqual([{ governorate: 'Nineveh', killed: 2, wounded: 3 }]);
  });

  it('"the Makhmour camp, south-west of Erbil": the same after a comma, in English', () => {
    expect(
      places(
        'Drone strike on refugee camp\n\nA drone strike on the Makhmour refugee camp, south-west of Erbil, killed two people on Monday, camp officials said.',
        '2022-05-09',
      ),
    ).toEqual([{ governorate: 'Nineveh', killed: 2, wounded: null }]);
  });
});

describe('a quarter named bare after an event in a city', () => {
  it('"وفي حادث آخر … في منطقة X": the city of the event before, its own incident', () => {
    expect(
      places(
        'هجومان مسلحان\n\nقتل شخصان بهجوم مسلح على محل تجاري في منطقة الكرادة وسط العاصمة، مساء أمس.\n\nوفي حادث آخر، أصيب ثلاثة مدنيين بانفجار عبوة ناسفة في منطقة البلديات، صباح اليوم.',
        '2021-02-03',
      ),
    ).toEqual([
      { governorate: 'Baghdad', killed: 2, wounded: null },
      { governorate: 'Baghdad', killed: null, wounded: 3 },
    ]);
  });
});

describe('a road named for the city-governorate it leads out of', () => {
  it('"on the Damascus–Beirut highway": the land around Damascus', () => {
    expect(
      places(
        'Drone hits car near border\n\nA drone struck a car near a village on the Damascus–Beirut highway on Friday, killing two men, a monitor said.',
        '2024-03-09',
      ),
    ).toEqual([{ governorate: 'Rif Dimashq', killed: 2, wounded: null }]);
  });
});

describe("a dateline under the outlet's own lines", () => {
  it('"Outlet", "date - time", then "ERBIL, Kurdistan Region –": the dateline is no place of the event', () => {
    expect(
      places(
        'Militants attack SDF posts\n\nRudaw\n\n12/03/2019 - 10:15\n\nERBIL, Kurdistan Region (Rudaw) – Islamic State militants launched an attack on SDF positions between al-Susa and al-Marashida in the eastern Deir ez-Zor countryside late on Monday, the SDF said on Tuesday.\n\nThe SDF said six of its fighters were killed.',
        '2019-03-12',
      ),
    ).toEqual([{ governorate: 'Deir ez-Zor', killed: 6, wounded: null }]);
  });
});

describe('one strike told by what it hit', () => {
  it('"A second strike hit a depot near Albu Kamal": an event of its own, no toll told', () => {
    expect(
      places(
        'Strikes on militia sites\n\nWarplanes struck a militia base in Qaim on Thursday, killing four fighters, officials said. A second strike hit an arms depot near Albu Kamal in Syria.',
        '2022-11-11',
      ),
    ).toEqual([
      { governorate: 'Anbar', killed: 4, wounded: null },
      { governorate: 'Deir ez-Zor', killed: null, wounded: null },
    ]);
  });
});

describe('the strikes told again by what they hit', () => {
  it('"The strikes hit a farm in X": the place of the lead\'s strikes, which named none', () => {
    expect(
      places(
        'Coalition raids kill civilians\n\nBEIRUT (Reuters) - Coalition air strikes killed seven civilians late on Tuesday in the last pocket held by the militants, a monitor said on Wednesday.\n\nThe strikes hit a farm near the town of Hajin, the monitor said.',
        '2018-11-14',
      ),
    ).toEqual([{ governorate: 'Deir ez-Zor', killed: 7, wounded: null }]);
  });
});

describe('items told at parts of the camp told before', () => {
  it('"في القطاع الثاني", "قرب سوق المخيم": each an event of its own, in the camp', () => {
    expect(
      places(
        'جريمة جديدة في المخيم\n\nقتل مسلحون مجهولون صباح اليوم السبت لاجئاً عراقياً داخل القطاع السابع من مخيم الهول شرقي الحسكة.\n\nوكان مجهولون قد قتلوا يوم الأربعاء الماضي رجلاً في القطاع الثاني، فيما أصيبت امرأة بجروح أمس برصاص مجهولين قرب سوق المخيم.',
        '2021-06-12',
      ),
    ).toEqual([
      { governorate: 'Hasakah', killed: 1, wounded: null },
      { governorate: 'Hasakah', killed: 1, wounded: null },
      { governorate: 'Hasakah', killed: null, wounded: 1 },
    ]);
  });
});

describe('blows told with the casualties they left, uncounted', () => {
  it('"شنت طائرات غارات على بلدة X، ما أسفر عن سقوط قتلى وجرحى": an item of its own, its toll unknown', () => {
    expect(
      places(
        'قذائف على العاصمة\n\nقتل مدنيان وأصيب خمسة آخرون اليوم جراء سقوط قذائف هاون على حي المزرعة وسط دمشق، بحسب مصدر في الشرطة.\n\nمن جهة أخرى، قال ناشطون إن طائرات النظام شنت غارات على مدينة دوما في الغوطة الشرقية، ما أسفر عن سقوط قتلى وجرحى.',
        '2014-02-09',
      ),
    ).toEqual([
      { governorate: 'Damascus', killed: 2, wounded: 5 },
      { governorate: 'Rif Dimashq', killed: null, wounded: null },
    ]);
  });
});

describe('an item whose toll is told unsplit', () => {
  it('"كما قتل وأصيب 3 عناصر في اشتباكات … في ريف X": an item of its own, though its clashes followed a raid', () => {
    expect(
      places(
        'حادثتان في المحافظة\n\nشهدت محافظة درعا خلال الساعات الماضية حادثتين منفصلتين.\n\nوقتل شاب برصاص مسلحين مجهولين في مدينة طفس بريف درعا الغربي.\n\nكما قتل وأصيب 3 عناصر من قوات النظام في اشتباكات مع مسلحين محليين في ريف درعا الشرقي، عقب محاولة دورية اعتقال أحد المطلوبين.',
        '2022-09-14',
      ).map((x) => x.governorate),
    ).toEqual(['Daraa', 'Daraa']);
  });
});

describe('a paragraph that opens on a place of its own', () => {
  it('"وفي الميادين، قضى شاب …" after a risen toll told in the countryside: the next item, not that toll', () => {
    expect(
      places(
        'ارتفاع حصيلة القصف\n\nارتفع عدد ضحايا القصف الذي استهدف سوقاً شعبياً قرب بلدة الجرذي بريف دير الزور الشرقي، أمس الجمعة، إلى 9 مدنيين.\n\nوقال ناشطون إن ما لا يقل عن 8 مدنيين قتلوا على الفور، وأصيب نحو 15 آخرين، قبل أن يفارق أحد الجرحى الحياة صباح اليوم السبت.\n\nوفي الميادين، قضى الشاب أحمد العلي برصاص مسلحين مجهولين قرب منزله.',
        '2017-10-07',
      ).map((x) => [x.governorate, x.killed]),
    ).toEqual([
      ['Deir ez-Zor', 9],
      ['Deir ez-Zor', 1],
    ]);
  });
});
