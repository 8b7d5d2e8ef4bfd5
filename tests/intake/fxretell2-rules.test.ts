// Rules from the fxretell2 round (issue 12, one event drafted twice, and clauses drafted that tell no
// event): the same several dead told again a day apart or by the same doer at another spot, a toll told
// as a range given again, how the event began told after it, the taking of those found dead, the
// condemnation and the blame of the event told, captives exchanged, a group's financing; each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents, ingestedParagraphs } from '../support/tolls.js';

describe('the same several dead told again nearby are one event', () => {
  it('killed at a fake checkpoint in the evening, their bodies found the next morning: one incident over both days', () => {
    expect(
      ingestedParagraphs(
        [
          'العثور على جثث خمسة سائقين في ديالى',
          'قال مصدر أمني، اليوم الخميس، إن مسلحين قتلوا خمسة سائقين بعد أن أوقفوا شاحناتهم في سيطرة وهمية مساء أمس الأربعاء على طريق بعقوبة - مندلي.',
          'وأضاف المصدر أن "قوة من الشرطة عثرت صباح اليوم على خمس جثث مصابة بطلقات نارية قرب بساتين المنطقة".',
        ],
        '2019-03-14',
      ),
    ).toEqual([{ from: '2019-03-13', to: '2019-03-14', governorate: 'Diyala', killed: 5, wounded: null }]);
  });

  it('a drone strike in the lead, told again at another spot with the same doer: one incident', () => {
    expect(
      ingestedParagraphs(
        [
          'Drone strike kills three in Duhok countryside',
          'Turkish artillery hit orchards near the village of Kani Masi in Amadiya district on Thursday, wounding a farmer, while a Turkish drone strike in the same area a day later killed three PKK fighters, local officials said on Saturday.',
          'The mayor said the shelling of nearby orchards had frightened farmers.',
          'On Friday afternoon, a Turkish drone hit a PKK vehicle on a mountain road north of Zakho, killing three fighters, he said.',
        ],
        '2021-06-12',
      ),
    ).toEqual([
      { from: '2021-06-10', to: '2021-06-10', governorate: 'Duhok', killed: null, wounded: 1 },
      { from: '2021-06-11', to: '2021-06-11', governorate: 'Duhok', killed: 3, wounded: null },
    ]);
  });

  it('the same toll on the same day in two towns, no doer named: two incidents (a roundup)', () => {
    expect(
      ingestedParagraphs(
        [
          'Shelling kills eight in Idlib',
          'Government shelling killed four people in Saraqeb in Idlib province on Tuesday, the Observatory said.',
          'Another four people were killed in Maarat al-Numan when shells hit a market.',
        ],
        '2019-12-18',
      ),
    ).toHaveLength(2);
  });
});

describe('a toll told as a range, given again to its very ends, is the same event', () => {
  it('"ما بين ستة وتسعة" told twice, the second time beside a month of background: one incident', () => {
    expect(
      ingestedParagraphs(
        [
          'غارات تقتل مسلحين في صحراء الأنبار',
          'أعلنت خلية الإعلام الأمني، اليوم الأربعاء، أن غارات جوية نفذتها طائرات القوة الجوية يوم الثلاثاء على أوكار في صحراء الرطبة غربي الأنبار أسفرت عن مقتل ما بين ستة وتسعة إرهابيين.',
          'وقال مصدر في الخلية إن "الغارات استهدفت عناصر هربوا من قضاء بيجي بعد تحريره الشهر الماضي، وتشير المعلومات إلى مقتل ما بين ستة وتسعة منهم".',
        ],
        '2017-12-06',
      ),
    ).toEqual([
      {
        from: '2017-12-05',
        to: '2017-12-05',
        governorate: 'Anbar',
        killed: { low: 6, high: 9 },
        wounded: null,
      },
    ]);
  });
});

describe('a later telling with no toll tells how the event began', () => {
  it('"وقالت المصادر إن الاشتباك بدأ إثر خلاف…" at another spot of the district, the same night: one incident', () => {
    expect(
      ingestedParagraphs(
        [
          'سبعة بين قتيل وجريح باشتباك في تلعفر',
          'سقط سبعة أشخاص بين قتيل وجريح في اشتباك مسلح اندلع ليلة الجمعة على السبت بين عشيرتين في ناحية العياضية شمالي قضاء تلعفر، بحسب مصادر محلية.',
          'وقالت المصادر إن الاشتباك بدأ إثر خلاف على أرض زراعية قرب جبل سنجار، واستخدمت فيه الأسلحة المتوسطة.',
        ],
        '2023-02-05',
      ).map((x) => [x.from, x.to, x.governorate]),
    ).toEqual([['2023-02-03', '2023-02-04', 'Nineveh']]);
  });

  it('"Gunmen seized the three men on Thursday", after their bodies found on Saturday and a raid told: the finding from the taking', () => {
    expect(
      ingestedParagraphs(
        [
          'Bodies of two abducted farmers found in Diyala',
          'The bodies of two farmers abducted by suspected Islamic State militants were found north of Muqdadiya on Saturday, while a third was freed on Sunday in an army raid that killed one militant, police said.',
          'Gunmen seized the three men from their fields near the village on Thursday evening and demanded a ransom, a local official said.',
        ],
        '2022-10-24',
      ),
    ).toEqual([
      { from: '2022-10-20', to: '2022-10-22', governorate: 'Diyala', killed: 2, wounded: null },
      { from: '2022-10-23', to: '2022-10-23', governorate: 'Diyala', killed: 1, wounded: null },
    ]);
  });
});

