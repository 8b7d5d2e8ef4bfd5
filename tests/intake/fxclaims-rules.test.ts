// Rules from the fxclaims round (issue 12, a party's statement of the enemy it killed, and period
// reports): "neutralised" as the dead of a side's statement; such a statement placed nowhere, or told
// of the event just told, or dated only by its telling; militants the only dead of an event; a
// monitor's monthly review item by item; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents, ingested } from '../support/tolls.js';

describe('"تحييد", "neutralised": the enemy a side says it put out of the fight are its dead', () => {
  it('counts the armed men a ministry says it neutralised in strikes at a place, in Arabic', () => {
    expect(
      ingested(
        'غارات تركية على جبال قنديل',
        [
          'أعلنت وزارة الدفاع التركية، اليوم الخميس، تحييد ثمانية إرهابيين بغارات جوية استهدفت مواقع في قضاء رانية بمحافظة السليمانية.',
        ],
        '2021-04-15',
      ),
    ).toEqual([
      { from: '2021-04-15', to: '2021-04-15', governorate: 'Sulaymaniyah', killed: 8, wounded: null },
    ]);
  });

  it('counts them in English, the verb in quotes going on to its count', () => {
    expect(
      ingested(
        'Turkey says jets hit PKK hideouts',
        [
          'The Turkish defence ministry said on Thursday its jets had "neutralised" seven militants in strikes on hideouts near Sinjar in Nineveh province.',
        ],
        '2021-04-15',
      ),
    ).toEqual([{ from: '2021-04-15', to: '2021-04-15', governorate: 'Nineveh', killed: 7, wounded: null }]);
  });

  it('leaves a count of devices neutralised no dead', () => {
    expect(
      ingested(
        'Roadside bomb wounds soldier near Tuz',
        [
          'A roadside bomb wounded a soldier on a road near Tuz Khurmatu in Salahuddin province on Thursday, a security source said.',
          'Army engineers later neutralised 12 explosive devices planted along the same road.',
        ],
        '2021-04-15',
      ).map((x) => x.killed),
    ).not.toContain(12);
  });
});

describe('a side’s statement of the enemy it neutralised, with no place of its own, is no incident', () => {
  it('"in northern Iraq and Syria", "without giving locations": the tally of its blows', () => {
    expect(
      ingested(
        'Drone strike wounds two in Makhmour',
        [
          'A drone strike wounded two men near the Makhmour camp in Nineveh province on Saturday, a camp official said.',
          'Turkey’s defence ministry said on Sunday that its forces had "neutralised" 31 "terrorists" in northern Iraq and Syria over the past days, without giving locations.',
        ],
        '2022-08-14',
      ),
    ).toEqual([{ from: '2022-08-13', to: '2022-08-13', governorate: 'Nineveh', killed: null, wounded: 2 }]);
  });
});

describe('a side’s statement of the enemy it neutralised at the place of the strike just told', () => {
  it('is that strike in the side’s figures, told after it: its count a note, no attackers beside the toll', () => {
    const drafted = draftedIncidents(
      [
        'مقتل ثلاثة بغارة تركية في سنجار',
        'قتل ثلاثة أشخاص بغارة نفذتها طائرة مسيرة تركية على سيارة في قضاء سنجار بمحافظة نينوى، مساء أمس الأحد.',
        'وقالت وزارة الدفاع التركية في تغريدة إنها حيدت خمسة إرهابيين في سنجار، من دون أن تحدد المكان.',
      ].join('\n\n'),
      '2021-08-16',
    );
    expect(
      drafted.map((x) => [
        x.date.from,
        x.killed,
        x.attackersKilled ?? null,
        x.checks?.find((c) => c.reason === 'casualties-conflict')?.detail,
      ]),
    ).toEqual([['2021-08-15', 3, null, '3 ≠ 5']]);
  });

  it('is an incident of its own where it was made before the strike told, dated by its own day', () => {
    expect(
      ingested(
        'مقتل مزارع بقصف تركي في العمادية',
        [
          'قتل مزارع بقصف جوي تركي استهدف بستاناً قرب قرية في قضاء العمادية بمحافظة دهوك، اليوم الأربعاء.',
          'من جهتها، أعلنت وزارة الدفاع التركية في بيان مساء أمس الثلاثاء تحييد خمسة إرهابيين بغارات جوية في منطقة الزاب.',
        ],
        '2020-07-15',
      ),
    ).toEqual([
      { from: '2020-07-15', to: '2020-07-15', governorate: 'Duhok', killed: 1, wounded: null },
      { from: '2020-07-14', to: '2020-07-14', governorate: 'Duhok', killed: 5, wounded: null },
    ]);
  });
});

