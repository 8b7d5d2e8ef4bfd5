// Rules added on the opened probe-i (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { extracted } from '../support/tolls.js';

const told = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => [x.place.governorate?.en ?? null, x.killed, x.wounded]);

describe('"أمس الأول": the day before yesterday, as the Levant orders it', () => {
  it('dates the event two days before publication', () => {
    const [x] = extracted(
      ['قُتل راعٍ وأصيب آخر، أمس الأول، بانفجار لغم أرضي قرب بلدة السخنة في ريف حمص.'],
      'ar',
      '2022-05-18',
    );
    expect([x?.date.from, x?.date.to]).toEqual(['2022-05-16', '2022-05-16']);
  });
});

describe('"اغتيل": killed by assassination, its victim named by office', () => {
  it('"اغتيل رئيس المجلس المحلي" is one dead', () => {
    expect(
      told(
        ['اغتيل رئيس المجلس المحلي في بلدة الحراك بريف درعا الشرقي برصاص مسلحين مجهولين صباح اليوم.'],
        'ar',
        '2022-05-18',
      ),
    ).toEqual([['Daraa', 1, null]]);
  });
});

describe('the wounds the dead died of are no more wounded', () => {
  it('"توفي راعيان متأثرين بجراح أصيبا بها" counts two dead, nobody wounded', () => {
    expect(
      told(
        ['توفي راعيان متأثرين بجراح أصيبا بها أمس جراء قصف مدفعي على قرية قرب مدينة جسر الشغور في ريف إدلب.'],
        'ar',
        '2022-05-18',
      ),
    ).toEqual([['Idlib', 2, null]]);
  });
});

describe('an earlier toll of the event just told is not another event', () => {
  it.each([
    [
      [
        'ارتفع عدد قتلى الهجوم على حافلة للعمال قرب بلدة معدان في ريف الرقة، أمس الأحد، إلى سبعة قتلى.',
        'وكانت حصيلة أولية قد تحدثت عن مقتل أربعة عمال، قبل أن يُعثر على ثلاث جثث أخرى صباح اليوم الاثنين.',
      ],
      'ar',
    ],
    [
      [
        'The toll from an attack on a bus of workers near Maadan in Raqqa province on Saturday has risen to seven dead, the Observatory said.',
        'A preliminary toll had put the dead at four on Sunday, before three of the wounded died.',
      ],
      'en',
    ],
  ] as const)('one incident at the later toll: %s', (paragraphs, lang) => {
    expect(told([...paragraphs], lang, '2022-05-16')).toEqual([['Raqqa', 7, null]]);
  });
});

describe('a share of the wounded already told is no more wounded', () => {
  it('"ونقل المصابون … بسبب خطورة حالة ثلاثة منهم" adds nobody to the one event', () => {
    expect(
      told(
        [
          'قُتل مدني وأصيب خمسة آخرون، صباح اليوم، بقصف مدفعي استهدف بلدة عين عيسى في ريف الرقة الشمالي.',
          'ونُقل الجرحى إلى مشفى مدينة الرقة بسبب خطورة إصابة ثلاثة منهم.',
        ],
        'ar',
        '2022-05-18',
      ),
    ).toEqual([['Raqqa', 1, 5]]);
  });
});

describe('"بعد نحو أسبوع من": about so long before the event just told', () => {
  it('dates the earlier attack a week before the raid', () => {
    const got = extracted(
      [
        'قُتل قيادي في تنظيم داعش بإنزال جوي للتحالف الدولي فجر اليوم في قرية قرب بلدة الشدادي بريف الحسكة الجنوبي.',
        'ويأتي الإنزال بعد نحو أسبوع من هجوم للتنظيم على حاجز في بلدة الهول شرقي الحسكة أدى إلى مقتل ثلاثة عناصر.',
      ],
      'ar',
      '2022-05-18',
    );
    expect(got.map((x) => [x.date.from, x.killed])).toEqual([
      ['2022-05-18', 1],
      ['2022-05-11', 3],
    ]);
  });
});

describe('a lead total that sums the lowest figures of its items', () => {
  it('"at least seven" over "between four and six", two and one: the lead goes', () => {
    expect(
      told(
        [
          'At least seven people were killed in separate attacks across Syria’s Hama province on Sunday, a monitor said.',
          'Gunmen ambushed an army truck near Salamiyah, killing between four and six soldiers.',
          'Two shepherds were killed by a landmine near Kafr Zita.',
          'In Mahardah, a man was shot dead at his shop.',
        ],
        'en',
        '2022-05-16',
      ),
    ).toEqual([
      ['Hama', { low: 4, high: 6 }, null],
      ['Hama', 2, null],
      ['Hama', 1, null],
    ]);
  });
});

