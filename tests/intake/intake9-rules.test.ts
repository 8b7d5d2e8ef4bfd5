import { describe, expect, it } from 'vitest';
import { periodTotal, withoutSuperlative } from '../../src/intake/roundups/period-totals.js';
import { matchView } from '../../src/intake/reading/view.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { extracted } from '../support/tolls.js';

// Rules of the ninth round (issue 12, from probe-j), each tested on examples of its own wording.

const summary = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => [
    x.date.from,
    x.place.governorate?.en ?? null,
    x.killed,
    x.wounded,
  ]);

describe('road accidents, court sentences, plans and arrests without casualties are no incident', () => {
  it.each([
    [['لقي أربعة أشخاص حتفهم وأصيب اثنان بحادث سير على الطريق بين الناصرية والسماوة صباح اليوم.'], 'ar'],
    [
      ['Five people died and two were hurt in a road accident near Samarra on Monday, traffic police said.'],
      'en',
    ],
    [
      ['قضت المحكمة الجنائية في الرصافة اليوم بالإعدام بحق خمسة مدانين بقتل 12 شخصا في كركوك عام 2015.'],
      'ar',
    ],
    [['A court in Erbil sentenced four men to death on Monday for a bombing that killed nine people.'], 'en'],
    [['اعتقلت قوة أمنية 6 مطلوبين في قضاء الحويجة جنوب غربي كركوك، وضبطت 12 عبوة ناسفة.'], 'ar'],
    [['Police arrested seven suspected militants in raids in Tikrit on Sunday.'], 'en'],
    [['وقال الضابط إن الموقوفين كانوا يخططون لاستهداف سوق في بعقوبة.'], 'ar'],
    [['توفي ثلاثة أطفال اختناقا إثر حريق اندلع في منزلهم بحي الجديدة في الموصل مساء أمس.'], 'ar'],
    [['Two men drowned in the Tigris near Baiji on Sunday, civil defence said.'], 'en'],
    [['وأحيا أهالي الكرادة اليوم الذكرى الخامسة لتفجير استهدف الحي وأودى بحياة 80 شخصا.'], 'ar'],
    [['Residents of Khalis on Tuesday marked the anniversary of a car bombing that killed 40 people.'], 'en'],
    [['نفذت وزارة العدل حكم الإعدام بحق سبعة مدانين بقضايا إرهاب في سجن الناصرية اليوم.'], 'ar'],
  ] as const)('%s', (paragraphs, lang) => {
    expect(extracted([...paragraphs], lang, '2021-05-10')).toEqual([]);
  });

  it('a raid that kills is kept, with the plans of those it killed', () => {
    const got = summary(
      ['Iraqi troops killed three militants who were planning to attack a market in Tikrit on Sunday.'],
      'en',
      '2021-05-10',
    );
    expect(got).toEqual([['2021-05-09', 'Salahuddin', 3, null]]);
  });
});

