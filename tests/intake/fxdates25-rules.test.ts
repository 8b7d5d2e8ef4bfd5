// Rules found on dates read wrong (issue 12, fixer fxdates25): a month named before a deed's noun ("a
// December rocket attack") dates that deed, a weekday "last week" lies in the week before the news'
// (and is no count from another event), the target of the blow just told, named again as hit ("The
// convoy was attacked on Tuesday"), gives its day, the day after a superlative's "since" is the
// ranking's, the doers' coming after "said" opens the reported deed, and "of the same year" is the
// year told before. On sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"a December rocket attack", "the August bombing": a month before a deed\'s noun', () => {
  it('dates the deed told so in that month, the last one before the news', () => {
    expect(
      rows(
        'Mortars hit Iraqi airport',
        [
          'BAGHDAD (Reuters) - Mortar rounds hit Baghdad airport on Tuesday, killing one guard, police said.',
          'Officials blamed the same group for an October rocket attack on a base in Kirkuk that killed two soldiers.',
        ],
        '2022-02-09',
      ),
    ).toEqual([
      ['2022-02-08', '2022-02-08', 'Baghdad', 1, null],
      ['2021-10-01', '2021-10-31', 'Kirkuk', 2, null],
    ]);
  });

  it('after "since the", dates the deed, not a span up to the news', () => {
    expect(
      rows(
        'Blast in Mosul market',
        [
          'MOSUL (AFP) - A bomb exploded in a Mosul market on Sunday, killing three people, police said.',
          'It was the worst attack in the city since the June bombing of a bus station in Tal Afar, which wounded 14 people.',
        ],
        '2019-09-02',
      ),
    ).toEqual([
      ['2019-09-01', '2019-09-01', 'Nineveh', 3, null],
      ['2019-06-01', '2019-06-30', 'Nineveh', null, 14],
    ]);
  });
});

describe('"on Thursday last week", "يوم الخميس من الأسبوع الماضي": a weekday of last week', () => {
  it('is the day of the Monday–Sunday week before the news, not the last such day', () => {
    expect(
      rows(
        'Drone strike near Syrian border',
        [
          'Rockets struck an air base in Anbar on Monday evening, wounding two soldiers, officials said.',
          'The attack came days after a drone struck a car near Albu Kamal in eastern Syria on Friday last week, killing four fighters.',
        ],
        '2021-06-25',
      ),
    ).toEqual([
      ['2021-06-21', '2021-06-21', 'Anbar', null, 2],
      ['2021-06-18', '2021-06-18', 'Deir ez-Zor', 4, null],
    ]);
  });

  it('reads the Arabic phrasing the same way', () => {
    expect(
      rows(
        'قصف على ريف إدلب',
        [
          'قتل مدنيان وأصيب خمسة آخرون بقصف مدفعي على بلدة سرمين في ريف إدلب يوم الخميس من الأسبوع الماضي، بحسب الدفاع المدني.',
        ],
        '2020-02-28',
      ),
    ).toEqual([['2020-02-20', '2020-02-20', 'Idlib', 2, 5]]);
  });
});

describe('"The convoy was attacked on Tuesday": the target of the blow just told, named again as hit', () => {
  it('gives the day of the blow whose toll was told with the day of the statement', () => {
    expect(
      rows(
        'Ambush on army convoy in Deir ez-Zor',
        [
          'DAMASCUS (Reuters) - Gunmen ambushed an army convoy in the desert of Deir ez-Zor province, killing eight soldiers and wounding five, the defence ministry said on Friday.',
          'The convoy was attacked on Tuesday near the village of Kharbat al-Sukkar while trying to arrest a wanted man.',
        ],
        '2023-06-09',
      ),
    ).toEqual([['2023-06-06', '2023-06-06', 'Deir ez-Zor', 8, 5]]);
  });

  it('reads "وكانت الدورية قد تعرضت لكمين" the same way', () => {
    expect(
      rows(
        'مقتل عناصر من الأمن العام في ريف حمص',
        [
          'أعلنت وزارة الداخلية اليوم السبت مقتل أربعة من عناصر الأمن العام وإصابة ثلاثة آخرين بهجوم لمسلحين في ريف حمص الشرقي.',
          'وكانت الدورية قد تعرضت لكمين مساء الخميس قرب قرية أم الطلول أثناء محاولتها اعتقال مطلوب.',
        ],
        '2025-02-08',
      ),
    ).toEqual([['2025-02-06', '2025-02-06', 'Homs', 4, 3]]);
  });
});

