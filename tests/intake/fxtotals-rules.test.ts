// Rules from the fxtotals round (issue 12): totals over a period and deaths that are no violent event
// are figures, not incidents — the other side of a span's total set beside it by "while", a running
// total's dead and wounded, the dead since a weekday days ago, days of violence, a wave told with its
// onset, deaths from want, what went on at the height of the fighting, the dead of a month of fights;
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';
import { incidents } from '../support/tolls.js';

describe('"while" after a total over a span, with no word for a blow, is the same total', () => {
  it('"…منذ مطلع الشهر، فيما أصيب أكثر من 2100 آخرين": no incident of 2100 wounded', () => {
    expect(
      incidents(
        [
          'قتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل في ريف إدلب الجنوبي، اليوم الأحد.',
          'وبذلك يرتفع إلى 512 عدد المدنيين الذين قتلوا في المنطقة منذ مطلع الشهر الجاري، فيما أصيب أكثر من 2100 آخرين بجراح.',
        ],
        'ar',
        '2019-06-16',
      ),
    ).toEqual([{ from: '2019-06-16', to: '2019-06-16', governorate: 'Idlib', killed: 3, wounded: null }]);
  });

  it('"منذ بدء العملية …، نزح … فيما فقد 350 مدنياً حياتهم": no incident of 350 dead', () => {
    expect(
      incidents(
        [
          'أصيب طفلان بجروح جراء سقوط قذيفة على حي في مدينة منبج بريف حلب الشرقي، مساء اليوم الجمعة.',
          'ومنذ بدء العملية العسكرية في المنطقة مطلع الشهر الماضي، نزح أكثر من 90 ألف شخص من القرى الحدودية، فيما فقد 350 مدنياً حياتهم.',
        ],
        'ar',
        '2019-11-22',
      ),
    ).toEqual([{ from: '2019-11-22', to: '2019-11-22', governorate: 'Aleppo', killed: null, wounded: 2 }]);
  });
});

describe('a running total over a span, told with its dead and its wounded, is a total', () => {
  it('"وبذلك يرتفع عدد ضحايا القصف … منذ السبت الماضي إلى 37 قتيلاً و190 جريحاً": no incident of it', () => {
    expect(
      incidents(
        [
          'قتل مدنيان وأصيب سبعة آخرون بقذائف صاروخية سقطت على حي الميدان في مدينة حلب اليوم.',
          'وبذلك يرتفع عدد ضحايا القذائف التي سقطت على الأحياء الغربية من مدينة حلب منذ السبت الماضي إلى 37 قتيلاً و190 جريحاً.',
        ],
        'ar',
        '2016-11-10',
      ),
    ).toEqual([{ from: '2016-11-10', to: '2016-11-10', governorate: 'Aleppo', killed: 2, wounded: 7 }]);
  });
});

describe('the dead counted since a weekday some days before the news are a total', () => {
  const raid = 'Gunmen stormed a village near the town of Jableh on Sunday, killing 12 men, residents said.';

  it('"had been killed since Wednesday", said on Sunday: no incident of 830 dead', () => {
    expect(
      incidents(
        [
          raid,
          'A war monitor said on Sunday that 830 people had been killed in Latakia province since Wednesday, most of them civilians.',
        ],
        'en',
        '2025-03-09',
      ),
    ).toEqual([{ from: '2025-03-09', to: '2025-03-09', governorate: 'Latakia', killed: 12, wounded: null }]);
  });

  it('a fight\'s toll "since Saturday", said on Sunday, stays the fight\'s incident', () => {
    expect(
      incidents(
        [
          'Clashes between rival clans in the town of Hajin in Deir Ezzor province have killed nine people since Saturday, a war monitor said on Sunday.',
        ],
        'en',
        '2023-04-16',
      ).map((x) => x.killed),
    ).toEqual([9]);
  });
});

describe('a toll of "days of violence" is a wave\'s, not an event\'s', () => {
  it('"more than 600 people have been killed in five days of violence": no incident of it', () => {
    expect(
      incidents(
        [
          'A car bomb exploded at a market in the city of Tartus on Tuesday, killing four people, police said.',
          'A rights group said more than 600 people have been killed in five days of sectarian violence in Tartus province.',
        ],
        'en',
        '2025-03-11',
      ),
    ).toEqual([{ from: '2025-03-11', to: '2025-03-11', governorate: 'Tartus', killed: 4, wounded: null }]);
  });
});

describe('a toll "in the violence, which began with…" is the wave\'s, told with its onset', () => {
  it("an aid article whose only toll is the wave's drafts no incident", () => {
    const raw = [
      'Aid agencies scale up help in Syria after coastal unrest',
      '',
      'Aid agencies said on Wednesday they had sent food and blankets to 20,000 people in the countryside of Latakia.',
      'A monitor has said about 1,300 people were killed in Latakia province in the violence, which began with an ambush on a police patrol and was followed by reprisals.',
    ].join('\n');
    const result = ingest(raw, { published: '2025-03-26', lang: 'en' });
    expect(result.ok && result.draft.incidents).toEqual([]);
  });
});

describe('"في أعمال العنف التي اندلعت…": the wave\'s toll, told with its onset', () => {
  it('no incident of the 900 dead', () => {
    expect(
      incidents(
        [
          'قتل نحو 900 شخص في محافظة اللاذقية في أعمال العنف التي اندلعت بهجمات على دوريات الأمن، بحسب المرصد.',
        ],
        'ar',
        '2025-03-20',
      ),
    ).toEqual([]);
  });
});

describe('deaths from hunger, cold or disease are no violent event', () => {
  it('"two children died on Monday from causes linked to malnutrition": no incident', () => {
    expect(
      incidents(
        [
          'Two children died on Monday from causes linked to malnutrition in the besieged town of Madaya in Rif Dimashq, doctors said.',
        ],
        'en',
        '2016-01-12',
      ),
    ).toEqual([]);
  });

  it('"توفي طفلان بسبب سوء التغذية": no incident', () => {
    expect(
      incidents(
        ['توفي طفلان، أمس الاثنين، بسبب سوء التغذية في بلدة مضايا المحاصرة بريف دمشق، بحسب مصادر طبية.'],
        'ar',
        '2016-01-12',
      ),
    ).toEqual([]);
  });
});

describe('what went on "at the height of the fighting" is no event of its own', () => {
  it('"clinics had closed at the height of the fighting": no incident', () => {
    expect(
      incidents(
        [
          'The UN said seven clinics in the countryside of Tartus had closed at the height of the fighting, and three had since reopened.',
        ],
        'en',
        '2025-03-20',
      ),
    ).toEqual([]);
  });
});

describe('the dead of a month of fights, counted over them, are no one event', () => {
  it('"سيطرت القوات على البلدة في كانون الثاني، بعد معارك قتل خلالها أكثر من 80 مسلحاً": no incident', () => {
    expect(
      incidents(
        [
          'قتل عنصران من القوات الحكومية بانفجار عبوة ناسفة قرب بلدة الشدادي في ريف الحسكة الجنوبي، فجر اليوم.',
          'وكانت القوات قد سيطرت على البلدة في كانون الثاني الفائت، بعد معارك مع التنظيم قتل خلالها أكثر من 80 مسلحاً.',
        ],
        'ar',
        '2016-03-10',
      ),
    ).toEqual([{ from: '2016-03-10', to: '2016-03-10', governorate: 'Hasakah', killed: 2, wounded: null }]);
  });
});
