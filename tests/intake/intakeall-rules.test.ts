// Rules added while merging intake8 and intake9 (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { ingest } from '../../src/intake/ingest.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { extracted } from '../support/tolls.js';

const told = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => [x.place.governorate?.en ?? null, x.killed, x.wounded]);

describe('a toll told as risen, the noun before the verb', () => {
  it('"أن حصيلة القصف ارتفعت إلى ستة قتلى": the event just told, at its new figure', () => {
    expect(
      told(
        [
          'قتل أربعة مدنيين وأصيب خمسة آخرون بقصف مدفعي على قرية قرب قضاء طوزخورماتو صباح اليوم.',
          'وذكر مسؤول محلي لاحقا أن حصيلة القصف ارتفعت إلى ستة قتلى بعد وفاة اثنين من المصابين متأثرين بجراحهما.',
        ],
        'ar',
        '2021-09-14',
      ),
    ).toEqual([['Salahuddin', 6, 3]]);
  });

  it('a toll of a span that rose is still no event ("حصيلة المواجهات منذ بدايتها وصلت إلى")', () => {
    expect(
      told(
        [
          'قتل مقاتلان في اشتباك مسلح قرب قضاء طوزخورماتو فجر اليوم.',
          'وبذلك فإن حصيلة المواجهات منذ بدايتها قبل أسبوعين وصلت إلى 17 قتيلا.',
        ],
        'ar',
        '2021-09-14',
      ),
    ).toEqual([['Salahuddin', 2, null]]);
  });
});

describe('a force that fought the attackers of the event just told', () => {
  it.each([
    [
      [
        'قتل شرطيان وأصيب ثالث بهجوم مسلح على نقطة تفتيش قرب قضاء الدبس في كركوك ليلة أمس.',
        'وقال مصدر أمني إن قوة من الشرطة اشتبكت مع المهاجمين وقتلت ثلاثة منهم.',
      ],
      'ar',
    ],
    [
      [
        'Gunmen killed two policemen and wounded a third at a checkpoint near Dibis in Kirkuk province late on Monday.',
        'An army unit clashed with the attackers and killed three of them, a security source said.',
      ],
      'en',
    ],
  ] as const)('kills attackers of that event, no event of its own: %s', (paragraphs, lang) => {
    const got = extracted([...paragraphs], lang, '2021-09-14');
    expect(got.map((x) => [x.place.governorate?.en, x.killed, x.wounded, x.attackersKilled])).toEqual([
      ['Kirkuk', 2, 1, 3],
    ]);
  });
});

describe('a town told with its distance from a far landmark', () => {
  it.each([
    [
      'Two soldiers were killed when a bomb hit their vehicle at the entrance of the town of Tuz Khurmatu, some 170 km north of Baghdad.',
      'Salahuddin',
    ],
    [
      'A bomber blew up his vest at a checkpoint at the entrance of the city of Samarra, some 120 km north of Baghdad.',
      'Salahuddin',
    ],
    ['A roadside bomb struck a patrol in the province of Salahudin on Sunday.', 'Salahuddin'],
  ] as const)('is placed where the town is: %s', (text, governorate) => {
    expect(resolvePlace(text, 'en')?.governorate?.en).toBe(governorate);
  });

  it('a spot near the landmark stays the landmark’s ("in a village 15 km north of Baquba")', () => {
    expect(
      resolvePlace('A bomb killed two farmers in a village 15 km north of Baquba.', 'en')?.governorate?.en,
    ).toBe('Diyala');
  });
});

describe('the wounded told as they are now', () => {
  it('"فيما لا يزال أربعة جرحى يتلقون العلاج", after the risen toll: those counted before, no new event', () => {
    const raw = [
      'مقتل 3 من الشرطة بتفجير عبوة في ديالى',
      '',
      'بعقوبة – وكالات',
      '',
      'قتل اثنان من عناصر الشرطة، اليوم الاثنين، بتفجير عبوة ناسفة استهدفت دوريتهم في قضاء الخالص بمحافظة ديالى، وفقاً لمصدر أمني.',
      '',
      'وقال المصدر إن العبوة انفجرت لدى مرور الدورية قرب سوق الخالص، ما أسفر عن مقتل اثنين منهم وإصابة خمسة آخرين بجروح.',
      '',
      'وفي وقت لاحق، أفاد مصدر طبي في مستشفى الخالص العام بأن حصيلة التفجير ارتفعت إلى ثلاثة قتلى بعد وفاة أحد الجرحى متأثراً بإصابته، فيما لا يزال أربعة جرحى يتلقون العلاج.',
    ].join('\n');
    const result = ingest(raw, { published: '2021-09-13' });
    if (!result.ok) throw new Error(result.error);
    expect(result.draft.incidents?.map((x) => [x.place.governorate?.en, x.killed, x.wounded])).toEqual([
      ['Diyala', 3, 4],
    ]);
  });

  it('"two were wounded and remain in hospital" still counts them', () => {
    expect(
      told(
        [
          'Two policemen were wounded and remain in hospital after a bomb hit their patrol in Baquba on Monday.',
        ],
        'en',
        '2021-09-14',
      ),
    ).toEqual([['Diyala', null, 2]]);
  });
});