describe('an earlier event recalled with its own toll is an incident, however long ago', () => {
  it('a bombing on a day two years back, told in the pluperfect', () => {
    const got = summary(
      [
        'قتل شخصان بانفجار عبوة ناسفة في سوق بمدينة الحلة اليوم الأحد.',
        'وكان تفجير قد وقع في الخامس من آذار 2019 في السوق ذاته، ما أسفر عن مقتل 14 شخصا وإصابة 30 آخرين.',
      ],
      'ar',
      '2021-05-09',
    );
    expect(got).toEqual([
      ['2021-05-09', 'Babil', 2, null],
      ['2019-03-05', 'Babil', 14, 30],
    ]);
  });

  it('one bombing of a year named: the whole year', () => {
    const got = extracted(
      [
        'A bomb killed two people at a bus station in Kut on Sunday, police said.',
        'The same station was hit by a car bomb in 2016 that killed 31 people.',
      ],
      'en',
      '2021-05-10',
    );
    expect(got.map((x) => [x.date.from, x.date.to, x.killed])).toEqual([
      ['2021-05-09', '2021-05-09', 2],
      ['2016-01-01', '2016-12-31', 31],
    ]);
  });

  it('the news ranked against one earlier event it places ("the deadliest since a bombing … killed 35")', () => {
    const got = summary(
      [
        'A car bomb killed 12 people in Sadr City on Monday, police said.',
        'It was the deadliest attack in Iraq since a suicide bombing at a market in Sadr City killed 35 people in July 2021.',
      ],
      'en',
      '2022-08-09',
    );
    expect(got).toEqual([
      ['2022-08-08', 'Baghdad', 12, null],
      ['2021-07-01', 'Baghdad', 35, null],
    ]);
  });

  it('attacks summed over a year stay a total', () => {
    const got = extracted(
      [
        'A bomb killed two people at a bus station in Kut on Sunday, police said.',
        'In 2016, attacks on the city killed 31 people.',
      ],
      'en',
      '2021-05-10',
    );
    expect(got.map((x) => x.killed)).toEqual([2]);
  });

  it('"came N days after" an earlier blast with its own toll: that blast, so many days before', () => {
    const got = summary(
      [
        'وكان التفجير قد وقع في العشرين من أيلول 2017 في سوق الكوت، ما أسفر عن مقتل تسعة أشخاص.',
        'وجاء ذلك التفجير بعد ثلاثة أيام فقط من انفجار عبوة في المكان ذاته أسفر عن إصابة أربعة أشخاص.',
      ],
      'ar',
      '2019-01-10',
    );
    expect(got).toEqual([
      ['2017-09-20', 'Wasit', 9, null],
      ['2017-09-17', 'Wasit', null, 4],
    ]);
  });

  it('with no place of its own, the event lies where the lead placed the story', () => {
    const got = summary(
      [
        'أصدرت محكمة في بغداد اليوم حكما بالإعدام بحق مدان بتفجير استهدف مطعما في حي الكرادة.',
        'وكان الهجوم قد وقع في الثالث من تموز 2016، ما أسفر عن مقتل 20 شخصا.',
      ],
      'ar',
      '2018-01-10',
    );
    expect(got).toEqual([['2016-07-03', 'Baghdad', 20, null]]);
  });
});

describe('tolls over a month, documented counts and spans from a campaign are totals', () => {
  it.each([
    'وثق ناشطون 14 عملية اغتيال في ريف حلب خلال شهر آذار الجاري',
    'قتل 40 شخصا خلال عامي 2015 و2016 في المنطقة',
    'the group has killed 300 civilians since its campaign in the valley began in 2019',
    'gunmen have killed 14 people in the province so far this month',
  ])('%s', (text) => {
    expect(periodTotal(matchView(text).text)).toBe(true);
  });

  it('many dead over a month with no word for what happened are a month’s count', () => {
    const paragraphs = [
      'A child was killed by shelling on a village in Jabal al-Zawiya in Idlib on Tuesday.',
      'A monitoring group said 52 civilians were killed in Idlib province in July.',
    ];
    expect(extracted(paragraphs, 'en', '2022-08-09').map((x) => x.killed)).toEqual([1]);
    const named = [
      paragraphs[0]!,
      'In July, an air strike on a market in Ariha killed 12 people, the group said.',
    ];
    expect(extracted(named, 'en', '2022-08-09').map((x) => x.killed)).toEqual([1, 12]);
  });

  it('a single day’s event is no total', () => {
    expect(periodTotal(matchView('قتل ثلاثة مدنيين بقصف على بلدة في ريف حلب اليوم').text)).toBe(false);
  });

  it('"one of the deadliest attacks this year" ranks the event, it sums nothing', () => {
    const text = matchView('قتل 8 جنود بهجوم على نقطة، في واحد من أعنف الهجمات خلال العام الجاري').text;
    expect(withoutSuperlative(text)).toHaveLength(text.length);
    expect(withoutSuperlative(text)).not.toContain('خلال');
    const got = summary(
      [
        'قتل جندي في كمين قرب الحويجة جنوب غربي كركوك اليوم.',
        'وفي كانون الأول الماضي قتل 8 جنود بهجوم مماثل على نقطة قرب الحويجة، في واحد من أعنف الهجمات التي شهدتها المحافظة خلال العام الماضي.',
      ],
      'ar',
      '2023-02-07',
    );
    expect(got).toEqual([
      ['2023-02-07', 'Kirkuk', 1, null],
      ['2022-12-01', 'Kirkuk', 8, null],
    ]);
  });
});

describe('gazetteer: Said Sadiq', () => {
  it('lies in Sulaymaniyah governorate', () => {
    expect(resolvePlace('a drone struck a car near Said Sadiq', 'en')?.governorate?.en).toBe('Sulaymaniyah');
    expect(resolvePlace('قصفت طائرة مسيرة سيارة قرب سيد صادق', 'ar')?.governorate?.en).toBe('Sulaymaniyah');
  });
});