describe('militants the only dead an event is told with, in a clause after it', () => {
  it('are its dead, as when its first clause counts them', () => {
    expect(
      ingested(
        'اشتباك على الحدود في ريف القصير',
        [
          'اشتبكت وحدة من الجيش مع مجموعة مسلحة حاولت التسلل إلى ريف القصير بمحافظة حمص اليوم، وقضت على تسعة إرهابيين.',
        ],
        '2014-05-20',
      ),
    ).toEqual([{ from: '2014-05-20', to: '2014-05-20', governorate: 'Homs', killed: 9, wounded: null }]);
  });

  it('stay apart from the victims a later sentence counts', () => {
    expect(
      ingested(
        'صد هجوم على نقطة للجيش في الرطبة',
        [
          'أعلنت قيادة العمليات، اليوم الاثنين، صد هجوم على نقطة عسكرية قرب قضاء الرطبة في محافظة الأنبار.',
          'وقال قائد العمليات إن القوات تصدت للمهاجمين ما أسفر عن قتل ستة من الإرهابيين.',
          'وأضاف أن الاشتباك أسفر عن استشهاد جندي وإصابة اثنين آخرين.',
        ],
        '2018-03-12',
      ),
    ).toEqual([{ from: '2018-03-12', to: '2018-03-12', governorate: 'Anbar', killed: 1, wounded: 2 }]);
  });
});

describe('a monitor’s monthly review, item by item, is no incident', () => {
  const lead =
    'The monitor documented the deaths of 64 people in areas held by the SDF in Deir Ezzor and Raqqa provinces during the month of March 2023.';

  it('"killed in air strikes in March": dead counted over blows in the plural, over a month', () => {
    expect(
      ingested(
        'Drone strike wounds two near Hajin',
        [
          'A drone strike wounded two men near Hajin in Deir Ezzor province on Sunday, local sources said.',
          'Separately, 22 ISIS members were killed in air strikes by the coalition in Deir Ezzor province in March, the monitor said.',
        ],
        '2023-04-01',
      ),
    ).toEqual([
      { from: '2023-03-26', to: '2023-03-26', governorate: 'Deir ez-Zor', killed: null, wounded: 2 },
    ]);
  });

  it('"قتل 22 عنصراً بغارات جوية في آذار الماضي": the same in Arabic', () => {
    expect(
      ingested(
        'إصابة شخصين بغارة مسيرة قرب هجين',
        [
          'أصيب شخصان بغارة طائرة مسيرة قرب بلدة هجين في ريف دير الزور، يوم الأحد، بحسب مصادر محلية.',
          'وفي سياق آخر، قتل 22 عنصراً من تنظيم داعش بغارات جوية للتحالف في ريف دير الزور في آذار الماضي.',
        ],
        '2023-04-01',
      ),
    ).toEqual([
      { from: '2023-03-26', to: '2023-03-26', governorate: 'Deir ez-Zor', killed: null, wounded: 2 },
    ]);
  });

  it('"18 Turkish drone strikes": blows counted, whose side stands between the count and them', () => {
    expect(
      ingested(
        'Monitor: 64 killed in SDF areas in March',
        [
          lead,
          'The monitor also recorded 40 attacks by ISIS cells during March, in addition to 18 Turkish drone strikes on the Raqqa countryside.',
        ],
        '2023-04-01',
      ),
    ).toEqual([]);
  });
});
