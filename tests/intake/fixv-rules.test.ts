// Rules found on probe-v's misses (issue 12), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';

describe('a risen toll told beside a second figure', () => {
  it('"had climbed to 7 and that 20 were hurt": seven dead, twenty wounded', () => {
    expect(
      tolls(
        [
          'A car bomb went off near a market in the town of Tuz Khurmatu on Friday, killing at least four people, police said.',
          'A hospital official said later the death toll had climbed to 7 and that 20 people were wounded.',
        ],
        'en',
        '2020-09-18',
      ),
    ).toEqual([{ killed: 7, wounded: 20 }]);
  });

  it('"ارتفعت إلى تسعة فيما أصيب 16": nine dead, sixteen wounded', () => {
    expect(
      tolls(
        [
          'قتل خمسة مدنيين بانفجار عبوة ناسفة في سوق شعبي بقضاء الخالص في محافظة ديالى اليوم الجمعة.',
          'وقال مصدر طبي إن حصيلة الضحايا ارتفعت إلى تسعة فيما أصيب 16 آخرون بجروح.',
        ],
        'ar',
        '2020-09-18',
      ),
    ).toEqual([{ killed: 9, wounded: 16 }]);
  });
});

describe('a campaign told "since" a day of a month is a total, not an incident of that day', () => {
  it('"منذ 12 شباط الماضي … قتل خلالها 60 مسلحاً": one incident, the shelling', () => {
    expect(
      tolls(
        [
          'قتل مزارع وأصيب ابنه بقصف مدفعي تركي استهدف قرية في قضاء زاخو بمحافظة دهوك أمس الاثنين.',
          'ويشن الجيش التركي منذ 12 شباط الماضي عملية عسكرية برية وجوية في مناطق حفتانين وكاني ماسي، قال إنه قتل خلالها 60 مسلحاً.',
        ],
        'ar',
        '2022-03-22',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });

  it('"an offensive … since 12 February, killing 60": one incident, the shelling', () => {
    expect(
      tolls(
        [
          'Turkish artillery shelled a village in Zakho district of Duhok province on Monday, killing a farmer and wounding his son.',
          'Turkish forces have pressed a ground and air offensive in the Metina and Zap areas since 12 February, killing 60 militants, the defence ministry says.',
        ],
        'en',
        '2022-03-22',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe("a source's toll told after the response to an attack is the attack's", () => {
  it('"The army retaliated by shelling…", then "the monitor put the toll of the ambush at six soldiers"', () => {
    expect(
      tolls(
        [
          'Seven Syrian soldiers were killed on Monday when jihadists ambushed an army convoy near the town of Khan Shaykhun in southern Idlib, state media said.',
          'The army retaliated by shelling jihadist positions in the town of Saraqib, killing "scores of terrorists," the source said.',
          'The Syrian Observatory for Human Rights put the toll of the ambush at six soldiers killed.',
        ],
        'en',
        '2023-06-13',
      ),
    ).toEqual([
      { killed: 7, wounded: null },
      { killed: null, wounded: null },
    ]);
  });
});