describe('"The strike came a year after …": an earlier event with its toll, else background', () => {
  it('with a toll of its own after "after": that earlier event, "last June" told in June being the year before', () => {
    const got = summary(
      [
        'A drone strike killed two men in a pickup truck near Makhmour on Friday, officials said.',
        'The attack came more than a year after a drone killed three fighters near Sinjar last June.',
      ],
      'en',
      '2023-06-12',
    );
    expect(got).toEqual([
      ['2023-06-09', 'Nineveh', 2, null],
      ['2022-06-01', 'Nineveh', 3, null],
    ]);
  });

  it('"came N days after": so many days before the event told', () => {
    const got = summary(
      [
        'A roadside bomb killed two soldiers near Baiji on Monday, police said.',
        'The attack came three days after gunmen killed four policemen at a checkpoint in Tikrit.',
      ],
      'en',
      '2021-05-12',
    );
    expect(got).toEqual([
      ['2021-05-10', 'Salahuddin', 2, null],
      ['2021-05-07', 'Salahuddin', 4, null],
    ]);
  });

  it('with none, background only', () => {
    const got = summary(
      [
        'A drone strike killed two men in a pickup truck near Makhmour on Friday, officials said.',
        'The violence in the district comes two years after the army retook the town of Sinjar.',
      ],
      'en',
      '2023-06-12',
    );
    expect(got).toEqual([['2023-06-09', 'Nineveh', 2, null]]);
  });
});

describe('a clause that only dates the event just told', () => {
  it.each([
    [
      [
        'Three militants were killed in a raid by Iraqi troops on a hideout in the Hamrin mountains, the army said on Thursday.',
        'The raid took place on Tuesday night and was backed by helicopters.',
      ],
      'en',
      '2022-03-10',
      '2022-03-08',
    ],
    [
      [
        'أعلنت قيادة العمليات المشتركة اليوم الخميس مقتل ثلاثة من عناصر داعش في وادي حوران غربي الأنبار.',
        'وجرت العملية يوم الثلاثاء بإسناد من طيران الجيش.',
      ],
      'ar',
      '2022-03-10',
      '2022-03-08',
    ],
  ] as const)('%s', (paragraphs, lang, published, day) => {
    const got = extracted([...paragraphs], lang, published);
    expect(got.map((x) => [x.date.from, x.killed])).toEqual([[day, 3]]);
  });
});

describe('dead in a raid that also captured someone', () => {
  it('is a battle, not an arrest', () => {
    const got = extracted(
      ['Two gunmen were killed and a third was captured in a raid by Iraqi troops in Tarmiyah on Monday.'],
      'en',
      '2022-03-08',
    );
    expect(got.map((x) => [x.killed, x.event.type])).toEqual([[2, 'battles']]);
  });
});

describe('where the teller of a toll sits', () => {
  it('is not another place of the event', () => {
    const got = summary(
      [
        'A car bomb exploded at a market in Tuz Khurmatu on Monday evening, killing at least six people, police said.',
        'A doctor in Kirkuk, who asked not to be named, put the death toll at eight.',
      ],
      'en',
      '2022-03-08',
    );
    expect(got).toEqual([['2022-03-07', 'Salahuddin', 6, null]]);
  });
});

describe('denied claims told apart from the claim’s clause', () => {
  it('a claim and, later in its sentence, "وهو ما نفته"', () => {
    const got = summary(
      [
        'قتل جندي بانفجار عبوة ناسفة قرب بلدة الشدادي جنوب الحسكة اليوم.',
        'وكان التنظيم قد زعم أمس أن عناصره قتلوا تسعة جنود في هجمات شرقي دير الزور، وهو ما نفته القوات في بيان.',
      ],
      'ar',
      '2021-08-26',
    );
    expect(got).toEqual([['2021-08-26', 'Hasakah', 1, null]]);
  });

  it('a claim the next sentence opens by denying', () => {
    const got = summary(
      [
        'A rocket hit an empty lot near Baghdad airport on Monday, causing no casualties, police said.',
        'A militia said on Telegram that a strike on the airport last week had killed three Americans. The U.S. embassy denied that, saying no one was hurt.',
      ],
      'en',
      '2021-08-24',
    );
    expect(got.map((x) => x[2])).toEqual([0]);
  });
});

