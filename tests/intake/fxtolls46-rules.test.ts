// Rules from the fxtolls46 round (issue 12, tolls from two sources or ranges, the wounded kept apart):
// on sentences written for them, never copied from an article.
import { describe, expect, it } from 'vitest';
import { countOfLatestTold } from '../../src/intake/tolls/count-of-latest-told.js';
import { incidents } from '../support/tolls.js';

describe("a count naming nothing of its own, after more on the lead's first event (count-of-latest-told.ts)", () => {
  it('goes to the incident of the latest sentence where the last one built cannot take it', () => {
    const first = { sentences: [0, 1], id: 'a' };
    const second = { sentences: [0], id: 'b' };
    expect(countOfLatestTold([first, second], (b) => b === first)).toBe(first);
  });
  it('leaves it to the order of the text where the last one can take it, or was told last', () => {
    const first = { sentences: [0, 1] };
    const second = { sentences: [0] };
    expect(countOfLatestTold([first, second], () => true)).toBeUndefined();
    const later = { sentences: [0, 2] };
    expect(countOfLatestTold([first, later], (b) => b === first)).toBeUndefined();
  });
  it("a wounded range told after the first blow of a two-blow lead is that blow's, not the second's", () => {
    expect(
      incidents(
        [
          'أفاد مصدر في الشرطة، اليوم الخميس، بأن أربعة أشخاص قتلوا وأصيب آخرون بانفجار عبوة ناسفة في سوق قضاء الحويجة، فيما أصيب ثلاثة عمال بانفجار آخر في ناحية الزاب.',
          'وقال المصدر إن "العبوة كانت مخبأة داخل عربة خضار وانفجرت ظهر اليوم أثناء ازدحام السوق"، مبينا أن "الانفجار أسفر عن مقتل أربعة مدنيين".',
          'وأضاف المصدر أن "عدد المصابين يتراوح بين عشرة واثني عشر وفق حصيلة أولية".',
        ],
        'ar',
        '2013-04-18',
      ).map((x) => [x.killed, x.wounded]),
    ).toEqual([
      [4, { low: 10, high: 12 }],
      [null, 3],
    ]);
  });
});