describe('a person named by what they were, after "the"', () => {
  it('"killing the driver and wounding the official": one each', () => {
    expect(
      told(
        [
          'Gunmen opened fire on a car carrying a local official and his driver near Jalawla on Wednesday, killing the driver and wounding the official.',
        ],
        'en',
        '2016-08-24',
      ),
    ).toEqual([['Diyala', 1, 1]]);
  });

  it('"The nurse, …, and his wife were wounded": the one named before, told again, is no count of one', () => {
    expect(
      told(
        [
          'Shelling hit the home of a nurse in the village of Ibleen in Idlib province on Saturday, killing his son.',
          'The nurse, Ahmad Khalil, and his wife were wounded, rescuers said.',
        ],
        'en',
        '2021-09-14',
      ),
    ).toEqual([['Idlib', 1, 2]]);
  });
});

describe('the doer’s boast of its own toll', () => {
  it.each([
    [
      [
        'قتل أربعة من عناصر الجيش بهجوم لتنظيم داعش على موقع عسكري قرب قضاء الحضر جنوب الموصل ليلة أمس.',
        'وتبنى تنظيم داعش الهجوم عبر وكالة أعماق، زاعماً أنه قتل 12 جندياً وأصاب آخرين.',
      ],
      'ar',
      4,
    ],
    [
      [
        'Islamic State militants killed four soldiers in an attack on an army post near Hatra south of Mosul overnight.',
        'The group claimed the attack, claiming to have killed 20 soldiers.',
      ],
      'en',
      4,
    ],
  ] as const)('is no figure and no event of its own: %s', (paragraphs, lang, killed) => {
    expect(extracted([...paragraphs], lang, '2021-09-14').map((x) => x.killed)).toEqual([killed]);
  });
});

describe('a blow on the forces sent to the scene', () => {
  it.each([
    [
      [
        'Three policemen were killed and two wounded when militants attacked a checkpoint near Tarmiyah north of Baghdad on Sunday night.',
        'The militants used machine guns and hand grenades, the official said. Policemen returned fire and killed one of the attackers.',
        'An hour later, a roadside bomb struck a police vehicle sent to reinforce the checkpoint, wounding an officer, according to the same source.',
      ],
      'en',
      [['Baghdad', 3, 3]],
    ],
    [
      [
        'قتل ثلاثة من عناصر الشرطة وأصيب اثنان بهجوم مسلح على نقطة تفتيش قرب قضاء الطارمية شمالي بغداد ليلة أمس.',
        'وبعد ساعة، انفجرت عبوة ناسفة على التعزيزات التي وصلت إلى المكان، ما أدى إلى مقتل جندي.',
      ],
      'ar',
      [['Baghdad', 4, 2]],
    ],
  ] as const)(
    'is one complex attack with the event just told, its toll added: %s',
    (paragraphs, lang, want) => {
      expect(told([...paragraphs], lang, '2021-09-13')).toEqual(want);
    },
  );
});

describe('a part of the lead total', () => {
  it('is never a total of the parts after it', () => {
    const got = extractIncidents(
      splitSentences(
        [
          'Government shelling killed nine civilians in the province on Monday, rescuers said.',
          'Four members of one family were killed when a shell hit their home in the town of Ariha.',
          'In the village of Kafranbel, a man and his son were killed.',
          'Shelling also killed two farmers in a field outside Saraqeb.',
          'Separately, a girl was killed in the town of Khan Sheikhoun.',
        ],
        'en',
      ),
      {
        lang: 'en',
        published: '2019-11-05',
        resolvePlace,
        titlePlace: resolvePlace('Shelling kills nine in Idlib', 'en'),
      },
    );
    expect(got.map((x) => x.killed)).toEqual([4, 2, 2, 1]);
  });
});

describe('who the counted were, and others hit by the same blow', () => {
  it('"ثلاثة مدنيين هم رجل وطفلاه": the three, told by who they were', () => {
    expect(
      told(
        ['قتلت طائرات حربية ثلاثة مدنيين هم رجل وطفلاه، في قصف استهدف بلدة كفرنبل جنوبي إدلب اليوم.'],
        'ar',
        '2019-05-14',
      ),
    ).toEqual([['Idlib', 3, null]]);
  });

  it('"كما أصيب عنصران آخران": more of the event just told', () => {
    expect(
      told(
        [
          'وفي ريف حماة، قتل ثلاثة عناصر من قوات النظام باستهداف آليتهم بصاروخ موجه قرب بلدة اللطامنة اليوم. كما أصيب عنصران آخران.',
        ],
        'ar',
        '2019-05-14',
      ),
    ).toEqual([['Hama', 3, 2]]);
  });
});