describe('shelling told as almost daily is a span, not an event', () => {
  it('"ويتعرض محيط البلدة لقصف شبه يومي" adds nothing to the event just told', () => {
    const got = extracted(
      [
        'قُتل طفل وأصيبت والدته، اليوم، بقصف مدفعي للجيش التركي على قرية قرب بلدة عين عيسى في ريف الرقة.',
        'ويتعرض محيط البلدة لقصف شبه يومي منذ أشهر رغم التفاهمات الروسية التركية.',
      ],
      'ar',
      '2022-05-18',
    );
    expect(got.map((x) => [x.place.governorate?.en, x.killed, x.wounded, x.actors])).toEqual([
      ['Raqqa', 1, 1, ['turkey']],
    ]);
  });
});

describe('the bodies of the dead are dead already counted', () => {
  it('"جثتي القتيلين" after attackers killed adds no victims and no event', () => {
    const lang = 'ar';
    const got = extractIncidents(
      splitSentences(
        [
          'هاجم مسلحون من تنظيم داعش، ليلة أمس، نقطة للجيش قرب ناحية الرشاد جنوب غربي كركوك، ما أسفر عن مقتل جنديين وإصابة ثالث.',
          'وقال ضابط إن الاشتباك انتهى بمقتل اثنين من المهاجمين، مبيناً أن جثتي القتيلين نقلتا إلى دائرة الطب العدلي في كركوك.',
        ],
        lang,
      ),
      {
        lang,
        published: '2019-10-24',
        resolvePlace,
        titlePlace: resolvePlace('مقتل أربعة بهجوم لداعش جنوب غربي كركوك', lang),
      },
    );
    expect(got.map((x) => [x.place.governorate?.en, x.killed, x.wounded, x.attackersKilled])).toEqual([
      ['Kirkuk', 2, 1, 2],
    ]);
  });
});

describe('"وكان … قد قتل": the pluperfect brackets its subject however long', () => {
  it('"وكان مختار إحدى قرى الناحية قد قتل" is one dead', () => {
    expect(
      told(
        ['وكان مختار إحدى قرى ناحية العظيم قد قُتل مساء أمس بعبوة ناسفة وضعت أسفل سيارته.'],
        'ar',
        '2021-04-13',
      ),
    ).toEqual([['Diyala', 1, null]]);
  });
});

describe('clashes that broke out over an arrest are clashes', () => {
  it('"اندلعت اشتباكات … على خلفية اعتقال" then an unsplit toll: one event', () => {
    const got = extracted(
      [
        'اندلعت اشتباكات، مساء أمس، بين عناصر من الأمن العام ومسلحين محليين في بلدة الصنمين بريف درعا الشمالي، على خلفية اعتقال أحد أبناء البلدة.',
        'وأسفرت الاشتباكات عن سقوط خمسة بين قتيل وجريح.',
      ],
      'ar',
      '2023-06-10',
    );
    expect(got.map((x) => [x.place.governorate?.en, x.date.from, x.event.type])).toEqual([
      ['Daraa', '2023-06-09', 'battles'],
    ]);
  });
});

describe('who the victims were is no event of its own', () => {
  it('"Most of the victims were farmers fleeing the clashes around X" adds no event', () => {
    expect(
      told(
        [
          'A car bomb exploded at a market in the town of Sinjar on Monday, killing six people and wounding 14, officials said.',
          'Most of the victims were farmers fleeing the clashes around Tal Afar, a local official said.',
        ],
        'en',
        '2017-08-29',
      ),
    ).toEqual([['Nineveh', 6, 14]]);
  });
});

describe('where the displaced came from is not where the event was', () => {
  it('"التي تؤوي آلاف النازحين من منطقة عفرين" places no second event', () => {
    expect(
      told(
        [
          'قُتل مدنيان، أمس، بقصف مدفعي على بلدة تل رفعت في ريف حلب الشمالي.',
          'ولم يعلق الجيش التركي على القصف الذي طال البلدة التي تؤوي آلاف النازحين من منطقة عفرين.',
        ],
        'ar',
        '2023-03-14',
      ),
    ).toEqual([['Aleppo', 2, null]]);
  });
});