describe('the victims just counted, told again by their definite name', () => {
  it('are the same event, wherever the second telling places it', () => {
    const got = summary(
      [
        'Government shelling on Saraqib and villages around it killed two women on Monday, rescuers said.',
        'The women, a mother and her daughter, were killed when a shell hit their house in Sarmin.',
      ],
      'en',
      '2020-01-20',
    );
    expect(got).toEqual([['2020-01-20', 'Idlib', 2, null]]);
  });

  it('another toll is another event', () => {
    const got = summary(
      [
        'Government shelling on Saraqib and villages around it killed two women on Monday, rescuers said.',
        'The men, three farmers, were killed when a shell hit their tractor in Sarmin.',
      ],
      'en',
      '2020-01-20',
    );
    expect(got.map((x) => x[2])).toEqual([2, 3]);
  });
});

describe('dead told in set phrases', () => {
  it.each([
    ['ارتفعت حصيلة ضحايا القصف على بلدة معرة النعمان في ريف إدلب إلى سبعة قتلى، بعد وفاة جريحين.', 'ar', 7],
    ['وكان هجوم مماثل قد أودى الشهر الماضي بحياة أربعة جنود قرب الرطبة غربي الأنبار.', 'ar', 4],
    ['The death toll from the bombing in Tuz Khurmatu has risen to 11, a hospital official said.', 'en', 11],
    ['A car bomb claimed the lives of five people in Tuz Khurmatu on Monday.', 'en', 5],
  ] as const)('%s', (text, lang, killed) => {
    expect(extracted([text], lang, '2021-05-10').map((x) => x.killed)).toEqual([killed]);
  });
});

describe('a toll told later as risen', () => {
  it.each([
    [
      [
        'A roadside bomb killed three people near Tuz Khurmatu on Monday, police said.',
        'Two of the wounded later died in hospital, raising the toll to five.',
      ],
      'en',
    ],
    [
      [
        'قتل ثلاثة أشخاص بانفجار عبوة ناسفة قرب طوزخورماتو يوم الاثنين.',
        'وأعلنت مديرية الصحة لاحقا ارتفاع حصيلة القتلى إلى خمسة بعد وفاة اثنين من الجرحى.',
      ],
      'ar',
    ],
  ] as const)('replaces the first figure: %s', (paragraphs, lang) => {
    expect(extracted([...paragraphs], lang, '2021-05-12').map((x) => x.killed)).toEqual([5]);
  });
});

describe('an attack on a gathering marking an anniversary', () => {
  it('is an incident', () => {
    const got = extracted(
      [
        'A suicide bomber killed 20 people at a rally in Kirkuk on Monday marking the anniversary of the party’s founding.',
      ],
      'en',
      '2022-08-09',
    );
    expect(got.map((x) => x.killed)).toEqual([20]);
  });
});

describe('gunmen and a person named right after them', () => {
  it('killed that person', () => {
    const got = extracted(
      ['قتل مسلحون مجهولون صاحب متجر في قضاء الزبير جنوب البصرة مساء أمس.'],
      'ar',
      '2022-08-09',
    );
    expect(got.map((x) => [x.killed, x.actors, x.event.type])).toEqual([
      [1, ['unknown_gunmen'], 'violence_against_civilians'],
    ]);
  });
});

describe('wounded who died later', () => {
  it.each([
    [
      [
        'A roadside bomb killed two soldiers and wounded four near Baiji on Monday.',
        'One of the wounded died later in hospital, an army officer said.',
      ],
      'en',
      3,
    ],
    [
      [
        'قتل جنديان وأصيب أربعة آخرون بانفجار عبوة ناسفة قرب بيجي أمس.',
        'وقال مصدر إن اثنين من المصابين فارقا الحياة ليلة أمس.',
      ],
      'ar',
      4,
    ],
    [
      [
        'ارتفعت حصيلة انفجار العبوة قرب بيجي إلى أربعة قتلى بعد وفاة اثنين من الجرحى.',
        'وقال مصدر إن اثنين من المصابين فارقا الحياة ليلة أمس.',
      ],
      'ar',
      4,
    ],
  ] as const)('are more dead of the event, counted once: %s', (paragraphs, lang, killed) => {
    expect(extracted([...paragraphs], lang, '2022-08-09').map((x) => x.killed)).toEqual([killed]);
  });
});