describe('"came a week after … on Friday last week": a weekday told with its week after a count', () => {
  it('is the day named, not seven days counted back from the news', () => {
    expect(
      rows(
        'Drone hits Iraqi base',
        [
          'A drone struck an air base in Anbar on Wednesday morning, wounding three soldiers, officials said.',
          'The attack came a week after warplanes struck a militia convoy near Albu Kamal in eastern Syria on Friday last week. A militia commander said that five of its fighters were killed.',
        ],
        '2021-06-24',
      ),
    ).toEqual([
      ['2021-06-23', '2021-06-23', 'Anbar', null, 3],
      ['2021-06-18', '2021-06-18', 'Deir ez-Zor', 5, null],
    ]);
  });
});

describe('"the deadliest attack … since rebels took the city on May 3": the day after a superlative\'s "since"', () => {
  it('is when what the news is ranked against happened, no event of its own', () => {
    expect(
      rows(
        'Ambush on army checkpoint in Homs',
        [
          'HOMS (Reuters) - Gunmen ambushed a checkpoint of the new army in the countryside of Homs, killing seven soldiers and wounding four, the ministry said on Thursday.',
          'The checkpoint was attacked on Tuesday near the village of Kharbat al-Sukkar while troops were searching cars.',
          'It was the deadliest attack on the new army since rebels took control of the city on May 3, ending years of siege.',
        ],
        '2025-06-12',
      ),
    ).toEqual([['2025-06-10', '2025-06-10', 'Homs', 7, 4]]);
  });
});

describe('"said gunmen went house to house on Sunday and killed …": the doers\' coming after "said"', () => {
  it('dates the reported deed by the day told after it, not by a span told before', () => {
    expect(
      rows(
        'Monitor raises toll of violence in Syria',
        [
          'The monitor said 640 people were killed in the province since Thursday.',
          'Villagers of Tal Sheikh, a hamlet outside the town of Baniyas, said gunmen went house to house on Sunday and killed at least 12 people from two families.',
        ],
        '2025-04-15',
      ),
    ).toEqual([['2025-04-13', '2025-04-13', 'Tartus', 12, null]]);
  });
});

describe('"يوم 12 أيار من العام ذاته", "on May 12 of the same year": a day in the year last told', () => {
  it('lies in the year of the date told before, not in the last year before the news', () => {
    expect(
      rows(
        'السجن لمتهمين بتفجير في بعقوبة',
        [
          'أصدرت محكمة جنايات ديالى اليوم الأحد حكماً بالسجن المؤبد على متهم بتفجير عبوة ناسفة في سوق شعبي ببعقوبة في الرابع من آذار 2020، ما أدى إلى مقتل أربعة أشخاص.',
          'وتنظر المحكمة في قضية هجوم على نقطة للشرطة في قضاء الخالص يوم 12 أيار من العام ذاته، قتل فيه شرطيان.',
        ],
        '2022-06-19',
      ),
    ).toEqual([
      ['2020-03-04', '2020-03-04', 'Diyala', 4, null],
      ['2020-05-12', '2020-05-12', 'Diyala', 2, null],
    ]);
  });

  it('reads the English phrasing the same way', () => {
    expect(
      rows(
        'Court jails officer over protest killings',
        [
          'A court in Basra sentenced a police officer to life in prison on Sunday for firing on protesters outside the provincial council on Nov. 2, 2019, killing three.',
          'The court is also hearing the case of an attack on a party office on Dec. 6 of the same year, in which gunmen killed two protesters.',
        ],
        '2022-06-19',
      ).at(-1),
    ).toEqual(['2019-12-06', '2019-12-06', 'Basra', 2, null]);
  });
});