describe('a merged telling keeps the group the other names, not its unnamed gunmen', () => {
  it('"Gunmen seized the three men" merged into the finding of those suspected IS militants took: ISIS alone, suspected', () => {
    const drafted = draftedIncidents(
      [
        'Bodies of two abducted farmers found in Diyala',
        'The bodies of two farmers abducted by suspected Islamic State militants were found north of Muqdadiya on Saturday, while a third was freed on Sunday in an army raid that killed one militant, police said.',
        'Gunmen seized the three men from their fields near the village on Thursday evening and demanded a ransom, a local official said.',
      ].join('\n\n'),
      '2022-10-24',
    );
    expect(drafted[0]?.actors.map((a) => a.en)).toEqual(['ISIS (suspected)']);
  });
});

describe('clauses that tell no event of their own', () => {
  it('"كما دانت الأمم المتحدة وعدد من السفارات الهجوم", the bare verb: the attack told, no other', () => {
    expect(
      ingestedParagraphs(
        [
          'مقتل ثلاثة بقصف صاروخي على أربيل',
          'قتل ثلاثة أشخاص وأصيب ستة آخرون بقصف صاروخي استهدف ليلة الجمعة - السبت منزلاً شرق مدينة أربيل، بحسب وزارة الصحة في الإقليم اليوم الأحد.',
          'وأعلنت حكومة الإقليم الحداد ثلاثة أيام.',
          'كما دانت الأمم المتحدة وعدد من السفارات الغربية الهجوم.',
        ],
        '2022-04-10',
      ),
    ).toEqual([{ from: '2022-04-08', to: '2022-04-09', governorate: 'Erbil', killed: 3, wounded: 6 }]);
  });

  it('"واتهمت … بالوقوف وراء الهجوم، مشيرة إلى أن الطائرات أطلقت من …": the doer blamed, suspected, and no event where they were launched', () => {
    const drafted = draftedIncidents(
      [
        'إسقاط طائرة مسيرة قرب مطار السليمانية',
        'أعلنت قوات الأمن في الإقليم، اليوم الخميس، أن ثلاث طائرات مسيرة مفخخة استهدفت محيط مطار السليمانية ليلة الأربعاء على الخميس، وأن الدفاعات أسقطت اثنتين منها.',
        'وأكدت قوات الأمن أن الهجوم لم يسفر عن أي خسائر بشرية.',
        'واتهمت قوات الأمن فصائل مسلحة موالية لإيران بالوقوف وراء الهجوم، مشيرة إلى أن الطائرات أطلقت من منطقة تقع ضمن حدود محافظة كركوك.',
      ].join('\n\n'),
      '2023-10-12',
    );
    expect(
      drafted.map((x) => [x.date.from, x.date.to, x.place.governorate?.en, x.actors.map((a) => a.en)]),
    ).toEqual([['2023-10-11', '2023-10-12', 'Sulaymaniyah', ['armed factions (suspected)']]]);
  });

  it('"the two sides exchanged prisoners on Thursday": only the clash that took them', () => {
    expect(
      ingestedParagraphs(
        [
          'Prisoner swap between rival factions in Afrin',
          'Two rival factions in Afrin exchanged prisoners on Thursday, ending a dispute that had led to heavy clashes in the region.',
          'On Monday, fighting between the two factions on the edge of Jinderes killed three fighters and wounded five, according to local activists.',
        ],
        '2022-06-24',
      ),
    ).toEqual([{ from: '2022-06-20', to: '2022-06-20', governorate: 'Aleppo', killed: 3, wounded: 5 }]);
  });

  it('"the group now finances itself through extortion and kidnapping for ransom": no incident', () => {
    expect(
      ingestedParagraphs(
        [
          'IS cells weaker but still active in Diyala, officials say',
          'Security officials in Diyala said the group now finances itself mainly through extortion of farmers and kidnapping for ransom on remote roads.',
        ],
        '2021-09-08',
      ),
    ).toEqual([]);
  });
});