describe('a hospital’s count of bodies', () => {
  it('is another source’s toll of the event just told, not an event where the hospital is', () => {
    const got = extracted(
      [
        'قتل ثلاثة جنود بهجوم لداعش على نقطة قرب الطارمية ليلة أمس.',
        'وقالت مديرية صحة بغداد إن مستشفى الكاظمية تسلم جثث خمسة جنود.',
      ],
      'ar',
      '2022-08-09',
    );
    expect(got).toHaveLength(1);
  });
});

describe('an arrest told after an attack', () => {
  it('adds no side to it', () => {
    const got = extracted(
      [
        'A roadside bomb killed three people near Tuz Khurmatu on Monday.',
        'Police later arrested two suspects over the bombing in a village nearby.',
      ],
      'en',
      '2021-05-12',
    );
    expect(got.map((x) => [x.killed, x.actors])).toEqual([[3, []]]);
  });
});

describe('a funeral', () => {
  it('is dated by the killing it tells of, not by the burial', () => {
    const got = summary(
      [
        'شيع أهالي بلدة كفرنبل في ريف إدلب اليوم الأربعاء جثامين أربعة مدنيين قتلوا بقصف مدفعي يوم الاثنين الماضي، ولم تتمكن فرق الإنقاذ من دخول البلدة إلا صباح اليوم بسبب القصف.',
      ],
      'ar',
      '2019-05-15',
    );
    expect(got).toEqual([['2019-05-13', 'Idlib', 4, null]]);
  });
});

describe('an armed group’s assault on a post is a battle', () => {
  it.each([
    [
      [
        'قتل ثلاثة عناصر من الجيش بهجوم شنه مسلحون من داعش على نقطة عسكرية قرب قضاء الحويجة جنوب غربي كركوك فجر اليوم.',
        'وقال مصدر إن المهاجمين استخدموا قذائف هاون وأسلحة رشاشة قبل أن ينسحبوا.',
      ],
      'ar',
    ],
    [
      [
        'Two policemen were killed when militants attacked a police checkpoint near Baiji on Monday.',
        'The attackers opened with a car bomb and then fired rockets at the checkpoint, an officer said.',
      ],
      'en',
    ],
  ] as const)('%s', (paragraphs, lang) => {
    expect(extracted([...paragraphs], lang, '2021-05-10').map((x) => x.event.type)).toEqual(['battles']);
  });

  it('a bomb named in the opening clause stays a bomb', () => {
    const got = extracted(
      ['Two policemen were killed when a roadside bomb struck their patrol near Baiji on Monday.'],
      'en',
      '2021-05-10',
    );
    expect(got.map((x) => x.event.type)).toEqual(['explosions_remote_violence']);
  });
});

describe('actors no side of the event, or only suspected', () => {
  const actorsOf = (paragraphs: string[], lang: 'ar' | 'en') =>
    extracted(paragraphs, lang, '2021-05-10').map((x) => [x.actors, x.suspected]);

  it('an officer telling it', () => {
    expect(
      actorsOf(
        [
          'A bomb exploded at a bus stop in Baquba on Sunday, killing four people.',
          'Police Major Saad Hussein said the device was hidden in a bag.',
        ],
        'en',
      ),
    ).toEqual([[[], []]]);
  });

  it('the forces of a sweep that followed, and a force of the background', () => {
    expect(
      actorsOf(
        [
          'قتل جنديان بهجوم لداعش على نقطة قرب بلدة الشدادي جنوب الحسكة اليوم، وانطلقت بعده حملة تمشيط بمشاركة طيران التحالف الدولي.',
        ],
        'ar',
      ),
    ).toEqual([[['isis'], []]]);
    expect(
      actorsOf(
        [
          'A coalition air strike killed five civilians in a village near Hajin on Sunday, activists said, as Kurdish-led forces pushed on with their offensive.',
        ],
        'en',
      ),
    ).toEqual([[['coalition'], []]]);
  });

  it('the user of the place hit', () => {
    expect(
      actorsOf(
        [
          'A drone struck a warehouse used by the U.S.-led coalition at Baghdad airport on Sunday, wounding a guard.',
        ],
        'en',
      ),
    ).toEqual([[[], []]]);
  });

  it('a group said to be likely behind it, some words away', () => {
    expect(
      actorsOf(
        [
          'قتل جندي بانفجار عبوة ناسفة جنوب سامراء مساء أمس.',
          'وقال المصدر إن القوات تبحث عن المنفذين، مرجحاً أن تكون خلية تابعة لتنظيم داعش وراء التفجير.',
        ],
        'ar',
      ),
    ).toEqual([[['isis'], ['isis']]]);
  });
});
