// Rules found on both sides' dead of one fight told apart (issue 12, fixer fxclash11): the armed
// men's dead set against a fight's victims by "فيما" in the same sentence. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

const drafted = (paragraphs: string[], published: string) =>
  draftedIncidents(paragraphs.join('\n\n'), published, 'ar').map((x) => ({
    from: x.date.from,
    to: x.date.to,
    killed: x.killed,
    wounded: x.wounded,
    attackersKilled: x.attackersKilled ?? null,
  }));

describe('"قتل ثلاثة من الشرطة، فيما قتل خمسة من المسلحين في اشتباكات": one fight, both sides summed', () => {
  it('sums the armed men set against the victims of a clash, its wounded kept', () => {
    expect(
      drafted(
        [
          'اشتباكات في الحويجة',
          'كركوك - افاد مصدر في الشرطة، اليوم الاحد، بأن الاشتباك الذي دار بين قوة من الشرطة ومطلوبين في ناحية الرياض أسفر عن مقتل شرطي وإصابة ثلاثة من زملائه، فيما قتل اثنان من المطلوبين.',
        ],
        '2021-03-14',
      ),
    ).toEqual([{ from: '2021-03-14', to: '2021-03-14', killed: 3, wounded: 3, attackersKilled: null }]);
  });

  it('takes the day and place of the fight told after both sides', () => {
    expect(
      drafted(
        [
          'قتلى من الجيش والمسلحين في ديالى',
          'قتل جنديان واصيب اربعة اخرون، فيما قتل ستة من المسلحين، في مواجهات اندلعت مساء الخميس في قضاء المقدادية شمال شرقي بعقوبة، بحسب مصدر امني.',
        ],
        '2012-06-09',
      ),
    ).toEqual([{ from: '2012-06-07', to: '2012-06-07', killed: 8, wounded: 4, attackersKilled: null }]);
  });

  it('does not sum the dead named as the attackers', () => {
    expect(
      drafted(
        [
          'هجوم على نقطة تفتيش في ديالى',
          'قتل جنديان واصيب اربعة اخرون، فيما قتل ثلاثة من المهاجمين، في اشتباكات اندلعت مساء الخميس في قضاء المقدادية شمال شرقي بعقوبة.',
        ],
        '2012-06-09',
      ).some((x) => x.killed === 5),
    ).toBe(false);
  });

  it('keeps apart armed men set against the victims of a bomb', () => {
    expect(
      drafted(
        [
          'انفجار في المقدادية',
          'قتل ثلاثة من الشرطة بانفجار عبوة ناسفة في قضاء المقدادية مساء الخميس، فيما قتل اثنان من المسلحين بانفجار العبوة.',
        ],
        '2012-06-09',
      ).map((x) => x.killed),
    ).toEqual([3]);
  });
});

describe("each side's part of a fight's summed toll, told again by its own teller: the same fight", () => {
  const lead =
    'اعلنت قيادة عمليات الانبار، اليوم الاثنين، عن مقتل 15 عنصرا من تنظيم "داعش" خلال تقدم القوات الامنية في حي الضباط شمالي مدينة هيت، فيما اكد مصدر في الحشد العشائري استشهاد ثلاثة من مقاتليه واصابة سبعة اخرين.';

  it('keeps one fight where the commander and the militia retell their own sides', () => {
    expect(
      drafted(
        [
          'تقدم جديد في هيت',
          lead,
          'وقال قائد العمليات ان "القطعات تمكنت من اقتحام حي الضباط والسيطرة على مبنى القائممقامية"، مبينا ان "القوات قتلت 15 ارهابيا ودمرت عجلتين مفخختين".',
          'من جانبه، قال مصدر في الحشد العشائري ان "ثلاثة من مقاتلي الحشد استشهدوا واصيب سبعة اخرون بانفجار منزل مفخخ خلال التقدم".',
        ],
        '2016-03-21',
      ).map((x) => [x.killed, x.wounded]),
    ).toEqual([[18, 7]]);
  });

  it('keeps a toll of another province apart', () => {
    expect(
      drafted(
        [
          'تقدم جديد في هيت',
          lead,
          'وفي محافظة نينوى، قتل ثلاثة من مقاتلي الحشد واصيب سبعة اخرون بانفجار عبوة ناسفة.',
        ],
        '2016-03-21',
      ).map((x) => [x.killed, x.wounded]),
    ).toEqual([
      [18, 7],
      [3, 7],
    ]);
  });
});
