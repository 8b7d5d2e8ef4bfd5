// Rules added on the opened probe-y (issue 12), each on an example written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2021-10-14') =>
  extracted(paragraphs, lang, published);
const tolls = (paragraphs: string[], lang: 'ar' | 'en') =>
  run(paragraphs, lang).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('a verb pair whose first verb has its own subject is two counts', () => {
  it('reads "أن شرطياً قتل وأصيب ثلاثة مدنيين" as one killed and three wounded', () => {
    expect(
      tolls(
        [
          'أفادت مصادر محلية بأن شرطياً قتل وأصيب ثلاثة مدنيين آخرين بسقوط قذيفة هاون على حي سكني في قضاء الخالص شمالي بعقوبة مساء أمس الأربعاء.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 1, wounded: 3 }]);
  });
});

describe('"killing and wounding N" is one count for both, as "killed and wounded" is', () => {
  it('keeps the later split "three were killed and eight wounded" over the joint "killing and wounding 11"', () => {
    expect(
      tolls(
        [
          'Gunmen stormed a police post near the town of Hit in western Anbar late on Tuesday, killing and wounding 11 policemen, security sources said.',
          'Three of the policemen were killed and eight others were wounded in the attack, a police officer said.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 3, wounded: 8 }]);
  });
});

describe('a count of the members of a group, then "and" one more person, counts them all', () => {
  it('reads "killing three members of the Syrian Democratic Forces and a shepherd" as four killed', () => {
    expect(
      tolls(
        [
          'A landmine exploded near the village of Abu Khashab in the Deir ez-Zor countryside on Friday, killing three members of the Syrian Democratic Forces and a shepherd.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});

describe('a bomb on the spot told after a blow from afar is another event, whatever its toll', () => {
  it('keeps "a roadside bomb … killing two" apart from the shelling "that killed two" told before', () => {
    expect(
      tolls(
        [
          'Regime artillery shelled the town of Kafr Takharim in the Idlib countryside on Wednesday, killing two civilians.',
          'In Idlib province, a roadside bomb went off on Wednesday near a checkpoint, killing two fighters.',
        ],
        'en',
      ),
    ).toEqual([
      { killed: 2, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });
  it('keeps "انفجار عبوة ناسفة … مقتل ثلاثة" apart from the shelling with three dead before it', () => {
    expect(
      tolls(
        [
          'قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على بلدة كفرنبل في ريف إدلب الجنوبي اليوم الأربعاء.',
          'وفي محافظة إدلب، انفجرت عبوة ناسفة بسيارة عسكرية اليوم الأربعاء، ما أدى إلى مقتل ثلاثة عناصر.',
        ],
        'ar',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 3, wounded: null },
    ]);
  });
});

describe('a second source\'s toll "in the same strikes" is the event told before', () => {
  it('keeps "وثقت الشبكة مقتل تسعة في الغارات ذاتها" in the raids with seven dead told before', () => {
    expect(
      run(
        [
          'قتل سبعة مدنيين وأصيب 20 آخرون، مساء اليوم الأربعاء، جراء غارات جوية على سوق الخضار في مدينة أريحا بريف إدلب.',
          'وقالت فرق الإسعاف إنها نقلت الجرحى إلى مشفى المدينة، في حين وثقت الشبكة السورية لحقوق الإنسان مقتل تسعة مدنيين في الغارات ذاتها.',
        ],
        'ar',
      ).length,
    ).toBe(1);
  });
  it('reads "nine … killed in the strikes" as the strikes with seven dead, another figure of their toll', () => {
    const drafted = run(
      [
        'Air strikes on a vegetable market in the town of Ariha in Idlib province killed seven civilians and wounded 20 on Wednesday evening.',
        'Nine civilians were killed in the strikes on the market, among them four children.',
      ],
      'en',
    );
    expect(drafted.map((x) => ({ killed: x.killed, checks: x.checks }))).toEqual([
      { killed: 7, checks: [{ reason: 'casualties-conflict', detail: '7 ≠ 9' }] },
    ]);
  });
});

describe('"one of the two" killed after two attackers are named is one of the attackers, in the same attack', () => {
  it('keeps "وقتلت أحدهما" in the attack before, as an attacker killed', () => {
    const drafted = run(
      [
        'قتل شرطيان وأصيب أربعة آخرون بهجوم نفذه انتحاريان على نقطة تفتيش في قضاء طوزخورماتو شرقي صلاح الدين فجر اليوم.',
        'وقال مصدر في شرطة صلاح الدين إن "مهاجمين انتحاريين حاولا دخول النقطة، فتصدت لهما القوة وقتلت أحدهما فيما فجر الآخر نفسه".',
      ],
      'ar',
    );
    expect(
      drafted.map((x) => ({ killed: x.killed, wounded: x.wounded, attackers: x.attackersKilled })),
    ).toEqual([{ killed: 2, wounded: 4, attackers: 1 }]);
  });
});

describe('a day told as an ordinal word after "منذ" opens a span, not an event of that day', () => {
  it('drafts no incident of "تشهد مدينة حلب منذ الثاني من تشرين الأول الجاري معارك"', () => {
    const drafted = run(
      [
        'قتل أربعة مدنيين، اليوم الخميس، بقصف مدفعي على حي الشيخ مقصود في مدينة حلب.',
        'وتشهد مدينة حلب منذ الثاني من تشرين الأول الجاري معارك بين فصائل المعارضة وقوات النظام.',
      ],
      'ar',
    );
    expect(drafted.map((x) => ({ date: x.date?.from, killed: x.killed }))).toEqual([
      { date: '2021-10-14', killed: 4 },
    ]);
  });
});
